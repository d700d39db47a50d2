"""`squared_errors.backward(weights)` needs one weight per squared error. It
plays the part that the 1 at the top plays in `loss.backward()`: what arrives
at each squared error from above. What does the mean in `loss_fn` hand each
of the eleven? Set `weights` to those eleven numbers, as a tensor."""

weights = ...  # eleven weights for squared_errors.backward(weights)

# ─── check ───
# Checks your weights against the gradient by hand: run it after your cell.
assert weights is not ..., "Set weights to the eleven weights for backward."
given = torch.as_tensor(weights, dtype=torch.float32)
assert given.shape == t_u.shape, (
    f"weights has shape {list(given.shape)}: one weight per squared error,"
    f" {list(t_u.shape)}"
)
start = torch.tensor([1.0, 0.0], requires_grad=True)
((model(t_u, *start) - t_c) ** 2).backward(given)
expected = grad_by_hand(t_u, t_c, model(t_u, 1.0, 0.0), 1.0, 0.0)
ratios = start.grad / expected
assert torch.allclose(start.grad, expected, rtol=1e-4), (
    f"With these weights backward gives {ratios[0]:.3g} times the gradient of the"
    f" loss in w, {ratios[1]:.3g} times in b: what share of the mean does each"
    " squared error get? (The 2 of d(x²)/dx is the squared error's own.)"
)
print("backward(weights) gives the gradient of the mean:", start.grad)

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    "weights = torch.full((11,), 1 / 10)  # 1 / (N - 1)": "1.1 times",
    "weights = torch.ones(11, 1) / 11  # a column": "weights has shape [11, 1]",
    "weights = torch.ones(11)": "11 times the gradient",
    # dloss_fn's 2 / N: the 2 comes from the square, which backward goes through
    "weights = torch.full((11,), 2 / 11)": "2 times the gradient",
    "weights = torch.tensor(1 / 11)": "weights has shape []",
}
RIGHT = [
    "weights = [1 / 11] * 11",
    "weights = torch.ones_like(t_u) / len(t_u)",
    "import numpy as np\nweights = np.full(11, 1 / 11)",
]
