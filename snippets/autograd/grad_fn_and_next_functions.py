import torch
from thermometer import loss_fn, model, t_c, t_u

w = torch.tensor(1.0, requires_grad=True)  # two leaves this time, so that each
b = torch.tensor(0.0, requires_grad=True)  # parameter shows up on its own
loss = loss_fn(model(t_u, w, b), t_c)

node = loss.grad_fn
print("loss.grad_fn:", type(node).__name__)
for following, index in node.next_functions:
    print("next_functions entry:", type(following).__name__, index)

# The digit tells variants apart: a tensor exponent is a different operation.
print("w ** 2:", type((w**2).grad_fn).__name__)
print("w ** tensor(2.0):", type((w ** torch.tensor(2.0)).grad_fn).__name__)
