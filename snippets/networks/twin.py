import torch
from thermometer import network, permuted, train_t_un_column

torch.manual_seed(0)
net = network(8)
twin = network(8)
state = net.state_dict()  # every parameter by name: "0.weight", "0.bias", ...
twin.load_state_dict(permuted(state, order=torch.arange(8).flip(0)))  # 7, ..., 0
print("weights into units 0 to 2, net: ", net[0].weight[:3, 0].detach())
print("weights into units 0 to 2, twin:", twin[0].weight[:3, 0].detach())
with torch.no_grad():
    same = torch.allclose(net(train_t_un_column), twin(train_t_un_column))
print("the same predictions:", same)
