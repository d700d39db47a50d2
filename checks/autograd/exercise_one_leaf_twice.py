"""Write both predictions before you run anything, from the gradient at
`w = 1`, `b = 0` that `loss.backward()` gave at the top of the page. In
`model(t_u, w, w - 1)` the one leaf `w` is used twice: what does autograd do
with a gradient that comes back along two ways? And what comes back through
`w.detach()`? The check then runs both."""

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
print(f"The runs: w.grad = {runs[0]:.4f}, and {runs[1]:.4f} with detach().")
assert abs(predicted_used_twice - runs[0]) < 1e-3 * abs(runs[0]), (
    f"Used twice, w.grad is {runs[0]:.4f}, not {predicted_used_twice}: what"
    " comes back along each use of w, and what happens to the two?"
)
assert abs(predicted_detached - runs[1]) < 1e-3 * abs(runs[1]), (
    f"With detach(), w.grad is {runs[1]:.4f}, not {predicted_detached}: which"
    " of the two uses does autograd still see?"
)
print("Both predictions match the runs.")
