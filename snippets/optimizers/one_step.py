import torch
from thermometer import loss_fn, model, t_c, t_un

params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([params], lr=1e-2)
held = optimizer.param_groups[0]["params"]  # what step() will update
print("the optimizer holds our very tensor:", held[0] is params)
print("params before:", params)

loss = loss_fn(model(t_un, *params), t_c)
optimizer.zero_grad()  # clear any gradient left from before
loss.backward()  # fill params.grad
optimizer.step()  # update params in place, using params.grad
print("params.grad:  ", params.grad)
print("params after: ", params)
