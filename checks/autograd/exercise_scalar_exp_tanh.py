"""Follow `mul` and `power`: compute the output `Value` from `a.data`
(`math.exp`, `math.tanh`), and give it a `backward_step` that adds the local
derivative times `out.grad` to `a.grad`. d exp(a)/da = exp(a);
d tanh(a)/da = 1 - tanh(a)²."""

exp = tanh = ...  # define exp(a) and tanh(a) for Values

# ─── check ───
# Checks your exp and tanh: run it after your cell.
import math

assert exp is not ... and tanh is not ..., "Define exp(a) and tanh(a) for Values."
for start in [-1.5, 0.0, 0.7]:
    x = Value(start)
    y = tanh(exp(x) * 0.5)
    y.backward()
    slope = 0.5 * math.exp(start) * (1 - math.tanh(0.5 * math.exp(start)) ** 2)
    assert abs(y.data - math.tanh(0.5 * math.exp(start))) < 1e-9, (
        f"tanh(0.5 * exp({start})) should be {math.tanh(0.5 * math.exp(start))}"
    )
    assert abs(x.grad - slope) < 1e-9, (
        f"at x = {start} the gradient of tanh(0.5 exp(x)) is {slope:.6f},"
        f" your engine says {x.grad:.6f}"
    )
print("exp and tanh give the right values and gradients.")
