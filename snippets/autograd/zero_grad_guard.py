import torch

params = torch.tensor([1.0, 0.0], requires_grad=True)
try:
    params.grad.zero_()  # no backward yet: there is nothing to zero
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")

if params.grad is not None:  # the guard: zero only a gradient that exists
    params.grad.zero_()
print("with the guard, no error; params.grad is still", params.grad)
