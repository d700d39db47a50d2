import torch
from thermometer import network, val_t_un_column

torch.manual_seed(0)
net = network(8)
seen = []  # what a forward hook records: here, the shape of each output
net.register_forward_hook(lambda module, args, output: seen.append(output.shape))
net(val_t_un_column)  # calling the module runs its hooks around forward
net.forward(val_t_un_column)  # forward alone: the hook never hears of it
print("outputs the hook saw, for two predictions:", seen)
