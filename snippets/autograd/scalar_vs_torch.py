import torch
from scalar_autograd import Value
from thermometer import loss_fn, model, t_c, t_u

readings = list(zip(t_u.tolist(), t_c.tolist()))
gaps = []
for start in [(1.0, 0.0), (0.5, -17.0), (-3.0, 40.0)]:
    w, b = Value(start[0]), Value(start[1])
    loss = sum((model(u, w, b) - c) ** 2 for u, c in readings) / len(readings)
    loss.backward()

    params = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    loss_fn(model(t_u.double(), *params), t_c.double()).backward()
    gaps.append(max(abs(w.grad - params.grad[0]), abs(b.grad - params.grad[1])))
    print(f"w, b = {start!s:12}  d/dw {w.grad:13.6f}  d/db {b.grad:11.6f}")
print(f"largest difference from torch.autograd: {max(gaps):.1e}")
