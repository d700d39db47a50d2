import matplotlib.pyplot as plt
import torch
from plotting import plot_fit, show
from thermometer import (
    flat_start,
    polynomial,
    train_t_c,
    train_t_un,
    training_loop_with_validation,
    val_t_c,
    val_t_un,
)

coeffs = flat_start(1)  # degree 1: the straight line again
optimizer = torch.optim.Adam([coeffs], lr=2.0)
train_losses, val_losses = training_loop_with_validation(
    1000, optimizer, polynomial, [coeffs],
    train_t_un, train_t_c, val_t_un, val_t_c,
)  # fmt: skip

fig, ax = plt.subplots()
plot_fit(ax, coeffs, "degree 1")
train_loss, val_loss = train_losses[-1], val_losses[-1]
ax.legend(title=f"loss: training {train_loss:.2f}, validation {val_loss:.2f}")

alt = (
    f"A straight line, trained exactly like the degree-8 polynomial, passes "
    f"between the readings: training loss {train_loss:.2f}, validation loss "
    f"{val_loss:.2f}."
)
show(fig, "remedy-simpler-model", alt)
