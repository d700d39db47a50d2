"""`torch.linalg.lstsq(A, B)` finds the `X` that brings `A @ X` closest to `B`.
Make `A` from a column of raw readings `t_u` and a column of ones, in double
precision (`.double()`), and put the line's weight and bias in `w_exact` and
`b_exact`."""

w_exact, b_exact = ..., ...  # the least-squares line on the raw readings t_u

# ─── check ───
# Checks your w_exact and b_exact: the least-squares line is where the loss is
# flat, at its lowest, found here in double precision. Run it after your cell.
assert w_exact is not ... and b_exact is not ..., "Set w_exact and b_exact."
w_ls, b_ls = float(w_exact), float(b_exact)


def gradient_at(readings, w, b):  # the gradient of the loss at the line w, b
    x, y = readings.double(), t_c.double()
    return grad_by_hand(x, y, model(x, w, b), w, b)


def loss_at(w, b):  # the loss of the line w, b on the raw readings
    return loss_fn(model(t_u.double(), w, b), t_c.double())


assert gradient_at(t_un, w_ls, b_ls).abs().max() > 0.01, (
    "That is the best line for t_un, whose w is ten times the raw one: make A from t_u"
)
assert gradient_at(t_u, b_ls, w_ls).abs().max() > 0.01, (
    "w_exact and b_exact are swapped: the first column of A, t_u, goes with w"
)
bottom = torch.linalg.lstsq(
    torch.stack([t_u, torch.ones_like(t_u)], dim=1).double(), t_c.double()[:, None]
).solution[:, 0]
above = loss_at(w_ls, b_ls) / loss_at(*bottom) - 1  # float32 gets within 1e-10
slope = gradient_at(t_u, w_ls, b_ls)
assert above < 1e-3, (
    f"At w = {w_ls:.6f}, b = {b_ls:.6f} the loss still slopes (gradient"
    f" {slope.tolist()}): the least-squares line is where it is flat. Does A"
    " have both columns, t_u and ones, and is t_c what it fits?"
)
assert above < 1e-9, (
    f"At w = {w_ls:.6f}, b = {b_ls:.6f} the loss is above its lowest by a"
    f" fraction {above:.0e} of it: close, but not there. Gradient descent stops"
    " short of the bottom, and so do rounded numbers: solve for it with"
    " torch.linalg.lstsq"
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
    "line, _ = training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, t_c)\n"
    "w_exact, b_exact = 0.1 * line[0], line[1]  # gradient descent, rescaled": (
        "stops short of the bottom"
    ),
    # t_u fitted from t_c: the wrong way round
    "A = torch.stack([t_c, torch.ones_like(t_c)], dim=1).double()\n"
    "w_exact, b_exact = torch.linalg.lstsq(A, t_u.double()[:, None]).solution": (
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
    "w_exact, b_exact = (\n"
    "    torch.linalg.pinv(torch.stack([t_u, torch.ones_like(t_u)], dim=1).double())\n"
    "    @ t_c.double()\n"
    ")",
    "A = torch.stack([t_u, torch.ones_like(t_u)], dim=1)  # float32\n"
    "w_exact, b_exact = torch.linalg.lstsq(A, t_c[:, None]).solution.flatten()",
]
