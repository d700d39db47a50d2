import torch
from thermometer import loss_fn, model, t_c, t_u, training_loop

params = torch.tensor([1.0, 0.0])
params, losses = training_loop(5000, lr=1e-4, params=params, t_u=t_u, t_c=t_c)

for epoch in [1, 2, 3, 10, 100, 1000, 5000]:
    print(f"epoch {epoch:4}  loss {losses[epoch - 1]:9.4f}")
print("params after 5000 epochs:", params)

# The best any w can do while b stays 0: the bottom of the parabola drawn earlier.
w_best = (t_u * t_c).sum() / (t_u * t_u).sum()
print(f"lowest loss with b = 0: {loss_fn(model(t_u, w_best, 0.0), t_c):.4f}")
