import torch
from thermometer import grad_by_hand, loss_fn, model, t_c, t_u

w = torch.ones(())
b = torch.zeros(())
grad = grad_by_hand(t_u, t_c, model(t_u, w, b), w, b)
print("chain rule:        ", grad)


# An independent check: central differences in float64, where rounding is too
# small to hide a mistake.
def loss64(w, b):
    return loss_fn(model(t_u.double(), w, b), t_c.double())


delta = 1e-3
numeric = torch.stack([
    (loss64(1 + delta, 0) - loss64(1 - delta, 0)) / (2 * delta),
    (loss64(1, delta) - loss64(1, -delta)) / (2 * delta),
])  # fmt: skip
print("finite differences:", numeric)
relative = ((grad - numeric).abs() / numeric.abs()).max()
print(f"largest relative difference: {relative:.1e}")
