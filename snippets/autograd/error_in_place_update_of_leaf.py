import torch
from thermometer import loss_fn, model, t_c, t_un

params = torch.tensor([1.0, 0.0], requires_grad=True)
loss_fn(model(t_un, *params), t_c).backward()
try:
    params -= 1e-2 * params.grad  # autograd would have to record this update
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")

with torch.no_grad():  # the fix: update outside the graph
    params -= 1e-2 * params.grad
print("under no_grad:", params)
