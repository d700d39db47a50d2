import torch
from thermometer import loss_fn, model, t_c, t_u

for optimizer_class, lr in [
    (torch.optim.SGD, 1e-4),
    (torch.optim.RMSprop, 1e-1),
    (torch.optim.Adam, 1e-1),
]:
    params = torch.tensor([1.0, 0.0], requires_grad=True)
    optimizer = optimizer_class([params], lr=lr)
    loss_fn(model(t_u, *params), t_c).backward()
    before = params.detach().clone()
    optimizer.step()
    step = (params - before).tolist()
    name = optimizer_class.__name__
    print(f"{name:7} lr {lr:g}: gradient {params.grad.tolist()}")
    print(f"{'':18} step     [{step[0]:.6f}, {step[1]:.6f}]", end=", ")
    print(f"in units of lr: [{step[0] / lr:.4g}, {step[1] / lr:.4g}]")
