import torch
from thermometer import loss_fn, model, train_t_c, train_t_un, val_t_c, val_t_un

params = torch.tensor([1.0, 0.0], requires_grad=True)


def loss_on(t_u, t_c, is_train):
    with torch.set_grad_enabled(is_train):  # record a graph only for training
        return loss_fn(model(t_u, *params), t_c)


train_loss = loss_on(train_t_un, train_t_c, is_train=True)
val_loss = loss_on(val_t_un, val_t_c, is_train=False)
print("training loss:  ", train_loss)
print("validation loss:", val_loss)
print("requires_grad:", train_loss.requires_grad, "and", val_loss.requires_grad)
