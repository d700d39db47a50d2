"""Write both predictions before you run anything, from the gradient at
`w = 1`, `b = 0` that `loss.backward()` gave at the start of this notebook. In
`model(t_u, w, w - 1)` the one leaf `w` is used twice: what does autograd do
with a gradient that comes back along two ways? And what comes back through
`w.detach()`? The check then runs both, and shows the runs when your
predictions match them."""

predicted_used_twice = ...  # w.grad, predicted, for model(t_u, w, w - 1)
predicted_detached = ...  # and for model(t_u, w, w.detach() - 1)

# ─── check ───
# Runs both and compares them with your predictions.
assert predicted_used_twice is not ... and predicted_detached is not ..., (
    "Write down predicted_used_twice and predicted_detached first."
)
runs = []
for detach in (False, True):
    leaf = torch.tensor(1.0, requires_grad=True)
    intercept = (leaf.detach() if detach else leaf) - 1
    loss_fn(model(t_u, leaf, intercept), t_c).backward()
    runs.append(leaf.grad.item())
assert abs(float(predicted_used_twice) - runs[0]) < 1e-3 * abs(runs[0]), (
    f"Used twice, w.grad is not {float(predicted_used_twice):.4f}: what comes back"
    " along each use of w, as the slope and as the intercept, and what happens to"
    " the two?"
)
assert abs(float(predicted_detached) - runs[1]) < 1e-3 * abs(runs[1]), (
    f"With detach(), w.grad is not {float(predicted_detached):.4f}: which of the"
    " two uses does autograd still see?"
)
print(
    f"Both right: the runs give w.grad = {runs[0]:.4f}, and {runs[1]:.4f} with"
    " detach()."
)

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept. The
# gradient at w = 1, b = 0 is [4517.2969, 82.6000].
WRONG = {
    # w - 1: subtracted
    "predicted_used_twice, predicted_detached = 4517.2969 - 82.6, 4517.2969": (
        "what happens"
    ),
    # detach() thought to cut the slope
    "predicted_used_twice, predicted_detached = 4517.2969 + 82.6, 82.6": "still see",
    # only the use as the slope
    "predicted_used_twice = predicted_detached = 4517.2969": "as the slope and",
    # detach() thought to change nothing
    "predicted_used_twice = predicted_detached = 4517.2969 + 82.6": "still see",
    # the second use thought to replace the first
    "predicted_used_twice, predicted_detached = 82.6, 4517.2969": "what happens",
}
RIGHT = [
    # from the printed gradient, rounded
    "predicted_used_twice, predicted_detached = 4600, 4517",
    # as tensors, from a rerun of the start of this notebook
    "p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "loss_fn(model(t_u, *p), t_c).backward()\n"
    "predicted_used_twice, predicted_detached = p.grad.sum(), p.grad[0]",
    "g = grad_by_hand(t_u, t_c, model(t_u, 1.0, 0.0), 1.0, 0.0)\n"
    "predicted_used_twice, predicted_detached = g.sum(), g[0]",
]
