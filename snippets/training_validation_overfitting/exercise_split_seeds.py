import statistics

import torch
from thermometer import least_squares, loss_fn, polynomial, t_c, t_un

val_losses = []
for seed in range(20):
    torch.manual_seed(seed)
    shuffled = torch.randperm(11)
    train, val = shuffled[:-2], shuffled[-2:]
    coeffs = least_squares(t_un[train], t_c[train], degree=1)
    val_losses.append(loss_fn(polynomial(t_un[val], coeffs), t_c[val]).item())

print("validation loss of the line over 20 split seeds:")
print(f"lowest  {min(val_losses):.4f}")
print(f"median  {statistics.median(val_losses):.4f}")
print(f"highest {max(val_losses):.4f}")
