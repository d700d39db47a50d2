import torch
from thermometer import network, train_t_un_column

torch.manual_seed(0)
net = network(8)  # an nn.Sequential: its forward calls each module in turn
print(net)
print("parameter names:", [name for name, _ in net.named_parameters()])
print("in all:", sum(param.numel() for param in net.parameters()))
t_p = net(train_t_un_column)
print("input", tuple(train_t_un_column.shape), "-> output", tuple(t_p.shape))

torch.manual_seed(0)  # the same layers, made one by one in the same order
hidden, output = torch.nn.Linear(1, 8), torch.nn.Linear(8, 1)
print(
    "same start:",
    torch.equal(net[0].weight, hidden.weight),
    torch.equal(net[2].weight, output.weight),
)
