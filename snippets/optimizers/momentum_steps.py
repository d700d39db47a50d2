import math

import torch
from thermometer import epochs_to_reach, loss_fn, loss_hessian, model, t_c, t_un

small, large = torch.linalg.eigvalsh(loss_hessian(t_un, t_c)).tolist()
kappa, root = large / small, math.sqrt(large / small)
A = torch.stack([t_un, torch.ones_like(t_un)], 1).double()
best = torch.linalg.lstsq(A, t_c.double()[:, None]).solution[:, 0]
lowest = loss_fn(model(t_un.double(), *best), t_c.double()).item()
target = lowest + 1e-3
print(f"t_un: κ = {kappa:.0f}, √κ = {root:.1f}; target: 0.001 above the lowest loss")
above = loss_fn(model(t_un, 1.0, 0.0), t_c).item() - lowest
e_folds = math.log(above / 1e-3) / 2  # the loss above the lowest goes as distance²
print(f"start: {above:.1f} above the lowest loss,", end=" ")
print(f"so the distance must shrink by e {e_folds:.1f} times")

runs = {  # the best settings for each, from the two eigenvalues, and the factor
    "plain SGD": ({"lr": 2 / (large + small)}, (kappa - 1) / (kappa + 1)),
    "momentum": (
        {"lr": 4 / (math.sqrt(large) + math.sqrt(small)) ** 2,
         "momentum": ((root - 1) / (root + 1)) ** 2},
        (root - 1) / (root + 1),
    ),
}  # fmt: skip
epochs = {}
for label, (options, shrink) in runs.items():
    params = torch.tensor([1.0, 0.0], requires_grad=True)
    optimizer = torch.optim.SGD([params], **options)
    epochs[label] = epochs_to_reach(target, optimizer, params, t_un, t_c)
    mu, per_e = options.get("momentum", 0.0), -1 / math.log(shrink)
    settings = ", ".join(f"{k} {v:.4f}" for k, v in options.items())
    print(f"{label}, {settings}; edge 2(1 + μ)/λmax = {2 * (1 + mu) / large:.4f}")
    print(f"  distance to the bottom × {shrink:.4f} per step", end="")
    print(f"{' in the long run' if mu else ''}, ÷ e every {per_e:.1f} steps")
    print(f"  by that factor alone: {e_folds:.1f} × {per_e:.1f}", end=" ")
    print(f"= {e_folds * per_e:.0f} steps; epochs needed: {epochs[label]}")
plain, momentum = epochs["plain SGD"], epochs["momentum"]
print(f"epochs: plain SGD {plain} = {plain / kappa:.1f} κ", end=", ")
print(f"momentum {momentum} = {momentum / root:.1f} √κ", end=", ")
print(f"{plain / momentum:.1f} times fewer")
