import torch
from thermometer import loss_fn, model, train_t_c, train_t_un, val_t_c, val_t_un

params = torch.tensor([1.0, 0.0], requires_grad=True)

with torch.no_grad():  # as the loop measures it: no graph
    val_loss = loss_fn(model(val_t_un, *params), val_t_c)
print("under no_grad:   grad_fn", val_loss.grad_fn,
      "  requires_grad", val_loss.requires_grad)  # fmt: skip

train_loss = loss_fn(model(train_t_un, *params), train_t_c)
train_loss.backward()  # the gradient the step should use
from_training = params.grad.clone()
print("after train_loss.backward():", params.grad)

recorded = loss_fn(model(val_t_un, *params), val_t_c)  # no no_grad this time
print("without no_grad: grad_fn", type(recorded.grad_fn).__name__,
      "  requires_grad", recorded.requires_grad)  # fmt: skip
recorded.backward()  # the mistake: now it can be differentiated, and is
print("after recorded.backward():  ", params.grad)
print("leaked in from validation:  ", params.grad - from_training)
