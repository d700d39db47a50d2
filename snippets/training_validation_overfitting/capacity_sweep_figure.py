import matplotlib.pyplot as plt
import torch
from plotting import COLORS, show
from thermometer import least_squares, loss_fn, polynomial, t_c, t_un

torch.manual_seed(0)
splits = [torch.randperm(11) for _ in range(100)]
degrees = range(8)
train_means, val_means = [], []
for degree in degrees:
    train_loss = val_loss = 0.0
    for shuffled in splits:
        train, val = shuffled[:-2], shuffled[-2:]
        coeffs = least_squares(t_un[train], t_c[train], degree)
        t_p = polynomial(t_un, coeffs)
        train_loss += loss_fn(t_p[train], t_c[train]) / len(splits)
        val_loss += loss_fn(t_p[val], t_c[val]) / len(splits)
    train_means.append(train_loss.item())
    val_means.append(val_loss.item())

best = min(degrees, key=val_means.__getitem__)
fig, ax = plt.subplots()
ax.plot(degrees, train_means, "o-", color=COLORS[0], label="training loss")
ax.plot(degrees, val_means, "s-", color=COLORS[1], label="validation loss")
label = f"lowest validation loss: degree {best}"
ax.scatter(best, val_means[best], s=250, c="none", ec=COLORS[3], label=label)
ax.set(xlabel="degree of the polynomial", yscale="log")
ax.set_ylabel("mean over 100 splits (log scale)")
ax.legend()

alt = (
    f"Mean over 100 splits, for degrees 0 to {degrees[-1]}: the training loss "
    f"falls steadily from {train_means[0]:.1f} to {train_means[-1]:.2f}; the "
    f"validation loss falls from {val_means[0]:.1f} to its lowest, "
    f"{val_means[best]:.2f}, at degree {best}, then climbs to "
    f"{val_means[-1]:.3g}."
)
show(fig, "capacity-sweep", alt)
