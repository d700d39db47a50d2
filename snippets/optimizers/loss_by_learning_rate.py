import math

import matplotlib.pyplot as plt
import torch
from plotting import show
from thermometer import loss_hessian, t_c, t_un, training_loop_optimizer

edge = 2 / torch.linalg.eigvalsh(loss_hessian(t_un, t_c))[-1].item()  # 2 / λmax
fig, ax = plt.subplots()
endings = []
for lr in [1e-3, 1e-2, 3e-2, 3.5e-2]:
    params = torch.tensor([1.0, 0.0], requires_grad=True)
    optimizer = torch.optim.SGD([params], lr=lr)
    _, losses = training_loop_optimizer(200, optimizer, params, t_un, t_c)
    finite = [loss for loss in losses if math.isfinite(loss)]  # log axes lack inf
    side = "above" if lr > edge else "below"
    ax.plot(range(1, len(finite) + 1), finite, label=f"lr {lr:g}, {side} 2/λmax")
    endings.append(f"lr {lr:g} ends at loss {losses[-1]:.3g}")
ax.set(yscale="log", ylim=(1, 1e4), xlabel="epoch", ylabel="loss (log scale)")
ax.legend()

alt = f"Loss against epoch for SGD on the normalised readings: {'; '.join(endings)}"
show(fig, "loss-by-learning-rate-sgd-normalized", alt)
