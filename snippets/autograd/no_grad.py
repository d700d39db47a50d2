import torch
from thermometer import model, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
with torch.no_grad():  # compute with params, but record nothing
    t_p = model(t_u, *params)
print("requires_grad:", t_p.requires_grad, "  grad_fn:", t_p.grad_fn)
