import torch
from thermometer import t_c, t_u, t_un, training_loop

# Closed form: the w, b that minimise the squared error solve a linear system.
A = torch.stack([t_u, torch.ones_like(t_u)], dim=1).double()
w_exact, b_exact = (
    torch.linalg.lstsq(A, t_c.double().unsqueeze(1)).solution.squeeze(1).tolist()
)
print(f"least squares:    w = {w_exact:.6f}, b = {b_exact:.6f}")

params, _ = training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, t_c)
w, b = params.tolist()
print(f"gradient descent: w = {0.1 * w:.6f}, b = {b:.6f}  (w rescaled to the raw unit)")
