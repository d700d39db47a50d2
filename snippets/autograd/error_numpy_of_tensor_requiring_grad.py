import torch
from thermometer import model, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
t_p = model(t_u, *params)
try:
    t_p.numpy()
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")

print("the fix, detach first:", t_p.detach().numpy()[:4])
