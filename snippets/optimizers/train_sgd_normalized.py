import torch
from thermometer import t_c, t_un, training_loop, training_loop_optimizer

params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([params], lr=1e-2)
params, losses = training_loop_optimizer(5000, optimizer, params, t_un, t_c)
for epoch in (1, 10, 100, 1000, 5000):
    print(f"epoch {epoch:4}  loss {losses[epoch - 1]:.6f}")
print("params:", params)

by_hand, _ = training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, t_c)
difference = (params - by_hand).abs().max().item()
print(f"largest difference from the hand-written loop: {difference:.1e}")
