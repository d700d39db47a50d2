import warnings

import torch
from thermometer import loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
loss = loss_fn(model(t_u, *params), t_c)

with warnings.catch_warnings(record=True, action="always") as caught:
    print("float(loss):", float(loss))
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")

with warnings.catch_warnings(record=True, action="always") as caught:
    print("loss.item():", loss.item())
print("warnings from loss.item():", len(caught))
