import torch
from thermometer import loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
for call in (1, 2):
    loss = loss_fn(model(t_u, *params), t_c)  # a fresh forward pass each time
    loss.backward()
    print(f"after backward call {call}: params.grad = {params.grad}")

params.grad.zero_()  # in place: the tensor stays, its values become 0
print("after zero_():", params.grad)
