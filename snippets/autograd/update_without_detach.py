import warnings

import torch
from thermometer import loss_fn, model, t_c, t_un

params = torch.tensor([1.0, 0.0], requires_grad=True)
loss_fn(model(t_un, *params), t_c).backward()
params = params - 1e-2 * params.grad  # recorded: params now has a history
print("is_leaf:", params.is_leaf, "  grad_fn:", params.grad_fn.name())

loss_fn(model(t_un, *params), t_c).backward()  # the next epoch's backward
with warnings.catch_warnings(action="ignore"):  # it warns: see Common errors
    print("params.grad after the next backward:", params.grad)
