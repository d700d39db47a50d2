import math

import torch
from thermometer import network, permuted, train_t_un_column

orders, signs = math.factorial(8), 2**8
print(f"{orders} orders x {signs} sign patterns = {orders * signs} networks")

torch.manual_seed(0)
net = network(8)  # Tanh; any parameters will do, trained or not
flip = torch.tensor([1.0, -1, -1, 1, 1, -1, 1, -1])  # one of the sign patterns
state = permuted(net.state_dict(), order=torch.randperm(8))  # one of the orders
state["0.weight"] = flip.unsqueeze(1) * state["0.weight"]  # tanh(-z) = -tanh(z):
state["0.bias"] = flip * state["0.bias"]  # flipping the sign of what goes into
state["2.weight"] = flip * state["2.weight"]  # a unit and of what comes out of it
twin = network(8)
twin.load_state_dict(state)
with torch.no_grad():
    same = torch.allclose(net(train_t_un_column), twin(train_t_un_column))
print("same parameters:", torch.equal(twin[0].weight, net[0].weight))
print("same outputs:   ", same)
