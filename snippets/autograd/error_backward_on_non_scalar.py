import torch
from thermometer import loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
t_p = model(t_u, *params)  # eleven predictions: which one's gradient?
try:
    t_p.backward()
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")

loss_fn(t_p, t_c).backward()  # the fix: reduce to one number, the loss, first
print("backward from the loss:", params.grad)
