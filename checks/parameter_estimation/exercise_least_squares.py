"""`torch.linalg.lstsq(A, B)` finds the `X` that brings `A @ X` closest to `B`.
Make `A` from a column of raw readings `t_u` and a column of ones, in double
precision (`.double()`), and put the line's weight and bias in `w_exact` and
`b_exact`."""

w_exact, b_exact = ..., ...  # the least-squares line on the raw readings t_u

# ─── check ───
# Checks your w_exact and b_exact: run it after your cell.
assert w_exact is not ... and b_exact is not ..., "Set w_exact and b_exact."
x, y = t_u.double(), t_c.double()
slope = grad_by_hand(x, y, model(x, w_exact, b_exact), w_exact, b_exact)
assert slope.abs().max() < 0.01, (
    f"At w = {w_exact:.6f}, b = {b_exact:.6f} the loss still slopes (gradient"
    f" {slope.tolist()}): the least-squares line is where it is flat"
)
print(f"The loss is flat at w = {w_exact:.6f}, b = {b_exact:.6f}: the best line.")
