import matplotlib.pyplot as plt
import torch
from plotting import COLORS, plot_fit, show
from thermometer import (
    flat_start,
    polynomial,
    train_t_c,
    train_t_un,
    training_loop_with_validation,
    val_t_c,
    val_t_un,
)


def fahrenheit_to_celsius(t_un):  # t_un is a tenth of a reading in °F
    return (10 * t_un - 32) * 5 / 9


# 40 simulated readings: the exact conversion, scattered as much as the real
# training readings are around it, over the range of the real readings
misses = train_t_c - fahrenheit_to_celsius(train_t_un)
scatter = misses.pow(2).mean().sqrt()
torch.manual_seed(0)
new_t_un = 2.2 + 6.0 * torch.rand(40)
new_t_c = fahrenheit_to_celsius(new_t_un) + scatter * torch.randn(40)
more_t_un = torch.cat([train_t_un, new_t_un])
more_t_c = torch.cat([train_t_c, new_t_c])

coeffs = flat_start(8)
optimizer = torch.optim.Adam([coeffs], lr=2.0)
train_losses, val_losses = training_loop_with_validation(
    1000, optimizer, polynomial, [coeffs],
    more_t_un, more_t_c, val_t_un, val_t_c,
)  # fmt: skip

fig, ax = plt.subplots()
ax.scatter(new_t_un, new_t_c, marker="x", color=COLORS[4], label="simulated")
plot_fit(ax, coeffs, "degree 8")
train_loss, val_loss = train_losses[-1], val_losses[-1]
ax.legend(title=f"loss: training {train_loss:.2f}, validation {val_loss:.2f}")

alt = (
    f"Trained on 49 readings, 40 of them simulated, the degree-8 polynomial "
    f"runs smoothly through the points: training loss {train_loss:.2f}, "
    f"validation loss {val_loss:.2f}."
)
show(fig, "remedy-more-data", alt)
