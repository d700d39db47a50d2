import matplotlib.pyplot as plt
import torch
from plotting import COLORS, plot_fit, show
from thermometer import (
    flat_start,
    least_squares,
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

line = least_squares(train_t_un, train_t_c, 1)  # the best line, for comparison
grid = torch.linspace(2.0, 8.4, 321)
with torch.no_grad():
    train_loss = loss_fn(polynomial(train_t_un, coeffs), train_t_c)
    val_loss = loss_fn(polynomial(val_t_un, coeffs), val_t_c)
    line_train = loss_fn(polynomial(train_t_un, line), train_t_c)
    line_val = loss_fn(polynomial(val_t_un, line), val_t_c)
    gap = (polynomial(grid, coeffs) - polynomial(grid, line)).abs()
fig, ax = plt.subplots()
plot_fit(ax, coeffs, f"degree 8, penalised: {train_loss:.2f}, {val_loss:.2f}")
ax.plot(grid, polynomial(grid, line), color=COLORS[4], linestyle="--",
        label=f"least-squares line: {line_train:.2f}, {line_val:.2f}")  # fmt: skip
ax.legend(title="losses: training, validation", fontsize=9, title_fontsize=9)

alt = (
    "With a penalty on its bends, the degree-8 polynomial bends gently: training "
    f"loss {train_loss:.2f} and validation loss {val_loss:.2f}, against "
    f"{line_train:.2f} and {line_val:.2f} for the least-squares line, from which "
    f"it strays by up to {gap.max():.1f} °C, at t_un = {grid[gap.argmax()]:.2f}; "
    f"the largest coefficient of a power above 1 is {coeffs[2:].abs().max():.2f}."
)
show(fig, "remedy-penalty", alt)
