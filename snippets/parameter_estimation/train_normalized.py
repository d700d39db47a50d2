import torch
from thermometer import t_c, t_un, training_loop

params, losses = torch.tensor([1.0, 0.0]), []
for epoch in [1, 2, 10, 100, 500, 1000, 2000, 3000, 4000, 5000]:
    # train on up to this epoch: its loss (measured before its update), and
    # where its update left w and b
    params, more = training_loop(epoch - len(losses), 1e-2, params, t_un, t_c)
    losses += more
    w, b = params.tolist()
    print(f"epoch {epoch:4}  loss {losses[-1]:<9.6f}   w {w:6.4f}   b {b:8.4f}")
last_change = losses[3999] - losses[4999]  # epoch 4000 to epoch 5000
print(f"loss change over the last 1000 epochs: {last_change:.1e}")
print(f"\nw = {w:.4f}, b = {b:.4f}")

# t_un = 0.1 * t_u, so w * t_un = (0.1 * w) * t_u: in the raw unit the line is
print(f"t_c ≈ {0.1 * w:.4f} * t_u {b:+.4f}")
print(f"and Fahrenheit to Celsius is t_c = {5 / 9:.4f} * t_f {-160 / 9:+.4f}")
