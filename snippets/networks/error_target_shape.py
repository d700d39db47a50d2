import warnings

import torch
from thermometer import loss_fn, train_t_c

t_p = train_t_c.unsqueeze(1)  # a perfect model's predictions, shape [9, 1]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # show the warning here, every time
    wrong = torch.nn.MSELoss()(t_p, train_t_c)  # the targets, shape [9]
print(f"{caught[0].category.__name__}: {caught[0].message}")
print("compared:", tuple((t_p - train_t_c).shape), " loss of a perfect model:", wrong)
print("our loss_fn, without a warning:", loss_fn(t_p, train_t_c))
print("the shapes matched:", torch.nn.MSELoss()(t_p, train_t_c.unsqueeze(1)))
