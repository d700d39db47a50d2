import torch
from thermometer import model, t_c, t_u, t_un

optimizers = {  # the runs of the figure above: 200 steps from w = 1, b = 0
    "SGD": (torch.optim.SGD, {}),
    "SGD, momentum 0.9": (torch.optim.SGD, {"momentum": 0.9}),
    "RMSprop": (torch.optim.RMSprop, {}),
    "Adam": (torch.optim.Adam, {}),
}
lrs = ["3e-4", "1e-2", "0.1"]
x = torch.stack([t_u, t_un])  # row 0 of each params fits t_u, row 1 fits t_un


def losses(p):
    return ((model(x, p[:, :1], p[:, 1:]) - t_c) ** 2).mean(dim=1)  # one per row


print(f"{'loss after 200 steps':28}" + "".join(f"{'lr ' + lr:>10}" for lr in lrs))
for label, (optimizer_class, options) in optimizers.items():
    params = [torch.tensor([[1.0, 0.0], [1.0, 0.0]], requires_grad=True) for _ in lrs]
    groups = [{"params": [p], "lr": float(lr)} for p, lr in zip(params, lrs)]
    optimizer = optimizer_class(groups, **options)  # a group for each rate
    for _ in range(200):
        optimizer.zero_grad()
        torch.stack([losses(p) for p in params]).sum().backward()
        optimizer.step()
    with torch.no_grad():
        ends = torch.stack([losses(p) for p in params], dim=1)  # [input, rate]
    for name, row in zip(["t_u", "t_un"], ends.tolist()):
        cells = [f"{end:10.2f}" if end < 1e6 else f"{'diverges':>10}" for end in row]
        print(f"{label + ' on ' + name:28}" + "".join(cells))
A = torch.stack([t_un, torch.ones_like(t_un)], 1)
best = ((A @ torch.linalg.lstsq(A, t_c[:, None]).solution)[:, 0] - t_c).pow(2).mean()
print(f"the best line's loss, on either input: {best:.2f}")
