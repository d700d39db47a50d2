import torch
from thermometer import least_squares, loss_fn, polynomial, t_c, t_un

below = []  # the seeds whose validation loss is below their training loss
train_losses, val_losses = [], []
for seed in range(20):
    torch.manual_seed(seed)  # the splits of exercise 3
    shuffled = torch.randperm(11)
    train, val = shuffled[:-2], shuffled[-2:]
    line = least_squares(t_un[train], t_c[train], degree=1)
    train_losses.append(loss_fn(polynomial(t_un[train], line), t_c[train]).item())
    val_losses.append(loss_fn(polynomial(t_un[val], line), t_c[val]).item())
    if val_losses[-1] < train_losses[-1]:
        below.append(seed)
        print(f"seed {seed:2}: training loss {train_losses[-1]:.4f}, "
              f"validation loss {val_losses[-1]:.4f}")  # fmt: skip
print(f"{len(below)} of 20 splits score the line better on readings it never saw")
seed = below[0]  # an answer to the exercise
print(f"one answer: seed = {seed}")
print(f"averaged over the 20 splits: training loss {sum(train_losses) / 20:.4f}, "
      f"validation loss {sum(val_losses) / 20:.4f}")  # fmt: skip
