import math

import torch
from scalar_autograd import Value


def exp(a):
    out = Value(math.exp(a.data), parents=(a,))

    def backward_step():  # d exp(a)/da = exp(a)
        a.grad += out.data * out.grad

    out.backward_step = backward_step
    return out


def tanh(a):
    out = Value(math.tanh(a.data), parents=(a,))

    def backward_step():  # d tanh(a)/da = 1 - tanh(a)**2
        a.grad += (1 - out.data**2) * out.grad

    out.backward_step = backward_step
    return out


gaps = []
for start in [-2.0, -0.5, 0.0, 0.5, 2.0]:
    x = Value(start)
    tanh(0.5 * exp(x) - 1).backward()  # the new operations among the old ones
    x_torch = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    torch.tanh(0.5 * torch.exp(x_torch) - 1).backward()
    gaps.append(abs(x.grad - x_torch.grad.item()))
    print(f"x = {start:4}: scratch {x.grad:.12f}, torch {x_torch.grad:.12f}")
print(f"largest difference: {max(gaps):.1e}")
