import torch
from thermometer import (
    least_squares,
    loss_fn,
    polynomial,
    t_c,
    t_un,
    train_t_c,
    train_t_un,
    val_t_c,
    val_t_un,
)

torch.manual_seed(0)
folds = torch.randperm(11).tensor_split(5)  # 5 folds: sizes 3, 2, 2, 2, 2
val_losses = []
for k, val in enumerate(folds):
    train = torch.cat([fold for j, fold in enumerate(folds) if j != k])
    coeffs = least_squares(t_un[train], t_c[train], degree=1)
    val_losses.append(loss_fn(polynomial(t_un[val], coeffs), t_c[val]).item())
    print(f"fold {k}: validating on {val.tolist()}, loss {val_losses[-1]:.4f}")
mean = sum(val_losses) / len(val_losses)
median = torch.tensor(val_losses).median().item()
print(f"cross-validated loss of the line: {mean:.4f} (median {median:.4f})")
book = least_squares(train_t_un, train_t_c, degree=1)
book_val = loss_fn(polynomial(val_t_un, book), val_t_c).item()
print(f"the book split's validation loss: {book_val:.4f}")
