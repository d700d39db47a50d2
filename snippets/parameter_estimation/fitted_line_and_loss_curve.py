import matplotlib.pyplot as plt
import torch
from plotting import show
from thermometer import loss_fn, model, t_c, t_u, t_un, training_loop

params = torch.tensor([1.0, 0.0])
params, losses = training_loop(5000, lr=1e-2, params=params, t_u=t_un, t_c=t_c)
w, b = params

fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 3.6))
line_u = torch.linspace(20.0, 85.0, 2)
left.scatter(t_u, t_c, zorder=3, label="readings")
label = f"t_c = {0.1 * w:.4f} · t_u {b:+.4f}"  # w was fitted to t_un = 0.1 * t_u
left.plot(line_u, model(0.1 * line_u, w, b), label=label)
left.set(xlabel="new thermometer, t_u (unknown unit)", ylabel="t_c (°C)")
left.legend()

w_flat = (t_un * t_c).sum() / (t_un * t_un).sum()  # the best w while b stays 0
floor = loss_fn(model(t_un, w_flat, 0.0), t_c)
right.plot(range(1, len(losses) + 1), losses, label="training loss")
right.axhline(floor, linestyle=":", color="gray", label=f"best with b = 0: {floor:.2f}")
right.set(
    xscale="log", yscale="log", xlabel="epoch (log scale)", ylabel="loss (log scale)"
)
right.legend(loc="lower left")

misses = (t_c - model(t_un, w, b)).abs()
alt = (
    f"Left: the fitted line runs through the middle of the {len(t_u)} readings; the "
    f"largest miss is {misses.max():.1f} °C, the average {misses.mean():.1f} °C. "
    f"Right: the training loss falls from {losses[0]:.0f} at epoch 1 to "
    f"{losses[9]:.2f} at epoch 10, just below the best loss with b = 0 "
    f"({floor:.2f}), then falls slowly, to {losses[99]:.2f} at epoch 100, faster "
    f"after that, and levels off at {losses[-1]:.2f} by epoch {len(losses)}."
)
show(fig, "fitted-line-and-loss-curve", alt)
