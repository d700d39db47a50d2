"""`torch.linalg.lstsq(A, B)` finds the `X` that brings `A @ X` closest to `B`.
Make `A` from a column of raw readings `t_u` and a column of ones, in double
precision (`.double()`), and put the line's weight and bias in `w_exact` and
`b_exact`."""

w_exact, b_exact = ..., ...  # the least-squares line on the raw readings t_u

# ─── check ───
# Checks your w_exact and b_exact: the least-squares line is where the loss is
# flat, its gradient zero. Run it after your cell.
assert w_exact is not ... and b_exact is not ..., "Set w_exact and b_exact."
w_ls, b_ls = float(w_exact), float(b_exact)


def gradient_at(readings, w, b):  # the gradient of the loss at the line w, b
    x, y = readings.double(), t_c.double()
    return grad_by_hand(x, y, model(x, w, b), w, b)


assert gradient_at(t_un, w_ls, b_ls).abs().max() > 0.01, (
    "That is the best line for t_un, whose w is ten times the raw one: make A from t_u"
)
assert gradient_at(t_u, b_ls, w_ls).abs().max() > 0.01, (
    "w_exact and b_exact are swapped: the first column of A, t_u, goes with w"
)
slope = gradient_at(t_u, w_ls, b_ls)
assert slope.abs().max() < 0.01, (
    f"At w = {w_ls:.6f}, b = {b_ls:.6f} the loss still slopes (gradient"
    f" {slope.tolist()}): the least-squares line is where it is flat. Does A"
    " have both columns, t_u and ones?"
)
print(f"The loss is flat at w = {w_ls:.6f}, b = {b_ls:.6f}: the best line.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    "A = torch.stack([t_un, torch.ones_like(t_un)], dim=1).double()\n"
    "w_exact, b_exact = torch.linalg.lstsq(A, t_c.double()[:, None]).solution": (
        "best line for t_un"
    ),
    "A = torch.stack([torch.ones_like(t_u), t_u], dim=1).double()\n"
    "w_exact, b_exact = torch.linalg.lstsq(A, t_c.double()[:, None]).solution": (
        "swapped"
    ),
    "A = t_u.double()[:, None]  # no column of ones: a line through 0\n"
    "w_exact, b_exact = torch.linalg.lstsq(A, t_c.double()[:, None]).solution, 0.0": (
        "still slopes"
    ),
}
RIGHT = [
    # shape-[1] tensors, one per row of the solution
    "A = torch.stack([t_u, torch.ones_like(t_u)], dim=1).double()\n"
    "w_exact, b_exact = torch.linalg.lstsq(A, t_c.double()[:, None]).solution",
    # single precision, and the normal equations instead of lstsq
    "A = torch.stack([t_u, torch.ones_like(t_u)], dim=1)\n"
    "w_exact, b_exact = torch.linalg.solve(A.T @ A, A.T @ t_c).tolist()",
]
