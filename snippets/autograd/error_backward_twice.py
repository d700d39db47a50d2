import torch
from thermometer import loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
loss = loss_fn(model(t_u, *params), t_c)
loss.backward()
try:
    loss.backward()  # the graph was freed by the first call
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")

params.grad = None
loss = loss_fn(model(t_u, *params), t_c)  # the fix: a fresh forward pass
loss.backward()
print("after a fresh forward pass:", params.grad)
