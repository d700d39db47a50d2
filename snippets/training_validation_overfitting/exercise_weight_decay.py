import torch
from thermometer import (
    loss_fn,
    polynomial,
    train_t_c,
    train_t_un,
    val_t_c,
    val_t_un,
)


def line_plus_bends(t_u, line, bends):  # the polynomial, coefficients in two
    return polynomial(t_u, torch.cat([line, bends]))


val_losses = {}  # weight_decay: validation loss after training
for decay in [0.2, 2.0, 20.0]:
    line = torch.tensor([train_t_c.mean(), 0.0], requires_grad=True)  # c0, c1
    bends = torch.zeros(7, requires_grad=True)  # c2 ... c8
    groups = [{"params": [line]}, {"params": [bends], "weight_decay": decay}]
    optimizer = torch.optim.Adam(groups, lr=2.0)
    for _ in range(1000):
        loss = loss_fn(line_plus_bends(train_t_un, line, bends), train_t_c)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        val_loss = loss_fn(line_plus_bends(val_t_un, line, bends), val_t_c)
    val_losses[decay] = val_loss.item()
    print(f"weight_decay {decay:4}: validation loss {val_loss:.4f}")
print("chosen by validation: weight_decay", min(val_losses, key=val_losses.get))
