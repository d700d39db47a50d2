import torch
from thermometer import least_squares, loss_fn, polynomial, t_c, t_un

torch.manual_seed(0)
splits = [torch.randperm(11) for _ in range(100)]  # 9 to train, 2 to validate

print("degree  mean training loss  mean validation loss")
for degree in range(8):
    train_loss = val_loss = 0.0
    for shuffled in splits:
        train, val = shuffled[:-2], shuffled[-2:]
        coeffs = least_squares(t_un[train], t_c[train], degree)
        t_p = polynomial(t_un, coeffs)  # predictions for all eleven readings
        train_loss += loss_fn(t_p[train], t_c[train]) / len(splits)
        val_loss += loss_fn(t_p[val], t_c[val]) / len(splits)
    print(f"{degree:6}  {train_loss:18.4f}  {val_loss:20.4g}")
