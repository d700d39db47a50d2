import torch
from scalar_autograd import Value
from thermometer import model, t_c, t_un, training_loop_autograd

n_epochs, lr = 500, 1e-2  # a tenth of the torch run: plain Python is slow
readings = list(zip(t_un.tolist(), t_c.tolist()))
w, b = Value(1.0), Value(0.0)
for _ in range(n_epochs):
    w.grad = b.grad = 0.0  # gradients accumulate here too
    loss = sum((model(u, w, b) - c) ** 2 for u, c in readings) / len(readings)
    loss.backward()
    w.data -= lr * w.grad
    b.data -= lr * b.grad
print(f"from scratch: loss {loss.data:.6f}  w {w.data:.6f}  b {b.data:.6f}")

params = torch.tensor([1.0, 0.0], dtype=torch.float64, requires_grad=True)
t_un64, t_c64 = t_un.double(), t_c.double()
params, losses = training_loop_autograd(n_epochs, lr, params, t_un64, t_c64)
w, b = params.tolist()
print(f"PyTorch:      loss {losses[-1]:.6f}  w {w:.6f}  b {b:.6f}")
