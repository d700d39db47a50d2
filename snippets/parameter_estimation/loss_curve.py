import matplotlib.pyplot as plt
import torch
from plotting import svg
from thermometer import t_c, t_un, training_loop

params = torch.tensor([1.0, 0.0])
_, losses = training_loop(5000, lr=1e-2, params=params, t_u=t_un, t_c=t_c)

fig, ax = plt.subplots()
ax.plot(range(1, len(losses) + 1), losses)
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("epoch (log scale)")
ax.set_ylabel("loss (log scale)")

alt = (
    f"Training loss on the normalised input, lr = 0.01: it falls from "
    f"{losses[0]:.0f} at epoch 1 to {losses[99]:.1f} at epoch 100 and levels "
    f"off at {losses[-1]:.2f} by epoch {len(losses)}."
)
print(svg(fig, "loss-curve-normalized", alt))
