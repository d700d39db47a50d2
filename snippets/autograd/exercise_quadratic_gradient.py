import torch
from thermometer import dloss_fn, loss_fn, t_c, t_un


def quadratic_model(t_u, w2, w1, b):
    return w2 * t_u**2 + w1 * t_u + b


params = torch.tensor([0.5, 1.0, 0.0], requires_grad=True)  # w2, w1, b
t_p = quadratic_model(t_un, *params)
loss_fn(t_p, t_c).backward()

# By hand: d loss/d t_p times d t_p/d parameter, which is t_u**2, t_u and 1.
dloss_dtp = dloss_fn(t_p.detach(), t_c)
by_hand = torch.stack([(dloss_dtp * t_un**2).sum(), (dloss_dtp * t_un).sum(),
                       dloss_dtp.sum()])  # fmt: skip
print("autograd:", params.grad)
print("by hand: ", by_hand)
relative = ((params.grad - by_hand).abs() / by_hand.abs()).max()
print(f"largest relative difference: {relative:.1e}")
