import torch
from thermometer import (
    least_squares,
    polynomial,
    t_un,
    train_network,
    train_t_c,
    train_t_un,
)

t_u = torch.tensor([100.0, 150.0, 300.0])  # the readings went up to 81.9
print(f"{'t_u':18}", t_u)
print(f"{'Fahrenheit, in °C':18}", (t_u - 32) * 5 / 9)  # the true conversion
line = least_squares(train_t_un, train_t_c, 1)
predictions = {"line": polynomial(0.1 * t_u, line)}
print(f"{'line':18}", predictions["line"])
between = torch.linspace(t_un.min(), t_un.max(), 601)  # from the lowest reading
inside = {"line": polynomial(between, line)}  # to the highest
for activation in [torch.nn.ReLU, torch.nn.Tanh]:
    net, _, _ = train_network(activation)  # 200 epochs, seed 0, as before
    with torch.no_grad():
        t_p = net(0.1 * t_u.unsqueeze(1)).squeeze(1)
        inside[activation.__name__] = net(between.unsqueeze(1)).squeeze(1)
    predictions[activation.__name__] = t_p
    print(f"1-8-1 {activation.__name__:12}", t_p)
pairs = [("line", "ReLU"), ("line", "Tanh"), ("ReLU", "Tanh")]
gaps = {pair: (inside[pair[0]] - inside[pair[1]]).abs().max() for pair in pairs}
lowest, highest = 10 * t_un.min(), 10 * t_un.max()
print(f"between the readings (t_u {lowest:.1f} to {highest:.1f}), largest gaps in °C:")
print("  " + ", ".join(f"{a} and {b} {gap:.1f}" for (a, b), gap in gaps.items()))
