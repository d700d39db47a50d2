import torch
from thermometer import t_u

val_indices = torch.linspace(0, 10, 3)  # every fifth reading... as floats
print("indices:", val_indices)
try:
    print(t_u[val_indices])
except IndexError as error:
    print(f"IndexError: {error}")

print("with .long():", t_u[val_indices.long()])
