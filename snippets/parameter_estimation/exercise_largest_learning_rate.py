# expect: nan (the largest rates diverge to nan)  # markdown-exec: hide
import math

import torch
from thermometer import t_c, t_u, training_loop

largest_lr = None  # the largest of these rates whose loss still falls
for lr in [1e-4, 2e-4, 3e-4, 3.3e-4, 3.4e-4, 4e-4]:
    _, losses = training_loop(
        n_epochs=2000, lr=lr, params=torch.tensor([1.0, 0.0]), t_u=t_u, t_c=t_c
    )
    verdict = (
        "converging"
        if math.isfinite(losses[-1]) and losses[-1] < losses[0]
        else "diverging"
    )
    print(f"lr {lr:.1e}: loss after 2000 epochs {losses[-1]:10.4g}  {verdict}")
    if verdict == "converging":
        largest_lr = lr
print(f"largest that converges: {largest_lr:.1e}")
