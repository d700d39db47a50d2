import torch
from thermometer import loss_fn, model, train_t_c, train_t_un, val_t_c, val_t_un

params = torch.tensor([1.0, 0.0], requires_grad=True)
with torch.no_grad():
    val_loss = loss_fn(model(val_t_un, *params), val_t_c)
try:
    val_loss.backward()  # the wrong loss: measured without a graph
except RuntimeError as error:
    print(f"RuntimeError: {error}")

train_loss = loss_fn(model(train_t_un, *params), train_t_c)  # the fix: train on
train_loss.backward()  # the training loss; the validation loss is only read
print("gradient from the training loss:", params.grad)
