import torch
from thermometer import grad_by_hand, loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0])  # w, b
lr = 1e-4  # the learning rate: how far to step along the gradient

t_p = model(t_u, *params)
print(f"before: params {params}, loss {loss_fn(t_p, t_c):.4f}")

params = params - lr * grad_by_hand(t_u, t_c, t_p, *params)
t_p = model(t_u, *params)
print(f"after:  params {params}, loss {loss_fn(t_p, t_c):.4f}")
