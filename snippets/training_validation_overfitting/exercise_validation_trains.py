import torch
from thermometer import (
    loss_fn,
    model,
    train_t_c,
    train_t_un,
    training_loop_with_validation,
    val_t_c,
    val_t_un,
)

# The prediction, written before the run (the reasons are below it).
train_prediction, val_prediction = "higher", "lower"

params = torch.tensor([1.0, 0.0], requires_grad=True)  # the honest book run
optimizer = torch.optim.SGD([params], lr=1e-2)
honest = training_loop_with_validation(
    3000, optimizer, model, params, train_t_un, train_t_c, val_t_un, val_t_c
)

params = torch.tensor([1.0, 0.0], requires_grad=True)  # the one change:
optimizer = torch.optim.SGD([params], lr=1e-2)
train_losses, val_losses = [], []
for _ in range(3000):
    train_loss = loss_fn(model(train_t_un, *params), train_t_c)
    val_loss = loss_fn(model(val_t_un, *params), val_t_c)  # recorded, no no_grad
    optimizer.zero_grad()
    (train_loss + val_loss).backward()  # and stepped on
    optimizer.step()
    train_losses.append(train_loss.item())
    val_losses.append(val_loss.item())

print("after 3000 epochs       training loss  validation loss")
runs = {"honest": honest, "validation trained on": (train_losses, val_losses)}
for name, (train, val) in runs.items():
    print(f"{name:22} {train[-1]:14.4f} {val[-1]:16.4f}")
