import math

import torch
from thermometer import t_c, t_u, training_loop

params = torch.tensor([1.0, 0.0])
params, losses = training_loop(20, lr=1e-2, params=params, t_u=t_u, t_c=t_c)
print("losses of epochs 10 to 14:", losses[9:14])
print("params after 20 epochs:", params)

# The fix is a smaller step or normalised input. The guard: stop at the first
# loss that is not finite, instead of training on garbage.
bad = [epoch for epoch, loss in enumerate(losses, 1) if not math.isfinite(loss)]
print(f"first non-finite loss at epoch {bad[0]}")
