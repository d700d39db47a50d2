# expect: nan (the largest rates diverge to nan)  # markdown-exec: hide
import math

import matplotlib.pyplot as plt
import torch
from plotting import COLORS, explorable
from thermometer import loss_fn, model, t_c, t_u, t_un, training_loop

n_epochs = 1000
inputs = {"t_u": t_u, "t_un": t_un}
lrs = [1e-4, 3e-4, 1e-3, 1e-2, 3e-2, 1e-1]
runs = {}  # (input, lr) -> final params, losses: every run the figure can show
for name, x in inputs.items():
    for lr in lrs:
        runs[name, lr] = training_loop(n_epochs, lr, torch.tensor([1.0, 0.0]), x, t_c)

A = torch.stack([t_un, torch.ones_like(t_un)], 1)  # the best line, for comparison
best = loss_fn(model(t_un, *torch.linalg.lstsq(A, t_c[:, None]).solution[:, 0]), t_c)


def short(lr):
    return f"{lr:.0e}".replace("e-0", "e-")  # 3e-4


def verdict(losses):
    """The run's outcome in words, from its losses alone."""
    finite = [loss for loss in losses if math.isfinite(loss)]
    if len(finite) < len(losses) or losses[-1] > losses[0]:
        growth = float(f"{finite[-1] / finite[-2]:.3g}")
        return f"diverges: the loss grows ×{growth:,g} per epoch"
    if losses[-1] < 1.01 * best:
        return f"converges: loss {losses[-1]:.2f} after {n_epochs} epochs, the best"
    return (
        f"too slow: the loss falls from {losses[0]:.4g} to {losses[-1]:.3g} in "
        f"{n_epochs} epochs, {losses[-1] / best:.3g} times the best a line can do"
    )


fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 3.6))
left.scatter(t_u, t_c, zorder=3)
(line,) = left.plot([], [], color=COLORS[1])
left.set(xlabel="t_u (unknown unit)", ylabel="t_c (°C)", xlim=(20, 85), ylim=(-10, 35))
right.axhline(best, linestyle=":", color="gray", label=f"best line: {best:.2f}")
(curve,) = right.plot([], [], color=COLORS[1], label="loss of this run")
right.set(xscale="log", yscale="log", xlim=(1, n_epochs), ylim=(1, 1e5))
right.set(xlabel="epoch (log scale)", ylabel="loss (log scale)")
right.legend(loc="upper right")


def draw(input_index, lr_index):
    """Show one run: its line after the last epoch, its loss at every epoch."""
    name, lr = list(inputs)[input_index], lrs[lr_index]
    (w, b), losses = runs[name, lr]
    finite = [loss for loss in losses if math.isfinite(loss)]
    curve.set_data(range(1, len(finite) + 1), finite)
    ends = torch.tensor([20.0, 85.0]) * (0.1 if name == "t_un" else 1.0)
    on_plot = torch.isfinite(w + b)
    line.set_data(*([20, 85], model(ends, w, b)) if on_plot else ([], []))
    said = f"lr {short(lr)} on {name}: {verdict(losses)}."
    shown = "the line after" if on_plot else "no line: it left the plot within"
    alt = (
        f"Left: the readings, and {shown} {n_epochs} epochs at lr {short(lr)} on "
        f"{name}. Right: that run's loss, epoch by epoch, from {losses[0]:.4g}. {said}"
    )
    return alt, said


controls = [
    ("Input", "select", [("t_u, raw", "raw t_u"), ("t_un = 0.1 t_u", "scaled t_un")]),
    (
        "Learning rate",
        "range",
        [(short(lr), f"learning rate {short(lr)}") for lr in lrs],
    ),
]
explorable(fig, "explore-learning-rate", controls, [line, curve], draw, (1, 3))
