import torch
from thermometer import loss_fn, model, t_c, t_un

params = torch.tensor([1.0, 0.0])
print("epoch        w         b   mean |error|   mean error²")
for epoch in range(1, 10_001):
    t_p = model(t_un, *params)
    dloss_dtp = torch.sign(t_p - t_c) / t_p.size(0)  # d mean|t_p - t_c| / d t_p
    grad = torch.stack([(dloss_dtp * t_un).sum(), dloss_dtp.sum()])
    params = params - 1e-2 * grad
    if epoch in (1000, 2000, 5000, 10_000):
        t_p = model(t_un, *params)
        mae, mse = (t_p - t_c).abs().mean(), loss_fn(t_p, t_c)
        print(f"{epoch:5} {params[0]:8.4f} {params[1]:9.4f} {mae:14.4f} {mse:13.4f}")
