import math

import torch
from thermometer import network

torch.manual_seed(0)
net = network(8)
for name, param in net.named_parameters():
    layer = net[int(name[0])]  # "0.weight" belongs to net[0]
    bound = 1 / math.sqrt(layer.in_features)  # nn.Linear's default range
    print(f"{name:8}  drawn from ±{bound:.4f}, largest |value| {param.abs().max():.4f}")
