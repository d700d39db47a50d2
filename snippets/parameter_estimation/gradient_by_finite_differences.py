import torch
from thermometer import loss_fn, model, t_c, t_u


def loss_at(w, b):
    return loss_fn(model(t_u, w, b), t_c)


w = torch.ones(())
b = torch.zeros(())
delta = 0.1

# Nudge each parameter a little both ways and see how much the loss changes.
dloss_dw = (loss_at(w + delta, b) - loss_at(w - delta, b)) / (2 * delta)
dloss_db = (loss_at(w, b + delta) - loss_at(w, b - delta)) / (2 * delta)
print(f"d loss / d w ≈ {dloss_dw.item():9.4f}")
print(f"d loss / d b ≈ {dloss_db.item():9.4f}")
