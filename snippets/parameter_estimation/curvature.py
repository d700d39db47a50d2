import torch
from thermometer import loss_hessian, t_c, t_u, t_un

# How sharply the loss curves along its steepest and its gentlest direction in
# (w, b), and the ratio of the two: the condition number κ, 1 for a round bowl
# and large for a long narrow valley. (Optimizers explains
# how these numbers are computed.)
inputs = {"t_u": t_u, "t_un": t_un, "t_un - mean": t_un - t_un.mean()}
print("input         gentlest   steepest         κ")
for name, x in inputs.items():
    gentlest, steepest = torch.linalg.eigvalsh(loss_hessian(x, t_c)).tolist()
    print(f"{name:12} {gentlest:9.4f} {steepest:10.2f} {steepest / gentlest:9.1f}")
