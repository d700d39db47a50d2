import matplotlib.pyplot as plt
import torch
from plotting import plot_fit, show
from thermometer import (
    flat_start,
    loss_fn,
    polynomial,
    train_t_c,
    train_t_un,
    val_t_c,
    val_t_un,
)

penalty_weight = 1.0
coeffs = flat_start(8)
optimizer = torch.optim.Adam([coeffs], lr=2.0)
for _ in range(1000):
    fit = loss_fn(polynomial(train_t_un, coeffs), train_t_c)
    penalty = (coeffs[2:] ** 2).sum()  # powers 2 and up: bends, not the line
    loss = fit + penalty_weight * penalty
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

with torch.no_grad():
    train_loss = loss_fn(polynomial(train_t_un, coeffs), train_t_c)
    val_loss = loss_fn(polynomial(val_t_un, coeffs), val_t_c)
fig, ax = plt.subplots()
plot_fit(ax, coeffs, "degree 8, penalised")
ax.legend(title=f"loss: training {train_loss:.2f}, validation {val_loss:.2f}")

alt = (
    f"With a penalty on its bends, the degree-8 polynomial is nearly straight: "
    f"training loss {train_loss:.2f}, validation loss {val_loss:.2f}; the "
    f"largest coefficient of a power above 1 is {coeffs[2:].abs().max():.2f}."
)
show(fig, "remedy-penalty", alt)
