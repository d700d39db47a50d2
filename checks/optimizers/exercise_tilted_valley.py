"""No code is needed for the answer; this puts it in numbers. Step sizes s_w
for w and s_b for b act like plain gradient descent on a loss with Hessian
D H D, where D = diag(√s_w, √s_b). Give each parameter the step size of its own
curvature, s_w = 1 / H[0, 0] and s_b = 1 / H[1, 1], so that D H D has 1s on its
diagonal; for a 2x2 Hessian no other choice does better. For `t_u` and for
`t_un`, with `H = loss_hessian(x, t_c)`, put the condition number of D H D
(`torch.linalg.eigvalsh`) in `best`, a dict keyed "t_u" and "t_un". Is either
a round bowl, κ = 1? What is left in D H D besides its diagonal?"""

best = ...  # {"t_u": κ of D H D on t_u, "t_un": the same on t_un}

# ─── check ───
# Checks your best against the smallest κ that step sizes per parameter can
# leave, in closed form (the solution on the page derives it). Run it after
# your cell.
assert best is not ..., "Set best to the condition number for each input."
assert {"t_u", "t_un"} <= set(best), (
    f"best has the keys {list(best)}: use 't_u' and 't_un'."
)
for key, readings in [("t_u", t_u.double()), ("t_un", t_un.double())]:
    tilt = readings.mean() / readings.pow(2).mean().sqrt()
    floor = ((1 + tilt) / (1 - tilt)).item()
    assert float(best[key]) > floor * 0.99, (
        f"best[{key!r}] is {float(best[key]):.3g}, lower than any step sizes reach:"
        " is it the largest eigenvalue of D H D divided by the smallest?"
    )
    assert float(best[key]) < floor * 1.01, (
        f"best[{key!r}] is {float(best[key]):.1f}, more than the best step sizes"
        " leave: is D = diag(√s_w, √s_b), with s_w = 1 / H[0, 0], s_b = 1 / H[1, 1]?"
    )
print(f"Best κ with a step size per parameter: {float(best['t_u']):.1f} on t_u,"
      f" {float(best['t_un']):.1f} on t_un. Still a valley: which way does it"
      " run?")  # fmt: skip

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    "best = {'t_u': 33599.0, 't_un': 357.0}  # κ of H: no rescaling": "more than",
    "best = {'t_u': 58.3, 't_un': 58.3}  # a sweep of too few ratios": "more than",
    "best = {'t_u': 1 / 43.65, 't_un': 1 / 43.65}  # smallest / largest": "lower than",
    "best = {}\n"
    "for k, x in [('t_u', t_u), ('t_un', t_un)]:  # D = diag(s), not diag(√s)\n"
    "    H = loss_hessian(x, t_c); D = torch.diag(1 / H.diagonal())\n"
    "    e = torch.linalg.eigvalsh(D @ H @ D); best[k] = (e[-1] / e[0]).item()": (
        "√s_w"
    ),
    "best = {'t_u': 1.0, 't_un': 1.0}  # thought to become a round bowl": (
        "lower than"
    ),
}
RIGHT = [  # the hint's way, with 0-d tensors
    "best = {}\n"
    "for k, x in [('t_u', t_u), ('t_un', t_un)]: H = loss_hessian(x, t_c); "
    "D = torch.diag(H.diagonal() ** -0.5); e = torch.linalg.eigvalsh(D @ H @ D); "
    "best[k] = e[-1] / e[0]",
    # D H D = [[1, r], [r, 1]], worked out by hand
    "best = {}\n"
    "for k, x in [('t_u', t_u), ('t_un', t_un)]:\n"
    "    H = loss_hessian(x, t_c); r = H[0, 1] / (H[0, 0] * H[1, 1]).sqrt()\n"
    "    best[k] = float((1 + r) / (1 - r))",
    "best = {k: torch.linalg.cond(torch.diag(H.diagonal() ** -0.5) @ H"
    " @ torch.diag(H.diagonal() ** -0.5)) for k, H in"
    " [('t_u', loss_hessian(t_u, t_c)), ('t_un', loss_hessian(t_un, t_c))]}",
]
