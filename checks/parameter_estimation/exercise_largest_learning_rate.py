"""Train on the raw readings with `training_loop(n_epochs=2000, lr=...,
params=torch.tensor([1.0, 0.0]), t_u=t_u, t_c=t_c)` at rates around 3e-4: a
rate converges if its last loss is finite and below its first. Narrow it down,
and put the largest rate that converges, to two significant figures, in
`largest_lr`."""

largest_lr = ...  # the largest learning rate that converges on t_u

# ─── check ───
# Checks your largest_lr against the edge in closed form (the Optimizers
# chapter derives it): gradient descent converges if lr < 2 / λmax, where λmax
# is the largest eigenvalue of the loss's Hessian. Run it after your cell.
import math

assert largest_lr is not ..., "Set largest_lr to the learning rate you found."
x = t_u.double()
hessian = 2 * torch.tensor([[(x * x).mean(), x.mean()], [x.mean(), 1.0]],
                           dtype=torch.float64)  # fmt: skip
edge = 2 / torch.linalg.eigvalsh(hessian).max().item()
step = 10 ** (math.floor(math.log10(edge)) - 1)  # one in the second figure
lr_found = float(largest_lr)
too_large = f"At lr {lr_found:.2e} the loss grows: it is too large."
if lr_found > 10 * edge:
    too_large += " Did you train on t_un? This one trains on the raw t_u."
assert lr_found < edge, too_large
figure = "first" if edge - lr_found > 10 * step else "second"
assert lr_found > edge - step, (
    f"lr {lr_found:.2e} converges, but it is more than one step in the {figure}"
    " significant figure below the edge, where the loss starts to grow: go higher."
)
print(f"Right: at {lr_found:.3g} the loss falls; the edge 2 / λmax is {edge:.4g}.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    "largest_lr = 3.4e-4": "too large",
    "largest_lr = 2 / (2 * (t_u * t_u).mean().item())": "too large",  # H[0, 0]
    "largest_lr = 3e-4": "go higher",
    "largest_lr = 2e-4": "first significant figure",
    "largest_lr = 3.25e-4  # a sweep in steps of 0.05e-4": "one step in the second",
    "largest_lr = 3.2e-2  # found on t_un, not the raw t_u": "Did you train on t_un?",
    # 2 / λmax, rounded up to 3.4e-4
    "largest_lr = float(\n"
    "    f'{2 / torch.linalg.eigvalsh(loss_hessian(t_u, t_c)).max():.2g}'\n"
    ")": "too large",
}
RIGHT = ["largest_lr = 3.39e-4", "largest_lr = torch.tensor(3.3e-4)"]
