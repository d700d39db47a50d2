import torch
from thermometer import grad_by_hand, model, t_c, t_u, t_un

w = torch.ones(())
b = torch.zeros(())
for name, inputs in [("t_u ", t_u), ("t_un", t_un)]:
    grad = grad_by_hand(inputs, t_c, model(inputs, w, b), w, b)
    ratio = grad[0] / grad[1]
    print(
        f"{name}: mean {inputs.mean():4.1f}, gradient {grad}, d/dw : d/db = {ratio:.1f}"
    )
