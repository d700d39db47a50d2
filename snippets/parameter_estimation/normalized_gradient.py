import torch
from thermometer import grad_fn, model, t_c, t_u, t_un

w = torch.ones(())
b = torch.zeros(())
for name, inputs in [("t_u ", t_u), ("t_un", t_un)]:
    grad = grad_fn(inputs, t_c, model(inputs, w, b), w, b)
    print(f"gradient on {name}: {grad}   d/dw is {grad[0] / grad[1]:5.1f} times d/db")
