import torch
from thermometer import loss_fn, loss_hessian, model, t_c, t_un, training_loop_optimizer

forgetful = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([forgetful], lr=1e-2)  # and no zero_grad() below
frictionless = torch.tensor([1.0, 0.0], requires_grad=True)
momentum_one = torch.optim.SGD([frictionless], lr=1e-2, momentum=1, dampening=0)

difference, losses = 0.0, []
for _ in range(1000):
    loss_fn(model(t_un, *forgetful), t_c).backward()  # .grad: the sum of them all
    optimizer.step()

    momentum_one.zero_grad()
    loss = loss_fn(model(t_un, *frictionless), t_c)
    loss.backward()
    momentum_one.step()
    losses.append(loss.item())
    difference = max(difference, (forgetful - frictionless).abs().max().item())

print(f"largest difference between the two paths in 1000 steps: {difference}")
print(f"loss at epoch 1: {losses[0]:.2f}")
for start in (1, 801):
    swing = losses[start - 1 : start + 199]
    print(f"epochs {start:3} to {start + 199}:", end=" ")
    print(f"from {min(swing):.2f} to {max(swing):.2f}")

edge = 4 / torch.linalg.eigvalsh(loss_hessian(t_un, t_c))[-1].item()  # 2(1 + μ)/λmax
params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([params], lr=1.1 * edge, momentum=1)
_, above = training_loop_optimizer(30, optimizer, params, t_un, t_c)
print(f"lr {1.1 * edge:.4f}, above 4/λmax = {edge:.4f}:", end=" ")
print(f"loss {above[9]:.3g} at epoch 10, {above[29]:.3g} at epoch 30")
