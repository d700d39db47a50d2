import torch
from thermometer import (
    flat_start,
    polynomial,
    t_c,
    t_un,
    training_loop_with_validation,
    val_t_c,
    val_t_un,
)

coeffs = flat_start(8)
optimizer = torch.optim.Adam([coeffs], lr=2.0)
train_losses, val_losses = training_loop_with_validation(
    1000, optimizer, polynomial, [coeffs], t_un, t_c, val_t_un, val_t_c
)  # t_un, t_c: all eleven readings, the two validation readings among them
print(f"training loss {train_losses[-1]:.4f}")
print(f"'validation' loss {val_losses[-1]:.4f}")
