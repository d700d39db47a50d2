import matplotlib.pyplot as plt
import torch
from plotting import COLORS, INK, show
from thermometer import network, t_un

grid = torch.linspace(-3, 10, 261).unsqueeze(1)  # a column of inputs, step 0.05
low, high = t_un.min().item(), t_un.max().item()
readings = (grid.squeeze(1) >= low) & (grid.squeeze(1) <= high)
fig, axes = plt.subplots(1, 2, figsize=(9.6, 3.6), sharey=True)
described = []
for ax, activation in zip(axes, [torch.nn.ReLU, torch.nn.Tanh]):
    torch.manual_seed(0)  # both networks start from the same numbers
    hidden, bend, output = network(8, activation)
    with torch.no_grad():
        units = output.weight * bend(hidden(grid))  # [261, 8]: each unit's share
        total = units.sum(dim=1) + output.bias  # the network's output
    ax.axvspan(low, high, color=INK, alpha=0.07, label="range of the readings")
    ax.plot(grid, units, color=COLORS[0], linewidth=1, alpha=0.8)
    ax.plot(grid, total, color=COLORS[1], linewidth=2.5, label="output: their sum")
    ax.set(title=f"8 units bent by {activation.__name__}", xlabel="t_un")
    silent = (units[readings] == 0).all(dim=0).sum().item()
    described.append(
        f"{activation.__name__}: {silent} units are zero across the readings, "
        f"the output goes from {total[readings][0]:.2f} to {total[readings][-1]:.2f}"
    )
bends = (-hidden.bias / hidden.weight.squeeze(1)).detach().sort().values  # wt+b=0
axes[0].set_ylabel("contribution to the output")
axes[0].plot([], color=COLORS[0], linewidth=1, label="one unit's contribution")
axes[0].legend(loc="upper left", fontsize=9)

alt = (
    "The eight hidden units of a network before training, seeded with 0, each "
    "scaled by its output weight (thin lines), and their sum (thick line), for "
    f"t_un from -3 to 10, the readings' range {low:.2f} to {high:.2f} shaded. "
    f"The units bend at t_un = {', '.join(f'{t:.2f}' for t in bends)}. "
    f"{'; '.join(described)}."
)
show(fig, "hidden-units-before-training", alt)
