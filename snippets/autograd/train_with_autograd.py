import torch
from thermometer import t_c, t_un, training_loop_autograd

params = torch.tensor([1.0, 0.0], requires_grad=True)
params, losses = training_loop_autograd(5000, 1e-2, params, t_un, t_c)

for epoch in range(500, 5001, 500):
    print(f"epoch {epoch:4}  loss {losses[epoch - 1]:.6f}")
print("\nparams:", params)
