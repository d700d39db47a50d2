import torch
from thermometer import loss_fn, model, t_c, t_u

# The same starting point as before, w = 1 and b = 0, now asking PyTorch to
# keep track of everything computed from it.
params = torch.tensor([1.0, 0.0], requires_grad=True)
print("before backward, params.grad is", params.grad)

loss = loss_fn(model(t_u, *params), t_c)
loss.backward()
print("after backward,  params.grad is", params.grad)
