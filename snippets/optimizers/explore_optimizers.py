# expect: nan (SGD above the edge diverges)  # markdown-exec: hide
import matplotlib.pyplot as plt
import torch
from plotting import COLORS, INK, explorable
from thermometer import loss_fn, loss_hessian, model, t_c, t_u, t_un

optimizers = {
    "SGD": (torch.optim.SGD, {}),
    "SGD, momentum 0.9": (torch.optim.SGD, {"momentum": 0.9}),
    "RMSprop": (torch.optim.RMSprop, {}),
    "Adam": (torch.optim.Adam, {}),
}
lrs = [3e-4, 1e-2, 1e-1]  # the rates of the paths above: SGD on t_u, on t_un; Adam
inputs = {"t_u": (t_u, (-0.7, 1.2)), "t_un": (t_un, (0, 8))}  # and the w shown


def paths(optimizer_class, lr, n_steps=200, **options):
    """optimizer_path on both inputs in one run: row 0 of `params` fits t_u, row
    1 fits t_un. The loss is the sum of each row's own mean squared error, so
    each row gets the gradient, and makes the steps, it would make alone."""
    x = torch.stack([t_u, t_un])
    params = torch.tensor([[1.0, 0.0], [1.0, 0.0]], requires_grad=True)
    optimizer = optimizer_class([params], lr=lr, **options)
    points = [params.detach().clone()]
    for _ in range(n_steps):
        optimizer.zero_grad()
        t_p = model(x, params[:, :1], params[:, 1:])  # w and b as columns
        ((t_p - t_c) ** 2).mean(dim=1).sum().backward()
        optimizer.step()
        points.append(params.detach().clone())
    return torch.stack(points, dim=1)  # [input, step, (w, b)]


runs = {}  # every run the figure can show: 200 steps each
for label, (optimizer_class, options) in optimizers.items():
    for lr in lrs:
        for name, run in zip(inputs, paths(optimizer_class, lr, **options)):
            runs[name, label, lr] = run
edge = {  # the largest stable learning rate for SGD, 2 / λmax, on each input
    name: 2 / torch.linalg.eigvalsh(loss_hessian(x, t_c))[-1].item()
    for name, (x, _) in inputs.items()
}


def short(lr):
    return f"{lr:.0e}".replace("e-0", "e-")  # 3e-4


fig, axes = plt.subplots(1, 2, figsize=(9, 4.2), layout="constrained")
drawn = {}  # input -> its path and its end point, redrawn for every frame
for ax, (name, (x, w_range)) in zip(axes, inputs.items()):
    w, b = torch.meshgrid(
        torch.linspace(*w_range, 100), torch.linspace(-25, 5, 100), indexing="xy"
    )
    loss = ((w[..., None] * x + b[..., None] - t_c) ** 2).mean(dim=-1)
    ax.contour(w, b, loss, levels=torch.logspace(0.5, 4, 15), colors=INK,
               alpha=0.4, linewidths=0.7)  # fmt: skip
    A = torch.stack([x, torch.ones_like(x)], 1).double()
    ax.plot(*torch.linalg.lstsq(A, t_c.double()[:, None]).solution, "*", color=INK,
            markersize=12)  # fmt: skip
    ax.plot(1, 0, "o", color=INK)
    drawn[name] = (  # the path, and where it ended
        ax.plot([], [], linewidth=1.5, color=COLORS[0])[0],
        ax.plot([], [], "o", color=COLORS[0])[0],
    )
    title = f"{name}: 2/λmax = {edge[name]:.1e}".replace("e-0", "e-")
    ax.set(title=title, xlabel="w", ylabel="b", xlim=w_range, ylim=(-25, 5))
    ax.locator_params(axis="x", nbins=5)


def ending(name, run):
    """Where a run ended, in words: its point and loss, or when it blew up."""
    finite = torch.isfinite(run).all(dim=1)
    if not finite.all():
        return f"on {name} it diverges, off the plot by step {finite.int().argmin()}"
    w, b = run[-1].tolist()
    loss = loss_fn(model(inputs[name][0], w, b), t_c)
    return f"on {name} it ends at w {w:.2f}, b {b:.2f}, loss {loss:.3g}"


def draw(optimizer_index, lr_index):
    label, lr = list(optimizers)[optimizer_index], lrs[lr_index]
    said = []
    for name, (path, end) in drawn.items():
        run = runs[name, label, lr]
        finite = run[torch.isfinite(run).all(dim=1)]
        path.set_data(*finite[:, :2].T)
        end.set_data(*(run[-1:].T if len(finite) == len(run) else ([], [])))
        said.append(ending(name, run))
    said = f"{label}, lr {short(lr)}, 200 steps: {'; '.join(said)}."
    alt = (
        "Contours of the loss over w and b, raw readings on the left, normalised "
        f"on the right, with the path from w = 1, b = 0 towards the optimum (a "
        f"star). {said}"
    )
    return alt, said


def beside_the_edges(lr):
    return ", ".join(
        f"{'above' if lr > edge[name] else 'below'} 2/λmax on {name}" for name in inputs
    )


controls = [
    ("Optimizer", "select", [(label, label) for label in optimizers]),
    ("Learning rate", "range",
     [(short(lr), f"learning rate {short(lr)}, {beside_the_edges(lr)}") for lr in lrs]),
]  # fmt: skip
parts = [artist for pair in drawn.values() for artist in pair]
explorable(fig, "explore-optimizers", controls, parts, draw, (3, 2))
