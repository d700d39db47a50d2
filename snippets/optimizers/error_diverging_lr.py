# expect: nan (a run going wrong on purpose)  # markdown-exec: hide
import math

import torch
from thermometer import t_c, t_u, training_loop_optimizer

params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([params], lr=1e-2)  # far above 2/λmax on raw t_u
params, losses = training_loop_optimizer(30, optimizer, params, t_u, t_c)
print("losses of epochs 9 to 12:", losses[8:12])
print("first inf at epoch", losses.index(math.inf) + 1, end=", ")
print("first nan at epoch", [math.isnan(loss) for loss in losses].index(True) + 1)
print("params after 30 epochs:", params)

# The fix: a learning rate below 2/λmax (or normalised input), and a guard
bad = next(epoch for epoch, loss in enumerate(losses, 1) if not math.isfinite(loss))
print(f"a guard would have stopped at epoch {bad}")
