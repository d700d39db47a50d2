import torch
from thermometer import (
    flat_start,
    polynomial,
    train_t_c,
    train_t_un,
    training_loop_with_validation,
    val_t_c,
    val_t_un,
)

coeffs = flat_start(8)  # degree 8: nine coefficients, one per training reading
optimizer = torch.optim.Adam([coeffs], lr=2.0)
train_losses, val_losses = training_loop_with_validation(
    1000, optimizer, polynomial, [coeffs],
    train_t_un, train_t_c, val_t_un, val_t_c,
)  # fmt: skip

print("epoch  training loss  validation loss")
for epoch in [1, 100, 200, 300, 500, 700, 1000]:
    train_loss, val_loss = train_losses[epoch - 1], val_losses[epoch - 1]
    print(f"{epoch:5}  {train_loss:13.4f}  {val_loss:15.4f}")
