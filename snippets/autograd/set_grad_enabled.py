import torch
from thermometer import loss_fn, model, t_c, t_un

params = torch.tensor([1.0, 0.0], requires_grad=True)


def compute_loss(t_u, t_c, is_train):
    with torch.set_grad_enabled(is_train):  # record the graph only to train
        return loss_fn(model(t_u, *params), t_c)


for is_train in (True, False):
    loss = compute_loss(t_un, t_c, is_train)
    print(f"is_train={is_train!s:5}  loss.requires_grad={loss.requires_grad}")
