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

coeffs = flat_start(8)
optimizer = torch.optim.Adam([coeffs], lr=2.0)
train_losses, val_losses = training_loop_with_validation(
    1000, optimizer, polynomial, [coeffs],
    train_t_un, train_t_c, val_t_un, val_t_c,
)  # fmt: skip

fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 3.6))
plot_fit(left, coeffs, "degree 8", color=COLORS[3])
left.legend()
right.plot(train_losses, color=COLORS[0], label="training loss")
right.plot(val_losses, color=COLORS[1], label="validation loss")
right.set(xlabel="epoch", ylabel="loss (log scale)", yscale="log")
right.legend()

best = min(range(len(val_losses)), key=val_losses.__getitem__)
alt = (
    f"Left: the degree-8 polynomial bends to pass near the 9 training "
    f"readings and sags between them, below the validation readings. Right: "
    f"the training loss keeps falling, to {train_losses[-1]:.2f}; the "
    f"validation loss is lowest at epoch {best + 1}, {val_losses[best]:.2f}, "
    f"then climbs to {val_losses[-1]:.2f}."
)
show(fig, "overfit-degree-8", alt)
