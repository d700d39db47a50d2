import torch
from thermometer import least_squares, loss_fn, polynomial, t_c, t_un

below = []  # the seeds whose validation loss is below their training loss
for seed in range(20):
    torch.manual_seed(seed)  # the splits of exercise 3
    shuffled = torch.randperm(11)
    train, val = shuffled[:-2], shuffled[-2:]
    line = least_squares(t_un[train], t_c[train], degree=1)
    train_loss = loss_fn(polynomial(t_un[train], line), t_c[train]).item()
    val_loss = loss_fn(polynomial(t_un[val], line), t_c[val]).item()
    if val_loss < train_loss:
        below.append(seed)
        print(f"seed {seed:2}: training loss {train_loss:.4f}, "
              f"validation loss {val_loss:.4f}")  # fmt: skip
print(f"{len(below)} of 20 splits score the line better on readings it never saw")
seed = below[0]
