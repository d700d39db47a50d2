import warnings

import torch
from thermometer import t_c, t_un, training_loop_nn

torch.manual_seed(0)
linear_model = torch.nn.Linear(1, 1)
optimizer = torch.optim.SGD(linear_model.parameters(), lr=3e-2)
loss_fn, t_u_column = torch.nn.MSELoss(), t_un.unsqueeze(1)  # predictions: [11, 1]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    losses = training_loop_nn(1500, optimizer, linear_model, loss_fn, t_u_column, t_c)
print(f"{caught[0].category.__name__}: {caught[0].message}")

w, b = linear_model.weight.item(), linear_model.bias.item()
print(f"learned w = {w:.4f}, b = {b:.4f}  (the mean of t_c is {t_c.mean():.4f})")
right = loss_fn(linear_model(t_u_column), t_c.unsqueeze(1))  # fix: the same shape
print(f"the loss it minimised {losses[-1]:.4f}; its loss measured right {right:.4f}")
A = torch.stack([t_un, torch.ones_like(t_un)], 1)  # the best line, by least squares
best = loss_fn(A @ torch.linalg.lstsq(A, t_c[:, None]).solution, t_c.unsqueeze(1))
print(f"the best line's loss {best:.4f}")
