import torch
from thermometer import loss_fn, model, t_c, t_un

params = torch.tensor([1.0, 0.0], requires_grad=True)
loss_fn(model(t_un, *params), t_c).backward()

with torch.no_grad():  # nothing in here is recorded
    params -= 1e-2 * params.grad  # in place: the same leaf tensor, new values
print("params:", params)
print("is_leaf:", params.is_leaf, "  grad_fn:", params.grad_fn)
