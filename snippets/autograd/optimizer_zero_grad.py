import torch
from thermometer import loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([params], lr=1e-2)

loss_fn(model(t_u, *params), t_c).backward()
print("after backward:             ", params.grad)
optimizer.zero_grad()  # what the loop of the Optimizers chapter calls
print("after optimizer.zero_grad():", params.grad)
