import torch
from thermometer import grad_by_hand, model, t_c, t_u

params = torch.tensor([1, 0])  # written without decimal points: an integer tensor
print("dtype:", params.dtype)

grad = grad_by_hand(t_u, t_c, model(t_u, *params), *params)
try:
    params -= 1e-4 * grad  # in place: the result must fit the integer tensor
except RuntimeError as error:
    print(f"RuntimeError: {error}")

params = torch.tensor([1.0, 0.0])  # the fix: floating-point parameters
params -= 1e-4 * grad
print("with float parameters:", params)
