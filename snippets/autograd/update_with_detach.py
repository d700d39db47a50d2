import torch
from thermometer import loss_fn, model, t_c, t_un

params = torch.tensor([1.0, 0.0], requires_grad=True)
loss_fn(model(t_un, *params), t_c).backward()

# A new tensor: computed, cut from its history, made a leaf to learn again.
params = (params - 1e-2 * params.grad).detach().requires_grad_()
print("params:", params)
print("is_leaf:", params.is_leaf, "  grad_fn:", params.grad_fn)
