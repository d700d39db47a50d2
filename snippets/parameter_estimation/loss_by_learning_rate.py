# expect: nan (the largest rates diverge to nan)  # markdown-exec: hide
import math

import matplotlib.pyplot as plt
import torch
from plotting import show
from thermometer import t_c, t_u, training_loop

n_epochs = 100
fig, ax = plt.subplots()
endings = []
for lr in [1e-3, 3e-4, 1e-4, 1e-5]:
    params = torch.tensor([1.0, 0.0])
    _, losses = training_loop(n_epochs, lr, params, t_u, t_c)
    finite = [loss for loss in losses if math.isfinite(loss)]  # log axes lack inf
    ax.plot(range(1, len(finite) + 1), finite, label=f"lr = {lr:g}")
    endings.append(f"with lr = {lr:g} it ends at {losses[-1]:.3g}")
ax.set_yscale("log")
ax.set_ylim(top=1e8)
ax.set_xlabel("epoch")
ax.set_ylabel("loss (log scale)")
ax.legend()

alt = f"Loss against epoch on the raw readings, {n_epochs} epochs: " + "; ".join(
    endings
)
show(fig, "loss-by-learning-rate-raw", alt)
