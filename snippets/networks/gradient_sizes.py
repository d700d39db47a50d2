import torch
from thermometer import network, train_t_c_column, train_t_un_column

torch.manual_seed(0)
net = network(8)
loss = torch.nn.MSELoss()(net(train_t_un_column), train_t_c_column)
loss.backward()
print("gradient at the start  smallest |g|  largest |g|")
for name, param in net.named_parameters():
    size = param.grad.abs()
    print(f"{name:22}  {size.min():12.4f}  {size.max():11.4f}")
sizes = torch.cat([param.grad.abs().flatten() for param in net.parameters()])
print(f"largest / smallest: {sizes.max() / sizes.min():.0f}")
