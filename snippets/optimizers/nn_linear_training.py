import torch
from thermometer import t_c, t_un, training_loop_nn

t_u_column, t_c_column = t_un.unsqueeze(1), t_c.unsqueeze(1)
torch.manual_seed(0)
linear_model = torch.nn.Linear(1, 1)
optimizer = torch.optim.SGD(linear_model.parameters(), lr=3e-2)  # under 2/λmax
losses = training_loop_nn(
    1500, optimizer, linear_model, torch.nn.MSELoss(), t_u_column, t_c_column
)
print(f"loss: {losses[0]:.4f} at epoch 1, {losses[-1]:.6f} at epoch {len(losses)}")
print(f"weight {linear_model.weight.item():.4f}, bias {linear_model.bias.item():.4f}")
