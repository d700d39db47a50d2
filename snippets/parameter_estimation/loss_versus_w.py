import matplotlib.pyplot as plt
import torch
from plotting import COLORS, show
from thermometer import grad_by_hand, loss_fn, model, t_c, t_u

b = torch.zeros(())
ws = torch.linspace(-0.6, 1.2, 181)
losses = torch.stack([loss_fn(model(t_u, w, b), t_c) for w in ws])
best = losses.argmin()

w0 = torch.ones(())  # where we start, and the slope of the loss there
loss0 = loss_fn(model(t_u, w0, b), t_c)
slope = grad_by_hand(t_u, t_c, model(t_u, w0, b), w0, b)[0]
near = ws > 0.6

fig, ax = plt.subplots()
ax.plot(ws, losses, label="loss(w), with b = 0")
ax.plot(
    ws[near],
    loss0 + slope * (ws[near] - w0),
    "--",
    label=f"slope at w = 1: {slope:.0f}",
)
ax.scatter(
    w0, loss0, color=COLORS[2], zorder=3, label=f"start, w = 1: loss {loss0:.0f}"
)
ax.scatter(ws[best], losses[best], color=COLORS[3], zorder=3,
           label=f"lowest, w = {ws[best]:.2f}: loss {losses[best]:.0f}")  # fmt: skip
ax.set_xlabel("w")
ax.set_ylabel("loss")
ax.legend()

alt = (
    f"The loss as a function of w, with b fixed at 0: a parabola, lowest (loss "
    f"{losses[best]:.0f}) at w = {ws[best]:.2f}. At w = 1 the loss is {loss0:.0f} "
    f"and the curve climbs steeply, with slope {slope:.0f}."
)
show(fig, "loss-versus-w", alt)
