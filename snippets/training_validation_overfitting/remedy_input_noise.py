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

torch.manual_seed(0)
coeffs = flat_start(8)
optimizer = torch.optim.Adam([coeffs], lr=2.0)
for _ in range(1000):
    noise = 0.1 * torch.randn_like(train_t_un)  # drawn anew every epoch
    jittered = train_t_un + noise
    loss = loss_fn(polynomial(jittered, coeffs), train_t_c)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

with torch.no_grad():
    train_loss = loss_fn(polynomial(train_t_un, coeffs), train_t_c)
    val_loss = loss_fn(polynomial(val_t_un, coeffs), val_t_c)
fig, ax = plt.subplots()
plot_fit(ax, coeffs, "degree 8, noisy inputs")
ax.legend(title=f"loss: training {train_loss:.2f}, validation {val_loss:.2f}")

alt = (
    f"Trained on readings jittered afresh every epoch, the degree-8 polynomial "
    f"follows the trend without chasing single readings: training loss "
    f"{train_loss:.2f}, validation loss {val_loss:.2f}."
)
show(fig, "remedy-input-noise", alt)
