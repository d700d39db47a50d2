import math

import torch
from thermometer import loss_hessian, t_c, t_un, training_loop_optimizer

(small, large), vectors = torch.linalg.eigh(loss_hessian(t_un, t_c))
small, large, steep = small.item(), large.item(), vectors[:, 1]
root = math.sqrt(large / small)
lr = 4 / (math.sqrt(large) + math.sqrt(small)) ** 2  # the heavy-ball constants
mu = ((root - 1) / (root + 1)) ** 2
first = 1 - lr * large  # the first step has no momentum yet: plain SGD's factor
c = -first / math.sqrt(mu) - 1  # d_t = (1 + c t)(-√μ)^t d_0 gives d_1 = first · d_0
print(f"steep direction: first step × {first:.2f}, then (1 + c t)(-√μ)^t", end=" ")
print(f"with √μ = {math.sqrt(mu):.4f}, c = {c:.2f}")

A = torch.stack([t_un, torch.ones_like(t_un)], 1).double()
best = torch.linalg.lstsq(A, t_c.double()[:, None]).solution[:, 0]
params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([params], lr=lr, momentum=mu)
losses, distances = [], []  # both measured before each epoch's step
for _ in range(60):
    distances.append(abs(steep @ (params.detach().double() - best)).item())
    losses += training_loop_optimizer(1, optimizer, params, t_un, t_c)[1]
print("epoch     loss   steep distance / at the start   (1 + c t) √μ^t")
for epoch in [1, 2, 3, 5, 10, 15, 20, 30, 45, 60]:
    t = epoch - 1  # steps taken before the epoch's loss is measured
    print(f"{epoch:5d} {losses[t]:8.1f} {distances[t] / distances[0]:16.2f}", end=" ")
    print(f"{(1 + c * t) * math.sqrt(mu) ** t:24.2f}")
peak = max(range(len(losses)), key=losses.__getitem__)
print(f"highest loss: {losses[peak]:.0f}, at epoch {peak + 1}")
