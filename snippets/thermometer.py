"""The thermometer problem: its readings, the linear model, the loss, the
hand-derived gradient and the training loop that the chapters build on.

Each chapter shows a part where it explains it (the `--8<-- [start:NAME]`
markers delimit those parts) and imports it from here afterwards.
"""

# --8<-- [start:data]
import torch

# Eleven readings taken at the same moments: a thermometer we trust, in
# degrees Celsius, and a new one whose unit nobody wrote down.
t_c = torch.tensor([0.5, 14.0, 15.0, 28.0, 11.0, 8.0,
                    3.0, -4.0, 6.0, 13.0, 21.0])  # fmt: skip
t_u = torch.tensor([35.7, 55.9, 58.2, 81.9, 56.3, 48.9,
                    33.9, 21.8, 48.4, 60.4, 68.4])  # fmt: skip
# --8<-- [end:data]

# --8<-- [start:normalized]
t_un = 0.1 * t_u  # the same readings, a tenth the size
# --8<-- [end:normalized]


# --8<-- [start:model]
def model(t_u, w, b):
    """Predict degrees Celsius from the unknown unit."""
    return w * t_u + b


# --8<-- [end:model]


# --8<-- [start:loss]
def loss_fn(t_p, t_c):
    """Mean squared error between predictions t_p and targets t_c."""
    squared_diffs = (t_p - t_c) ** 2
    return squared_diffs.mean()


# --8<-- [end:loss]


# --8<-- [start:gradient]
def dloss_fn(t_p, t_c):
    """d loss / d t_p: the derivative of the mean of squares."""
    return 2 * (t_p - t_c) / t_p.size(0)


def dmodel_dw(t_u, w, b):
    return t_u


def dmodel_db(t_u, w, b):
    return 1.0


def grad_fn(t_u, t_c, t_p, w, b):
    """Chain rule: sum over readings of d loss/d t_p times d t_p/d parameter."""
    dloss_dtp = dloss_fn(t_p, t_c)
    dloss_dw = dloss_dtp * dmodel_dw(t_u, w, b)
    dloss_db = dloss_dtp * dmodel_db(t_u, w, b)
    return torch.stack([dloss_dw.sum(), dloss_db.sum()])


# --8<-- [end:gradient]


# --8<-- [start:training_loop]
def training_loop(n_epochs, lr, params, t_u, t_c):
    """Plain gradient descent. Returns the final parameters and the loss of
    every epoch (measured before that epoch's update)."""
    losses = []
    for _ in range(n_epochs):
        w, b = params
        t_p = model(t_u, w, b)  # forward
        loss = loss_fn(t_p, t_c)
        grad = grad_fn(t_u, t_c, t_p, w, b)  # backward, by hand
        params = params - lr * grad  # update
        losses.append(loss.item())
    return params, losses


# --8<-- [end:training_loop]
