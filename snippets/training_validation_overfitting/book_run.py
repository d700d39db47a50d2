import torch
from thermometer import (
    model,
    train_t_c,
    train_t_un,
    training_loop_with_validation,
    val_t_c,
    val_t_un,
)

params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([params], lr=1e-2)
train_losses, val_losses = training_loop_with_validation(
    3000, optimizer, model, params, train_t_un, train_t_c, val_t_un, val_t_c
)

print("epoch  training loss  validation loss")
for epoch in [1, 2, 3, 500, 1000, 1500, 2000, 2500, 3000]:
    train_loss, val_loss = train_losses[epoch - 1], val_losses[epoch - 1]
    print(f"{epoch:5}  {train_loss:13.4f}  {val_loss:15.4f}")
w, b = params.tolist()
print(f"\nw = {w:.4f}, b = {b:.4f}")
