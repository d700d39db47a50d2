import torch
from thermometer import t_c, t_u, training_loop

params = torch.tensor([1.0, 0.0])
params, losses = training_loop(5000, lr=1e-4, params=params, t_u=t_u, t_c=t_c)

for epoch in [1, 2, 3, 10, 100, 1000, 5000]:
    print(f"epoch {epoch:4}  loss {losses[epoch - 1]:9.4f}")
print("params after 5000 epochs:", params)
