"""Reverse-mode automatic differentiation for single numbers, from scratch.

A `Value` holds a number and remembers the Values it was computed from and how
to pass a gradient back to them. `backward()` visits the whole history in
reverse order, applying the chain rule one operation at a time: what
`loss.backward()` does in PyTorch, one scalar at a time instead of one tensor.

The Autograd chapter shows each part (the `--8<-- [start:NAME]` markers) where
it explains it.
"""


# --8<-- [start:value]
class Value:
    """A number that remembers how it was computed."""

    def __init__(self, data, parents=()):
        self.data = float(data)
        self.grad = 0.0  # d(output) / d(this value), filled in by backward()
        self.parents = parents  # the Values this one was computed from
        self.backward_step = lambda: None  # passes self.grad on to the parents

    def __repr__(self):
        return f"Value(data={self.data:.4f}, grad={self.grad:.4f})"


def as_value(x):
    """Wrap a plain number, so that `w * 3.0` and `3.0 * w` both work."""
    return x if isinstance(x, Value) else Value(x)


# --8<-- [end:value]


# --8<-- [start:operations]
def add(a, b):
    a, b = as_value(a), as_value(b)
    out = Value(a.data + b.data, parents=(a, b))

    def backward_step():  # d(a + b)/da = 1 and d(a + b)/db = 1
        a.grad += out.grad
        b.grad += out.grad

    out.backward_step = backward_step
    return out


def mul(a, b):
    a, b = as_value(a), as_value(b)
    out = Value(a.data * b.data, parents=(a, b))

    def backward_step():  # d(a * b)/da = b and d(a * b)/db = a
        a.grad += b.data * out.grad
        b.grad += a.data * out.grad

    out.backward_step = backward_step
    return out


def power(a, n):
    """a ** n, for a plain number n."""
    a = as_value(a)
    out = Value(a.data**n, parents=(a,))

    def backward_step():  # d(a ** n)/da = n * a ** (n - 1)
        a.grad += n * a.data ** (n - 1) * out.grad

    out.backward_step = backward_step
    return out


# --8<-- [end:operations]


# --8<-- [start:composites]
# Built from the operations above, so they need no backward_step of their own.
def neg(a):
    return mul(a, -1.0)


def sub(a, b):
    return add(a, neg(b))


def div(a, b):
    return mul(a, power(b, -1))


# --8<-- [end:composites]


# --8<-- [start:backward]
def backward(output):
    """Put d(output)/d(v) in v.grad, for every Value v output came from."""
    order, seen = [], set()

    def visit(v):  # depth first: a Value goes in after everything it came from
        if v not in seen:
            seen.add(v)
            for parent in v.parents:
                visit(parent)
            order.append(v)

    visit(output)
    output.grad = 1.0  # d(output)/d(output)
    for v in reversed(order):  # from the output back towards the inputs
        v.backward_step()


# --8<-- [end:backward]


# --8<-- [start:operators]
# Python's operators, so that code written for tensors, such as model(), runs
# on Values unchanged. `3.0 * w` calls w.__rmul__(3.0), the reflected `*`.
Value.__add__ = Value.__radd__ = add
Value.__mul__ = Value.__rmul__ = mul
Value.__pow__ = power
Value.__neg__ = neg
Value.__sub__ = sub
Value.__rsub__ = lambda a, b: sub(b, a)
Value.__truediv__ = div
Value.__rtruediv__ = lambda a, b: div(b, a)
Value.backward = backward
# --8<-- [end:operators]
