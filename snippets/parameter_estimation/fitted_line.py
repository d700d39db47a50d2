import matplotlib.pyplot as plt
import torch
from plotting import svg
from thermometer import model, t_c, t_u, t_un, training_loop

params = torch.tensor([1.0, 0.0])
params, _ = training_loop(5000, lr=1e-2, params=params, t_u=t_un, t_c=t_c)
w, b = params

line_u = torch.linspace(20.0, 85.0, 2)
fig, ax = plt.subplots()
ax.scatter(t_u, t_c, zorder=3, label="readings")
label = f"t_c = {0.1 * w:.4f} · t_u {b:+.4f}"  # w was fitted to t_un = 0.1 * t_u
ax.plot(line_u, model(0.1 * line_u, w, b), label=label)
ax.set_xlabel("new thermometer, t_u (unknown unit)")
ax.set_ylabel("trusted thermometer, t_c (°C)")
ax.legend()

misses = (t_c - model(t_un, w, b)).abs()
alt = (
    f"The fitted line runs through the middle of the {len(t_u)} readings; the "
    f"largest miss is {misses.max():.1f} °C and the average {misses.mean():.1f} °C."
)
print(svg(fig, "fitted-line", alt))
