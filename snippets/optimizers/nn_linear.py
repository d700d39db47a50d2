import torch
from thermometer import t_un

t_u_column = t_un.unsqueeze(1)  # nn layers take a batch of rows: [N, features]
print("t_un:", tuple(t_un.shape), "  t_u_column:", tuple(t_u_column.shape))

torch.manual_seed(0)  # nn.Linear starts from random parameters
linear_model = torch.nn.Linear(1, 1)  # one input feature, one output
for name, param in linear_model.named_parameters():
    print(f"{name}: shape {tuple(param.shape)}, value {param.data}")
print("output shape:", tuple(linear_model(t_u_column).shape))
