import torch
from thermometer import model, t_c, t_u

w = torch.ones(())  # a 0-dimensional tensor: a single number
b = torch.zeros(())

t_p = model(t_u, w, b)  # all eleven predictions at once
print("      t_u   prediction t_p   target t_c")
for unknown, predicted, celsius in zip(t_u.tolist(), t_p.tolist(), t_c.tolist()):
    print(f"{unknown:9.1f} {predicted:16.1f} {celsius:12.1f}")
