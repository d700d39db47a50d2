import torch
from thermometer import t_c, t_un, training_loop

# The prediction, from the line this chapter trained: the same slope, 10 higher.
params, _ = training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, t_c)
w, b = params.tolist()
predicted_w, predicted_b = w, b + 10
print(f"predicted:              w = {predicted_w:.4f}, b = {predicted_b:.4f}")

# The run: the same training, on targets 10 degrees higher.
params, _ = training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, t_c + 10)
w, b = params.tolist()
print(f"trained on t_c + 10:    w = {w:.4f}, b = {b:.4f}")

# The bottom both were heading for: least squares on t_c + 10 (exercise 3).
A = torch.stack([t_un, torch.ones_like(t_un)], dim=1).double()
target = (t_c + 10).double().unsqueeze(1)
w_best, b_best = torch.linalg.lstsq(A, target).solution.squeeze(1).tolist()
print(f"best line for t_c + 10: w = {w_best:.4f}, b = {b_best:.4f}")
