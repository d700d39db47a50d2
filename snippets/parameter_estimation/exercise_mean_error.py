import torch
from thermometer import grad_by_hand, loss_fn, model, t_c, t_un, training_loop


def mean_error(t_p, t_c):  # the candidate: misses, signs and all, averaged
    return (t_p - t_c).mean()


def scores(w, b):  # the candidate, the squared error's slope in b, and its value
    t_p = model(x, w, b)
    _, dloss_db = grad_by_hand(x, y, t_p, w, b)
    return mean_error(t_p, y), dloss_db, loss_fn(t_p, y)


x, y = t_un.double(), t_c.double()  # in double precision, zero shows as zero
b_flat = y.mean()  # w = 0: predict the average temperature for every reading
params, _ = training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, t_c)
lines = {  # (w, b)
    "horizontal, at the mean": (0.0, b_flat),
    "the same, 100 lower": (0.0, b_flat - 100),
    "the trained line": params.tolist(),
}
print("line                     mean error      dL/db   mean squared error")
for name, (w, b) in lines.items():
    mean, slope, loss = scores(w, b)
    print(f"{name:23} {mean:11.4f} {slope:11.4f} {loss:20.4f}")

# The best line, solved for directly (exercise 3): its numbers unrounded.
A = torch.stack([x, torch.ones_like(x)], dim=1)
w_best, b_best = torch.linalg.lstsq(A, y.unsqueeze(1)).solution.squeeze(1).tolist()
best_mean, best_slope, best_loss = scores(w_best, b_best)
print(f"the best line: mean error {best_mean:.1e}, dL/db {best_slope:.1e}, "
      f"mean squared error {best_loss:.4f}")  # fmt: skip
