import torch
from thermometer import loss_fn, model, t_c, t_un, training_loop_optimizer

right = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([right], lr=1e-2)
_, right_losses = training_loop_optimizer(500, optimizer, right, t_un, t_c)

params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([params], lr=1e-2)
losses = []
for _ in range(500):
    loss = loss_fn(model(t_un, *params), t_c)
    loss.backward()  # no zero_grad(): adds this gradient to those of all past epochs
    optimizer.step()
    losses.append(loss.item())

print("epoch  loss without zero_grad  with zero_grad")
for epoch in (1, 2, 3, 10, 100, 500):
    print(f"{epoch:5}  {losses[epoch - 1]:22.3f}  {right_losses[epoch - 1]:14.3f}")
last = losses[400:]
print(f"without zero_grad, epochs 401 to 500: from {min(last):.3f} to {max(last):.3f}")
