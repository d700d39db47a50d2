import torch
from thermometer import t_c, t_u, t_un, training_loop

t_us = (t_u - t_u.mean()) / t_u.std()  # standardised: mean 0, standard deviation 1


def epochs_to_reach(target, inputs, lr):
    _, losses = training_loop(3000, lr, torch.tensor([1.0, 0.0]), inputs, t_c)
    return next(
        (epoch for epoch, loss in enumerate(losses, start=1) if loss < target), None
    )


target = 2.93  # within 0.1% of the best possible loss
print("t_un, lr 1e-2: epochs to loss < 2.93:", epochs_to_reach(target, t_un, 1e-2))
print("t_us, lr 1e-2: epochs to loss < 2.93:", epochs_to_reach(target, t_us, 1e-2))
print("t_us, lr 1e-1: epochs to loss < 2.93:", epochs_to_reach(target, t_us, 1e-1))
