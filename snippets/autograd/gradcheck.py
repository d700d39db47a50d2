import torch
from thermometer import loss_fn, model, t_c, t_u


def loss_of(params):  # the loss as a function of the parameters alone
    return loss_fn(model(t_u.double(), *params), t_c.double())


params = torch.tensor([1.0, 0.0], dtype=torch.float64, requires_grad=True)
passed = torch.autograd.gradcheck(loss_of, (params,))
print("gradcheck at w = 1, b = 0:", passed)
