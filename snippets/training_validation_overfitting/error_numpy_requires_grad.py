import torch
from thermometer import loss_fn, model, train_t_c, train_t_un

params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = torch.optim.SGD([params], lr=1e-2)
losses = []
for _ in range(3):
    loss = loss_fn(model(train_t_un, *params), train_t_c)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    losses.append(loss)  # the tensor, with its graph, not the number
try:
    curve = torch.stack(losses).numpy()  # to hand to matplotlib
except RuntimeError as error:
    print(f"RuntimeError: {error}")

print("the fix, .item() each epoch:", [round(x.item(), 4) for x in losses])
