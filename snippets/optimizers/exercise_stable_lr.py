import torch
from thermometer import loss_hessian, t_c, t_un, training_loop_optimizer

edge = 2 / torch.linalg.eigvalsh(loss_hessian(t_un, t_c))[-1].item()
print(f"2/λmax on t_un: {edge:.5f}")
for lr in [0.95 * edge, 1.05 * edge]:
    params = torch.tensor([1.0, 0.0], requires_grad=True)
    optimizer = torch.optim.SGD([params], lr=lr)
    _, losses = training_loop_optimizer(300, optimizer, params, t_un, t_c)
    trend = "converging" if losses[-1] < losses[0] else "diverging"
    print(f"lr {lr:.5f}: loss after 300 epochs {losses[-1]:9.4g}, {trend}")
