import torch
from thermometer import (
    least_squares,
    loss_fn,
    model,
    polynomial,
    train_t_c,
    train_t_un,
    val_t_c,
    val_t_un,
)

# The prediction, written before the run (the reasons are below it).
train_prediction, val_prediction = "higher", "lower"

params = torch.tensor([1.0, 0.0], requires_grad=True)  # the book run, with
optimizer = torch.optim.SGD([params], lr=1e-2)  # one change
train_losses, val_losses = [], []
for _ in range(3000):
    train_loss = loss_fn(model(train_t_un, *params), train_t_c)
    val_loss = loss_fn(model(val_t_un, *params), val_t_c)  # recorded, no no_grad
    optimizer.zero_grad()
    (train_loss + val_loss).backward()  # and stepped on
    optimizer.step()
    train_losses.append(train_loss.item())
    val_losses.append(val_loss.item())

# Where honest training ends, solved for directly: the line fitted to the nine.
honest = least_squares(train_t_un, train_t_c, degree=1)
honest_train = loss_fn(polynomial(train_t_un, honest), train_t_c).item()
honest_val = loss_fn(polynomial(val_t_un, honest), val_t_c).item()

ends = {
    "honest, trained to the end": (honest_train, honest_val),
    "validation stepped on, epoch 3000": (train_losses[-1], val_losses[-1]),
}
print(f"{'':33} training loss  validation loss     sum")
for name, (train, val) in ends.items():
    print(f"{name:33} {train:13.4f} {val:16.4f} {train + val:7.4f}")

moved = {True: "higher", False: "lower"}  # than the honest run's
leaky_train, leaky_val = ends["validation stepped on, epoch 3000"]
print(f"predicted: training {train_prediction}, validation {val_prediction}")
print(f"ran:       training {moved[leaky_train > honest_train]}, "
      f"validation {moved[leaky_val > honest_val]}")  # fmt: skip
