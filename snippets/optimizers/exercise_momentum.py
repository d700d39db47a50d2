import torch
from thermometer import epochs_to_reach, t_c, t_un

for momentum in [0.0, 0.9]:
    params = torch.tensor([1.0, 0.0], requires_grad=True)
    optimizer = torch.optim.SGD([params], lr=1e-2, momentum=momentum)
    epochs = epochs_to_reach(2.93, optimizer, params, t_un, t_c)
    print(f"SGD lr 1e-2, momentum {momentum}: loss < 2.93 after {epochs} epochs")
