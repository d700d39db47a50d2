import matplotlib.pyplot as plt
import torch
from plotting import INK, show
from thermometer import loss_fn, model, optimizer_path, t_c, t_u, t_un

# w from -0.7 on the raw readings: SGD and momentum first overshoot below zero
panels = [
    ("raw readings t_u", t_u, 3e-4, (-0.7, 1.2)),
    ("normalised t_un", t_un, 1e-2, (0, 8)),
]
fig, axes = plt.subplots(1, 2, figsize=(9, 4.6), layout="constrained")
ends = []
for ax, (name, x, lr, w_range) in zip(axes, panels):
    title = f"{name} (SGD lr {lr:g})"
    runs = {
        "SGD": optimizer_path(x, torch.optim.SGD, lr=lr),
        "SGD, momentum 0.9": optimizer_path(x, torch.optim.SGD, lr=lr, momentum=0.9),
        "RMSprop, lr 0.1": optimizer_path(x, torch.optim.RMSprop, lr=0.1),
        "Adam, lr 0.1": optimizer_path(x, torch.optim.Adam, lr=0.1),
    }
    # the loss on a 100 x 100 grid of (w, b), computed at once by broadcasting
    w, b = torch.meshgrid(
        torch.linspace(*w_range, 100), torch.linspace(-25, 5, 100), indexing="xy"
    )
    loss = ((w[..., None] * x + b[..., None] - t_c) ** 2).mean(dim=-1)
    levels = torch.logspace(0.5, 4, 15)
    ax.contour(w, b, loss, levels=levels, colors=INK, alpha=0.4, linewidths=0.7)
    for i, ((label, run), style) in enumerate(zip(runs.items(), ["-", "-", "--", ":"])):
        (line,) = ax.plot(*run.T, style, label=label, linewidth=1.5, zorder=9 - i)
        ax.plot(*run[-1], "o", color=line.get_color(), markersize=5, zorder=10)  # end
        run_label = label if "lr" in label else f"{label}, lr {lr:g}"
        end_loss = loss_fn(model(x, *run[-1]), t_c)
        ends.append(f"{name}, {run_label}: loss {end_loss:.1f}")
    A = torch.stack([x, torch.ones_like(x)], 1).double()  # float64: a stable answer
    optimum = torch.linalg.lstsq(A, t_c.double()[:, None])
    ax.plot(*optimum.solution, "*", color=INK, markersize=12)
    ax.plot(1, 0, "o", color=INK)
    ax.set(title=title, xlabel="w", ylabel="b", xlim=w_range, ylim=(-25, 5))
    ax.locator_params(axis="x", nbins=5)
fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=4)

alt = (
    "Contours of the loss over w and b, raw readings on the left, normalised on "
    "the right, with the paths of four optimizers from w = 1, b = 0 (a black dot) "
    "towards the optimum (a star), 200 steps each, each ending in a dot of its "
    f"colour, at: {'; '.join(ends)}."
)
show(fig, "optimizer-paths-raw-vs-normalized", alt)
