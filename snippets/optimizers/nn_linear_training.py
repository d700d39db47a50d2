import torch
from thermometer import t_c, t_un, training_loop_nn

t_u_column, t_c_column = t_un.unsqueeze(1), t_c.unsqueeze(1)
for lr in ["1e-2", "3e-2"]:  # 3e-2: just under 2/λmax
    torch.manual_seed(0)
    linear_model = torch.nn.Linear(1, 1)
    optimizer = torch.optim.SGD(linear_model.parameters(), lr=float(lr))
    losses = []  # 100 epochs at a time: at least 1500, and until below 2.93
    while len(losses) < 1500 or min(losses) >= 2.93:
        losses += training_loop_nn(
            100, optimizer, linear_model, torch.nn.MSELoss(), t_u_column, t_c_column
        )
    below = next(epoch for epoch, loss in enumerate(losses, 1) if loss < 2.93)
    print(f"lr {lr}: loss {losses[0]:.4f} at epoch 1,", end=" ")
    print(f"below 2.93 from epoch {below}, {losses[-1]:.6f} at epoch {len(losses)}")
print(f"weight {linear_model.weight.item():.4f}, bias {linear_model.bias.item():.4f}")
