import math

import torch
from thermometer import network, train_network, train_t_c_column, train_t_un_column

mse = torch.nn.MSELoss()
sgd_losses = {}
print("SGD, 200 epochs    lr   training loss")
for lr in [1e-4, 1e-3, 3e-3, 1e-2, 3e-2]:
    torch.manual_seed(0)  # the same start as train_network's Tanh network
    net = network(8)
    optimizer = torch.optim.SGD(net.parameters(), lr=lr)
    for _ in range(200):
        loss = mse(net(train_t_un_column), train_t_c_column)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        loss = mse(net(train_t_un_column), train_t_c_column).item()
    sgd_losses[lr] = loss
    print(
        f"{lr:21g}   " + (f"{loss:13.2f}" if math.isfinite(loss) else "     diverged")
    )
net, _, _ = train_network(torch.nn.Tanh)
with torch.no_grad():
    adam = mse(net(train_t_un_column), train_t_c_column).item()
print(f"Adam, 200 epochs  0.05   {adam:13.2f}")
