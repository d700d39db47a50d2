import torch
from thermometer import (
    least_squares,
    polynomial,
    train_t_c,
    train_t_c_column,
    train_t_un,
    train_t_un_column,
    training_loop_module,
    val_t_c,
    val_t_c_column,
    val_t_un,
    val_t_un_column,
)

torch.manual_seed(0)
net = torch.nn.Sequential(
    torch.nn.Linear(1, 8),
    torch.nn.Tanh(),
    torch.nn.Dropout(p=0.5),  # in training, zeroes each unit with probability 0.5
    torch.nn.Linear(8, 1),
)
loss_fn = torch.nn.MSELoss()
optimizer = torch.optim.Adam(net.parameters(), lr=0.05)
training_loop_module(100, optimizer, net, loss_fn, train_t_un_column,
                     train_t_c_column, val_t_un_column, val_t_c_column)  # fmt: skip


def val_loss():
    with torch.no_grad():  # no graph; but no_grad says nothing to Dropout
        return round(loss_fn(net(val_t_un_column), val_t_c_column).item(), 2)


print("after training, net.training is", net.training)
print("validation loss, 3 times:", [val_loss() for _ in range(3)])
net.eval()  # the fix: Dropout stands aside
print("after net.eval():        ", [val_loss() for _ in range(3)])
line = least_squares(train_t_un, train_t_c, 1)  # the line of the figure of fits
print(f"the line's validation loss: {loss_fn(polynomial(val_t_un, line), val_t_c):.2f}")
