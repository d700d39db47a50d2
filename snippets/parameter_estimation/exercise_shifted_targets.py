import torch
from thermometer import t_c, t_un, training_loop

start = torch.tensor([1.0, 0.0])
# The prediction, from the line this chapter trained: the same slope, 10 higher.
params, _ = training_loop(5000, 1e-2, start, t_un, t_c)
w, b = params.tolist()
predicted_w, predicted_b = w, b + 10
print(f"predicted:              w = {predicted_w:.4f}, b = {predicted_b:.4f}")

# The run: the same training, on targets 10 degrees higher.
shifted, _ = training_loop(5000, 1e-2, start, t_un, t_c + 10)
w, b = shifted.tolist()
print(f"trained on t_c + 10:    w = {w:.4f}, b = {b:.4f}")


# The bottom both were heading for: least squares (exercise 3).
def best(target):
    A = torch.stack([t_un, torch.ones_like(t_un)], dim=1).double()
    return torch.linalg.lstsq(A, target.double().unsqueeze(1)).solution.squeeze(1)


w_best, b_best = best(t_c + 10).tolist()
print(f"best line for t_c + 10: w = {w_best:.4f}, b = {b_best:.4f}")

# How far each run is from its own bottom, at the start and after 5000 epochs.
for name, end, target in [("t_c", params, t_c), ("t_c + 10", shifted, t_c + 10)]:
    far, left = ((p.double() - best(target)).norm().item() for p in (start, end))
    print(f"on {name:8}  {far:5.2f} from its bottom at the start, "
          f"{left:.4f} at the end ({left / far:.1e} of it)")  # fmt: skip
