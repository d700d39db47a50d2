import warnings

import torch
from thermometer import loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
t_p = model(t_u, *params)  # computed from params: not a leaf
loss_fn(t_p, t_c).backward()

with warnings.catch_warnings(record=True, action="always") as caught:
    print("t_p.grad:", t_p.grad)
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
print("the fix, ask the leaf: params.grad =", params.grad)
