"""`squared_errors.backward(weights)` needs one weight per squared error. It
plays the part that the 1 at the top plays in `loss.backward()`: what arrives
at each squared error from above. What does the mean in `loss_fn` hand each
of the eleven? Set `weights` to those eleven numbers, as a tensor."""

weights = ...  # eleven weights for squared_errors.backward(weights)

# ─── check ───
# Checks your weights: run it after your cell.
assert weights is not ..., "Set weights to the eleven weights for backward."
weights = torch.as_tensor(weights, dtype=torch.float32)
assert weights.shape == t_u.shape, (
    f"weights has shape {list(weights.shape)}: one weight per squared error,"
    f" {list(t_u.shape)}"
)
start = torch.tensor([1.0, 0.0], requires_grad=True)
((model(t_u, *start) - t_c) ** 2).backward(weights)
expected = grad_by_hand(t_u, t_c, model(t_u, 1.0, 0.0), 1.0, 0.0)
assert torch.allclose(start.grad, expected, rtol=1e-4), (
    f"With these weights backward gives {start.grad}, but the gradient of the"
    f" loss is {expected}: what share of the mean does each squared error get?"
)
print("backward(weights) gives the gradient of the mean:", start.grad)
