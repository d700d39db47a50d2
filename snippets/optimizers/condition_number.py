import torch
from thermometer import loss_hessian, t_c, t_u, t_un

condition, edge = {}, {}
for name, x in [("t_u", t_u), ("t_un", t_un)]:
    small, large = torch.linalg.eigvalsh(loss_hessian(x, t_c)).tolist()
    condition[name], edge[name] = large / small, 2 / large
    print(f"{name:4}  eigenvalues {small:.4f} and {large:7.2f}", end="  ")
    print(f"κ = {condition[name]:5.0f}  2/λmax = {edge[name]:.3e}")

print(f"\nt_u is {condition['t_u'] / condition['t_un']:.0f} times worse conditioned")
print("2/λmax on t_u is between 3.3e-4 and 3.4e-4:", 3.3e-4 < edge["t_u"] < 3.4e-4)
