import torch
from thermometer import loss_fn, model, t_c, t_un, training_loop


def mean_error(t_p, t_c):  # the candidate: misses, signs and all, averaged
    return (t_p - t_c).mean()


b_flat = t_c.mean()  # w = 0: predict the average temperature for every reading
params, _ = training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, t_c)
lines = {
    "horizontal, at the mean": (0.0, b_flat),
    "the same, 100 lower": (0.0, b_flat - 100),
    "the trained line": params.tolist(),
}
print("line                      mean error   mean squared error")
for name, (w, b) in lines.items():
    t_p = model(t_un, w, b)
    print(f"{name:24} {mean_error(t_p, t_c):11.4f} {loss_fn(t_p, t_c):20.4f}")
