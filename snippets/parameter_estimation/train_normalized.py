import torch
from thermometer import t_c, t_un, training_loop

params, losses = torch.tensor([1.0, 0.0]), []
print("epoch       loss        w         b")
for epoch in [1, 2, 10, 100, 500, 1000, 2000, 3000, 4000, 5000]:
    # train on up to this epoch: its loss (measured before its update), and
    # where its update left w and b
    params, more = training_loop(epoch - len(losses), 1e-2, params, t_un, t_c)
    losses += more
    w, b = params.tolist()
    print(f"{epoch:5} {losses[-1]:10.6f} {w:8.4f} {b:9.4f}")

# t_un = 0.1 * t_u, so w * t_un = (0.1 * w) * t_u: in the raw unit the line is
print(f"\nt_c ≈ {0.1 * w:.4f} * t_u {b:+.4f}")
print(f"and Fahrenheit to Celsius is t_c = {5 / 9:.4f} * t_f {-160 / 9:+.4f}")
