import torch
from thermometer import network, train_t_c_column, train_t_un_column

torch.manual_seed(0)  # the start of train_network(torch.nn.ReLU)
net = network(8, torch.nn.ReLU)
hidden = net[1](net[0](train_t_un_column))  # [9 readings, 8 units]
silent = hidden.eq(0).all(dim=0)  # a unit at 0 for every reading
print("units at 0 for every training reading:", torch.where(silent)[0].tolist())
torch.nn.MSELoss()(net[2](hidden), train_t_c_column).backward()
print("gradient of their weights:", net[0].weight.grad[silent].squeeze(1))
print("gradient of their biases: ", net[0].bias.grad[silent])
