import textwrap

import torch

optimizers = sorted(
    name
    for name, obj in vars(torch.optim).items()
    if isinstance(obj, type)
    and issubclass(obj, torch.optim.Optimizer)
    and obj is not torch.optim.Optimizer
)
print(f"torch {torch.__version__}: {len(optimizers)} optimizers in torch.optim")
print(textwrap.fill(", ".join(optimizers), width=60))
