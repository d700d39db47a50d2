"""Plain gradient descent on a quadratic loss is stable while `lr` times the
largest curvature stays below 2. `loss_hessian(t_un, t_c)` gives the 2x2
table of curvatures, `torch.linalg.eigvalsh` its eigenvalues (smallest first).
Put the largest stable learning rate in `edge`, then train just below and just
above it with `training_loop_optimizer`."""

edge = ...  # the largest stable learning rate for SGD on t_un

# ─── check ───
# Checks your edge: run it after your cell.
assert edge is not ..., "Set edge to the largest stable learning rate on t_un."
for factor, should_fall in [(0.95, True), (1.05, False)]:
    start = torch.tensor([1.0, 0.0], requires_grad=True)
    optimizer = torch.optim.SGD([start], lr=factor * float(edge))
    _, trial = training_loop_optimizer(300, optimizer, start, t_un, t_c)
    assert (trial[-1] < trial[0]) == should_fall, (
        f"With lr = {factor} × edge = {factor * float(edge):.5f} the loss "
        + (
            "grows: edge is too large"
            if should_fall
            else "still falls: edge is too small"
        )
    )
print(f"edge = {float(edge):.5f}: training converges just below it, not above.")
