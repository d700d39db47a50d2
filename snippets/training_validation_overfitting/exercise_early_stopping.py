import torch
from thermometer import (
    flat_start,
    loss_fn,
    polynomial,
    train_t_c,
    train_t_un,
    val_t_c,
    val_t_un,
)

coeffs = flat_start(8)
optimizer = torch.optim.Adam([coeffs], lr=2.0)
best_val_loss, best_epoch, best_coeffs = float("inf"), None, None
for epoch in range(1, 1001):
    train_loss = loss_fn(polynomial(train_t_un, coeffs), train_t_c)
    with torch.no_grad():
        val_loss = loss_fn(polynomial(val_t_un, coeffs), val_t_c).item()
    if val_loss < best_val_loss:  # the best so far: keep a copy
        best_val_loss, best_epoch = val_loss, epoch
        best_coeffs = coeffs.detach().clone()
    optimizer.zero_grad()
    train_loss.backward()
    optimizer.step()

print(f"lowest validation loss {best_val_loss:.4f} at epoch {best_epoch}")
print(f"validation loss after all {epoch} epochs: {val_loss:.4f}")
