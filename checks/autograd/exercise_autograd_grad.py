"""`torch.autograd.grad(loss, params)` returns a tuple with one gradient per
input. Call it on the loss of `model(t_u, *params)` at `w = 1`, `b = 0`, keep
the gradient in `grad`, and look at `params.grad` afterwards."""

grad = ...  # the gradient that torch.autograd.grad returned

# ─── check ───
# Checks your grad: run it after your cell.
assert grad is not ..., "Set grad to what torch.autograd.grad returned."
expected = grad_by_hand(t_u, t_c, model(t_u, 1.0, 0.0), 1.0, 0.0)
grad = grad[0] if isinstance(grad, tuple) else grad
assert torch.allclose(grad, expected, rtol=1e-4), (
    f"grad is {grad}; at w = 1, b = 0 on t_u the gradient is {expected}"
)
print("grad is the gradient at w = 1, b = 0:", grad)
