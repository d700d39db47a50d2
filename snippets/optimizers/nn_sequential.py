import torch
from thermometer import t_c, t_un, training_loop_nn

torch.manual_seed(0)
seq_model = torch.nn.Sequential(
    torch.nn.Linear(1, 8),  # eight hidden units, each a line through the input
    torch.nn.Tanh(),  # each bent by tanh
    torch.nn.Linear(8, 1),  # and added up, weighted, into one output
)
print(seq_model)
print("parameters:", sum(param.numel() for param in seq_model.parameters()))

optimizer = torch.optim.Adam(seq_model.parameters(), lr=3e-2)
loss_fn, inputs, targets = torch.nn.MSELoss(), t_un.unsqueeze(1), t_c.unsqueeze(1)
losses = training_loop_nn(500, optimizer, seq_model, loss_fn, inputs, targets)
print(f"loss: {losses[0]:.4f} at epoch 1, {losses[-1]:.4f} at epoch {len(losses)}")
