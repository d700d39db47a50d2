import torch

params = torch.tensor([1.0, 0.0], requires_grad=True) * 0.1  # scaled after tracking
print("is_leaf:", params.is_leaf, " grad_fn:", params.grad_fn.name())
try:
    optimizer = torch.optim.SGD([params], lr=1e-2)
except ValueError as error:
    print(f"{type(error).__name__}: {error}")

params = (torch.tensor([1.0, 0.0]) * 0.1).requires_grad_()  # fix: scale, then track
optimizer = torch.optim.SGD([params], lr=1e-2)
print("fixed: is_leaf:", params.is_leaf, " the optimizer accepts it")
