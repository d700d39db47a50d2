"""Step sizes s_w for w and s_b for b act like plain gradient descent on a
loss whose Hessian is D H D, with D = diag(√s_w, √s_b); only the ratio
s_w / s_b matters. For `t_u` and for `t_un`, try many ratios (say
`torch.logspace(-6, 6, 12001, dtype=torch.float64)`, the Hessian's dtype),
take the condition number of D H D for each (`H = loss_hessian(x, t_c)`,
`torch.linalg.eigvalsh`), and keep the smallest in `best`, a dict keyed "t_u"
and "t_un"."""

best = ...  # {"t_u": the smallest κ any step sizes leave, "t_un": the same}

# ─── check ───
# Checks your best: run it after your cell.
assert best is not ..., "Set best to the smallest condition number for each input."
assert {"t_u", "t_un"} <= set(best), (
    f"best has the keys {sorted(best)}: use 't_u' and 't_un'."
)
for name, x in [("t_u", t_u), ("t_un", t_un)]:
    H = loss_hessian(x, t_c)
    r = (H[0, 1] / (H[0, 0] * H[1, 1]).sqrt()).abs().item()
    floor = (1 + r) / (1 - r)  # the best any diagonal rescaling of a 2 x 2 can do
    small, large = torch.linalg.eigvalsh(H).tolist()
    kappa = large / small
    assert float(best[name]) < kappa / 2, (
        f"best[{name!r}] is {float(best[name]):.1f}, hardly below κ = {kappa:.0f}"
        " without rescaling: did you try ratios far from 1?"
    )
    assert abs(float(best[name]) / floor - 1) < 0.02, (
        f"best[{name!r}] is {float(best[name]):.1f}, but the smallest reachable"
        f" condition number is {floor:.1f}: is D H D computed for each ratio?"
    )
print(f"Best κ with a step size per parameter: {float(best['t_u']):.1f} on t_u,"
      f" {float(best['t_un']):.1f} on t_un: the valley's tilt stays.")  # fmt: skip
