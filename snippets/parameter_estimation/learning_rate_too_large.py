# expect: nan (inf / inf once the loss overflows)  # markdown-exec: hide
import torch
from thermometer import t_c, t_u, training_loop

params = torch.tensor([1.0, 0.0])
params, losses = training_loop(12, lr=1e-2, params=params, t_u=t_u, t_c=t_c)

print("epoch          loss   growth")
for epoch, loss in enumerate(losses, start=1):
    growth = f"×{loss / losses[epoch - 2]:,.0f}" if epoch > 1 else ""
    print(f"{epoch:5}  {loss:12.4g}   {growth}")
print("params after 12 epochs:", params)
