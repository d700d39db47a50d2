import torch
from thermometer import t_c, t_un, training_loop

params = torch.tensor([1.0, 0.0])
params, losses = training_loop(5000, lr=1e-2, params=params, t_u=t_un, t_c=t_c)

for epoch in range(500, 5001, 500):
    print(f"epoch {epoch:4}  loss {losses[epoch - 1]:.6f}")
w, b = params.tolist()
print(f"\nw = {w:.4f}, b = {b:.4f}")

# t_un = 0.1 * t_u, so w * t_un = (0.1 * w) * t_u: in the raw unit the line is
print(f"t_c ≈ {0.1 * w:.4f} * t_u {b:+.4f}")
print(f"and Fahrenheit to Celsius is t_c = {5 / 9:.4f} * t_f {-160 / 9:+.4f}")
