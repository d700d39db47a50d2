import torch
from thermometer import network, train_t_un_column

torch.manual_seed(0)
net = network(8)  # an nn.Sequential: its forward calls each module in turn
print(net)
print("parameter names:", [name for name, _ in net.named_parameters()])
print("in all:", sum(param.numel() for param in net.parameters()))
t_p = net(train_t_un_column)
print("input", tuple(train_t_un_column.shape), "-> output", tuple(t_p.shape))
