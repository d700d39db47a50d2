import torch
from thermometer import (
    least_squares,
    loss_fn,
    polynomial,
    train_network,
    train_t_c,
    train_t_un,
    val_t_c,
    val_t_un,
)

net, train_losses, val_losses = train_network(torch.nn.Tanh, n_epochs=800)
print("epoch  training loss  validation loss")
for epoch in [1, 100, 200, 300, 400, 500, 600, 700, 800]:
    train_loss, val_loss = train_losses[epoch - 1], val_losses[epoch - 1]
    print(f"{epoch:5}  {train_loss:13.4f}  {val_loss:15.4f}")

line = least_squares(train_t_un, train_t_c, 1)
train_loss = loss_fn(polynomial(train_t_un, line), train_t_c)
val_loss = loss_fn(polynomial(val_t_un, line), val_t_c)
print(f"line   {train_loss:13.4f}  {val_loss:15.4f}")
lowest = min(range(len(val_losses)), key=val_losses.__getitem__)
print(f"lowest validation loss {val_losses[lowest]:.4f}, at epoch {lowest + 1}")
