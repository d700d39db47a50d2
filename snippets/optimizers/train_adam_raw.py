import torch
from thermometer import t_c, t_u, training_loop_optimizer

params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.Adam([params], lr=1e-1)
params, losses = training_loop_optimizer(2000, optimizer, params, t_u, t_c)
for epoch in (1, 10, 100, 1000, 2000):
    print(f"epoch {epoch:4}  loss {losses[epoch - 1]:.6f}")
print("params:", params)

# The exact optimum (linear least squares), to compare with
A = torch.stack([t_u, torch.ones_like(t_u)], dim=1).double()
w_exact, b_exact = torch.linalg.lstsq(A, t_c.double()[:, None]).solution[:, 0].tolist()
print(f"least squares: w = {w_exact:.6f}, b = {b_exact:.6f}")
