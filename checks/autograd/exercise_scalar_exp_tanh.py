"""Follow `mul` and `power`: compute the output `Value` from `a.data`
(`math.exp`, `math.tanh`), and give it a `backward_step` that adds the local
derivative times `out.grad` to `a.grad`. d exp(a)/da = exp(a);
d tanh(a)/da = 1 - tanh(a)²."""

exp = tanh = ...  # define exp(a) and tanh(a) for Values

# ─── check ───
# Checks your exp and tanh against math's: their values and gradients, alone,
# after another operation, and in a product that uses x twice. Run it after
# your cell.
import math

assert exp is not ... and tanh is not ..., "Define exp(a) and tanh(a) for Values."
ops = {"exp": (exp, math.exp, math.exp),  # the operation, its value, its slope
       "tanh": (tanh, math.tanh, lambda s: 1 - math.tanh(s) ** 2)}  # fmt: skip
for start in [-1.5, 0.0, 0.7]:
    for name, (op, value, slope) in ops.items():
        x = Value(start)
        y = op(x)
        assert isinstance(y, Value), f"{name} gives a {type(y).__name__}, not a Value."
        assert abs(y.data - value(start)) < 1e-9, (
            f"{name}(Value({start})).data is {y.data}, not {name}({start})."
        )
        (3 * y).backward()  # out.grad is 3 here, not 1
        assert x.grad != 0, (
            f"No gradient reaches x through {name}: give out parents=(a,), and"
            " set out.backward_step."
        )
        assert abs(x.grad - slope(start)) > 1e-9, (
            f"Through 3 * {name}(x), x.grad is d {name}(x)/dx, without the 3: multiply"
            " the local derivative by out.grad."
        )
        assert abs(x.grad - 3 * slope(start)) < 1e-9, (
            f"Through 3 * {name}(x) at x = {start}, x.grad is {x.grad:.6f}, not 3"
            f" times d {name}(x)/dx: look at the local derivative in the hint."
        )
        x = Value(start)
        op(2 * x).backward()  # its input a Value made from x, not x itself
        assert x.grad != 0, (
            f"Through {name}(2 * x), no gradient reaches x: backward() passes it on"
            f" only along parents, so give out parents=(a,)."
        )
        assert abs(x.grad - 2 * slope(2 * start)) < 1e-9, (
            f"Through {name}(2 * x) at x = {start}, x.grad is {x.grad:.6f}, not 2"
            f" times d {name}/da at a = 2x: is out.parents just (a,)?"
        )
    for first, second in [("exp", "tanh"), ("tanh", "exp")]:
        x = Value(start)
        (ops[first][0](x) * ops[second][0](x)).backward()
        product_rule = math.exp(start) * (math.tanh(start) + 1 - math.tanh(start) ** 2)
        assert abs(x.grad - product_rule) < 1e-9, (
            f"{first}(x) * {second}(x) uses x twice; at x = {start} x.grad is"
            f" {x.grad:.4f}, not what the product rule gives. Both uses send a"
            " gradient back: a backward_step adds to a.grad (+=), never replaces it."
        )
print("exp and tanh give the right values and gradients, alone and together.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    "import math\n"
    "exp = lambda a: math.exp(a.data)\n"
    "tanh = lambda a: math.tanh(a.data)": "gives a float",
    # no parents: backward() cannot order them in a longer chain
    "import math\n"
    "def exp(a):\n"
    "    out = Value(math.exp(a.data))\n"
    "    def backward_step(): a.grad += out.data * out.grad\n"
    "    out.backward_step = backward_step; return out\n"
    "def tanh(a):\n"
    "    out = Value(math.tanh(a.data))\n"
    "    def backward_step(): a.grad += (1 - out.data**2) * out.grad\n"
    "    out.backward_step = backward_step; return out": "parents=(a,)",
    # = instead of +=: right while x is used once, wrong in exp(x) * tanh(x)
    "import math\n"
    "def exp(a):\n"
    "    out = Value(math.exp(a.data), parents=(a,))\n"
    "    def backward_step(): a.grad = out.data * out.grad\n"
    "    out.backward_step = backward_step; return out\n"
    "def tanh(a):\n"
    "    out = Value(math.tanh(a.data), parents=(a,))\n"
    "    def backward_step(): a.grad += (1 - out.data**2) * out.grad\n"
    "    out.backward_step = backward_step; return out": "(+=)",
    # the local derivative alone, not times out.grad
    "import math\n"
    "def exp(a):\n"
    "    out = Value(math.exp(a.data), parents=(a,))\n"
    "    def backward_step(): a.grad += out.data\n"
    "    out.backward_step = backward_step; return out\n"
    "def tanh(a):\n"
    "    out = Value(math.tanh(a.data), parents=(a,))\n"
    "    def backward_step(): a.grad += 1 - out.data**2\n"
    "    out.backward_step = backward_step; return out": "multiply",
    # tanh's derivative from its input, not its output
    "import math\n"
    "def exp(a):\n"
    "    out = Value(math.exp(a.data), parents=(a,))\n"
    "    def backward_step(): a.grad += out.data * out.grad\n"
    "    out.backward_step = backward_step; return out\n"
    "def tanh(a):\n"
    "    out = Value(math.tanh(a.data), parents=(a,))\n"
    "    def backward_step(): a.grad += (1 - a.data**2) * out.grad\n"
    "    out.backward_step = backward_step; return out": ("local derivative in"),
}
RIGHT = [
    # one function makes both, each derivative from the input
    "import math\n"
    "def unary(f, df):\n"
    "    def op(a):\n"
    "        out = Value(f(a.data), parents=(a,))\n"
    "        def backward_step(): a.grad += df(a.data) * out.grad\n"
    "        out.backward_step = backward_step; return out\n"
    "    return op\n"
    "exp = unary(math.exp, math.exp)\n"
    "tanh = unary(math.tanh, lambda a: 1 / math.cosh(a) ** 2)",
    # tanh built from exp and the engine's operations
    "import math\n"
    "def exp(a):\n"
    "    out = Value(math.exp(a.data), parents=(a,))\n"
    "    def backward_step(): a.grad += out.data * out.grad\n"
    "    out.backward_step = backward_step; return out\n"
    "def tanh(a):\n"
    "    e = exp(2 * a)\n"
    "    return (e - 1) / (e + 1)",
]
