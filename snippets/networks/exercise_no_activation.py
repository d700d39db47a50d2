import torch
from thermometer import train_t_c_column, train_t_un_column, training_loop_nn

torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(1, 8), torch.nn.Linear(8, 1))  # no bend
optimizer = torch.optim.Adam(net.parameters(), lr=0.1)
loss_fn, inputs, targets = torch.nn.MSELoss(), train_t_un_column, train_t_c_column
losses = training_loop_nn(200, optimizer, net, loss_fn, inputs, targets)
print(f"training loss after {len(losses)} epochs: {losses[-1]:.4f}")

hidden, output = net  # the two layers, multiplied out into one
w = (output.weight @ hidden.weight).item()
b = (output.weight @ hidden.bias + output.bias).item()
same = torch.allclose(net(inputs), w * inputs + b)
print(f"the same as the line w = {w:.4f}, b = {b:.4f}: {same}")
