import matplotlib.pyplot as plt
import torch
from plotting import show
from thermometer import (
    least_squares,
    loss_fn,
    network,
    permuted,
    polynomial,
    train_network,
    train_t_c,
    train_t_c_column,
    train_t_un,
    train_t_un_column,
)

fractions = torch.linspace(0, 1, 101)  # 0 at the start of a path, 1 at its end
probe = network(8)  # a network to load each point's parameters into


def network_path(start, end):  # two state_dicts
    losses = []
    for f in fractions:
        probe.load_state_dict({k: (1 - f) * start[k] + f * end[k] for k in start})
        with torch.no_grad():
            losses.append(loss_fn(probe(train_t_un_column), train_t_c_column).item())
    return losses


def line_path(start, end):  # two lines' coefficients, as polynomial() takes them
    points = [(1 - f) * start + f * end for f in fractions]
    return [loss_fn(polynomial(train_t_un, p), train_t_c).item() for p in points]


best = least_squares(train_t_un, train_t_c, 1)  # the bottom of the line's bowl
tilt = torch.tensor([0.0, 0.2 * best[1]])  # a slope 20% steeper, or 20% flatter
net_0 = train_network(torch.nn.Tanh, seed=0)[0].state_dict()
net_1 = train_network(torch.nn.Tanh, seed=1)[0].state_dict()
twin_0 = permuted(net_0, torch.arange(8).flip(0))
paths = {
    "line: steeper to flatter, equally wrong": line_path(best + tilt, best - tilt),
    "network (seed 0) to its twin": network_path(net_0, twin_0),
    "network from seed 0 to network from seed 1": network_path(net_0, net_1),
}
fig, ax = plt.subplots()
ends = []
for (label, losses), style in zip(paths.items(), ["-", "-", "--"]):
    ax.plot(fractions, losses, style, label=label)
    ends.append(f"{label}: {losses[0]:.2f}, {losses[50]:.2f}, {losses[-1]:.2f}")
ax.set(xlabel="fraction of the way along the path", yscale="log")
ax.set_ylabel("training loss (log scale)")
ax.set_yticks([2, 3, 5, 10, 20, 30], labels=["2", "3", "5", "10", "20", "30"])
ax.minorticks_off()
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), fontsize=9)

alt = (
    "Training loss along three straight paths between two sets of parameters, "
    f"at the start, halfway and at the end: {'; '.join(ends)}."
)
show(fig, "loss-along-straight-paths", alt)
