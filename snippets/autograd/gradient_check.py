import torch
from thermometer import grad_by_hand, loss_fn, model, t_c, t_u

t_u64, t_c64 = t_u.double(), t_c.double()  # float64: rounding far below a slip


def loss_at(params):
    return loss_fn(model(t_u64, *params), t_c64)


params = torch.tensor([1.0, 0.0], dtype=torch.float64, requires_grad=True)
loss_at(params).backward()
w, b = p = params.detach()
nudges = 1e-6 * torch.eye(2, dtype=torch.float64)  # nudge w, then b
gradients = {
    "chain rule": grad_by_hand(t_u64, t_c64, model(t_u64, w, b), w, b),
    "autograd": params.grad,
    "finite differences": torch.stack(
        [(loss_at(p + h) - loss_at(p - h)) / 2e-6 for h in nudges]
    ),
}
for name, grad in gradients.items():
    print(f"{name:18}  d/dw {grad[0]:.9f}  d/db {grad[1]:.9f}")
for name in ("chain rule", "finite differences"):
    gap = ((gradients[name] - params.grad).abs() / params.grad.abs()).max()
    print(f"largest relative difference, {name} vs autograd: {gap:.0e}")
