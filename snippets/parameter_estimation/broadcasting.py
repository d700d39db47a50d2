import torch
from thermometer import t_u

w = torch.tensor(2.0)  # one number: shape []
column = t_u.unsqueeze(1)  # the same 11 readings as a column: shape [11, 1]
for name, a, b in [("w * t_u", w, t_u), ("t_u * column", t_u, column)]:
    shapes = f"{list(a.shape)} with {list(b.shape)}"
    print(f"{name:12}  {shapes:16} -> {list((a * b).shape)}")
