import torch
from thermometer import loss_hessian, t_c, t_u

H = loss_hessian(t_u, t_c)
print("Hessian on t_u, by autograd:", H, sep="\n")

x, n = t_u.double(), len(t_u)
by_hand = 2 / n * torch.tensor([[(x**2).sum(), x.sum()], [x.sum(), n]], dtype=x.dtype)
print("the same as 2/N [[Σx², Σx], [Σx, N]]:", torch.allclose(H, by_hand))
