import torch
from thermometer import loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0])  # requires_grad forgotten
loss = loss_fn(model(t_u, *params), t_c)
try:
    loss.backward()
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")

params = torch.tensor([1.0, 0.0], requires_grad=True)  # the fix
loss_fn(model(t_u, *params), t_c).backward()
print("with requires_grad=True:", params.grad)
