import torch
from thermometer import t_u

n_samples = t_u.shape[0]
n_val = int(0.2 * n_samples)  # hold back a fifth of the readings

torch.manual_seed(0)  # the same shuffle on every run
shuffled_indices = torch.randperm(n_samples)
train_indices = shuffled_indices[:-n_val]
val_indices = shuffled_indices[-n_val:]
print("training readings:  ", train_indices)
print("validation readings:", val_indices)

torch.manual_seed(0)
again = torch.randperm(n_samples)
print("same shuffle again: ", torch.equal(again, shuffled_indices))
