import torch

try:
    params = torch.tensor([1, 0], requires_grad=True)  # integers
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")

params = torch.tensor([1.0, 0.0], requires_grad=True)  # the fix: floats
print("with floats:", params)
