import torch
from thermometer import loss_hessian, t_c, t_u, t_un

# Step sizes s_w for w and s_b for b are plain gradient descent on a loss whose
# curvature is D H D, with D = diag(√s_w, √s_b). Only their ratio matters:
ratios = torch.logspace(-6, 6, 12001, dtype=torch.float64)  # s_w / s_b
D = torch.diag_embed(torch.stack([ratios.sqrt(), torch.ones_like(ratios)], dim=1))

print("input        κ  best κ with a step size per parameter  tilt r  (1+r)/(1-r)")
best = {}
for name, x in [("t_u", t_u), ("t_un", t_un), ("t_u - mean", t_u - t_u.mean())]:
    H = loss_hessian(x, t_c)
    small, large = torch.linalg.eigvalsh(H).tolist()
    scaled = torch.linalg.eigvalsh(D @ H @ D)  # for each ratio: smallest, largest
    best[name] = (scaled[:, 1] / scaled[:, 0]).min().item()
    r = (H[0, 1] / (H[0, 0] * H[1, 1]).sqrt()).abs().item()  # 0: along the axes
    print(f"{name:10} {large / small:6.0f}  {best[name]:36.1f}", end="  ")
    print(f"{r:6.3f}  {(1 + r) / (1 - r):11.1f}")
