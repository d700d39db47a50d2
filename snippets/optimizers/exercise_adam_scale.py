import torch
from thermometer import epochs_to_reach, t_c, t_u, t_un

for name, inputs in [("t_u ", t_u), ("t_un", t_un)]:
    params = torch.tensor([1.0, 0.0], requires_grad=True)
    optimizer = torch.optim.Adam([params], lr=1e-1)
    epochs = epochs_to_reach(2.93, optimizer, params, inputs, t_c)
    print(f"Adam lr 1e-1 on {name}: loss < 2.93 after {epochs} epochs")
