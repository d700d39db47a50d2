import torch
from thermometer import least_squares, train_network, train_t_c, train_t_un

net, _, _ = train_network(torch.nn.ReLU)
line = least_squares(train_t_un, train_t_c, 1)  # c0 + c1 (t_un - 5) / 3
with torch.no_grad():
    w, b, v = net[0].weight.squeeze(1), net[0].bias, net[2].weight.squeeze(0)
    bends = -b / w
    lowest = bends[(w > 0) & (bends > 0)].min()  # below it, the rising units are off
    t = torch.tensor([[4.0], [8.0]])
    slope = (net(t)[1] - net(t)[0]).item() / 4.0
    coldest = train_t_un.sort().indices[:3]
    net_sse = (
        (net(train_t_un[coldest].unsqueeze(1)).squeeze(1) - train_t_c[coldest]) ** 2
    ).sum()
    line_t_p = line[0] + line[1] * (train_t_un[coldest] - 5) / 3
    line_sse = ((line_t_p - train_t_c[coldest]) ** 2).sum()
line_slope = line[1] / 3  # per unit of (t_un - 5) / 3: a third as much per t_un
print(f"slope above the bends, °C per t_un: ReLU {slope:.2f}, line {line_slope:.2f}")
print(f"below t_un = {lowest:.2f} the ReLU network is flat")
print(
    f"squared errors on the 3 coldest readings: ReLU {net_sse:.1f}, line {line_sse:.1f}"
)
