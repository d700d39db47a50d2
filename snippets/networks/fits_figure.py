import matplotlib.pyplot as plt
import torch
from plotting import COLORS, plot_fit, show
from thermometer import (
    least_squares,
    loss_fn,
    polynomial,
    train_network,
    train_t_c,
    train_t_c_column,
    train_t_un,
    train_t_un_column,
    val_t_c,
    val_t_c_column,
    val_t_un,
    val_t_un_column,
)

line = least_squares(train_t_un, train_t_c, 1)  # where training a line ends
train_loss = loss_fn(polynomial(train_t_un, line), train_t_c).item()
val_loss = loss_fn(polynomial(val_t_un, line), val_t_c).item()
losses = {"line": (train_loss, val_loss)}
fig, ax = plt.subplots()
plot_fit(ax, line, f"line: {train_loss:.2f}, {val_loss:.2f}", color=COLORS[2])
grid = torch.linspace(2.0, 8.4, 321)  # plot_fit's range, in steps of 0.02
described = []
for activation, color in [(torch.nn.ReLU, COLORS[4]), (torch.nn.Tanh, COLORS[3])]:
    net, train_losses, _ = train_network(activation)  # 200 epochs
    name = f"{activation.__name__} network"
    with torch.no_grad():  # the trained network's losses, after the last update
        net_train = loss_fn(net(train_t_un_column), train_t_c_column).item()
        net_val = loss_fn(net(val_t_un_column), val_t_c_column).item()
        t_p = net(grid.unsqueeze(1)).squeeze(1)
        bends = (-net[0].bias / net[0].weight.squeeze(1)).sort().values  # wt+b=0
    losses[name] = (net_train, net_val)
    label = f"{name}: {net_train:.2f}, {net_val:.2f}"
    ax.plot(grid, t_p, color=color, label=label)
    gap = (t_p - polynomial(grid, line)).abs()
    described.append(
        f"The {name} after {len(train_losses)} epochs has training loss "
        f"{net_train:.2f} and validation loss {net_val:.2f}; its "
        f"units bend at t_un = "
        f"{', '.join(f'{t:.2f}' for t in bends if 2.0 < t < 8.4)} within the "
        f"plot, and it strays at most {gap.max():.1f} °C from the line, at "
        f"t_un = {grid[gap.argmax()]:.2f}."
    )
ax.legend(title="losses: training, validation", fontsize=9, title_fontsize=9)

alt = (
    "The training and validation readings, the best straight line (training "
    f"loss {train_loss:.2f}, validation loss {val_loss:.2f}) and two networks "
    f"of 8 hidden units. {' '.join(described)}"
)
show(fig, "line-relu-tanh-fits", alt)
