import torch


def split(n_samples=11, n_val=2):
    shuffled = torch.randperm(n_samples)  # draws from the global random state
    return shuffled[:-n_val], shuffled[-n_val:]


for hidden in [1, 8]:  # the same program twice, with another model each time
    torch.manual_seed(0)  # seeded once, at the top
    net = torch.nn.Linear(1, hidden)  # random weights use up random numbers
    print(f"after nn.Linear(1, {hidden}): validation readings", split()[1])

generator = torch.Generator().manual_seed(0)  # the fix: the split's own
print("with its own generator:", torch.randperm(11, generator=generator)[-2:])
