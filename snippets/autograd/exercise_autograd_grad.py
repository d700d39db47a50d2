import torch
from thermometer import loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
for call in (1, 2):
    loss = loss_fn(model(t_u, *params), t_c)
    (grad,) = torch.autograd.grad(loss, params)  # returned, not stored
    print(f"call {call}: grad = {grad}, params.grad = {params.grad}")
