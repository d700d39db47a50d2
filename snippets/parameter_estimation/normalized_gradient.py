import torch
from thermometer import grad_by_hand, model, t_c, t_u, t_un

w = torch.ones(())
b = torch.zeros(())
print(f"mean target t_c: {t_c.mean():.1f}")
for name, inputs in [("t_u ", t_u), ("t_un", t_un)]:
    t_p = model(inputs, w, b)
    grad = grad_by_hand(inputs, t_c, t_p, w, b)
    print(f"{name}: mean prediction {t_p.mean():4.1f}, gradient {grad}")
