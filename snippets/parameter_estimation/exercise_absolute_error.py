import torch
from thermometer import model, t_c, t_un

params = torch.tensor([1.0, 0.0])
print("epoch        w         b   line above / below   mean |error|")
for epoch in range(1, 10_001):
    t_p = model(t_un, *params)
    dloss_dtp = torch.sign(t_p - t_c) / t_p.size(0)  # d mean|t_p - t_c| / d t_p
    grad = torch.stack([(dloss_dtp * t_un).sum(), dloss_dtp.sum()])
    params = params - 1e-2 * grad
    if epoch in (10, 100, 1000, 5000, 10_000):
        w, b = params.tolist()
        errors = model(t_un, w, b) - t_c  # how many readings the line is above, below
        above, below = (errors > 0).sum(), (errors < 0).sum()
        mae = errors.abs().mean()
        print(f"{epoch:5} {w:8.4f} {b:9.4f} {above:12} / {below:<5} {mae:14.4f}")
