"""Plain gradient descent on a quadratic loss is stable while `lr` times the
largest curvature stays below 2. `loss_hessian(t_un, t_c)` gives the 2x2
table of curvatures, `torch.linalg.eigvalsh` its eigenvalues (smallest first).
Put the largest stable learning rate in `edge`, then train just below and just
above it with `training_loop_optimizer`."""

edge = ...  # the largest stable learning rate for SGD on t_un

# ─── check ───
# Checks your edge against 2 / λmax, with the Hessian written out from the
# chapter's formulas. Run it after your cell.
assert edge is not ..., "Set edge to the largest stable learning rate on t_un."
readings = t_un.double()
curvatures = 2 * torch.tensor(
    [[(readings**2).mean(), readings.mean()], [readings.mean(), 1.0]],
    dtype=torch.float64,
)
at_edge = float(edge) * torch.linalg.eigvalsh(curvatures).max().item() / 2  # 1: right
assert at_edge < 1.01, (
    f"edge = {float(edge):.5f} is too large: at that rate the steepest direction"
    " overshoots more at every step. Is it 2 over the largest eigenvalue of the"
    " Hessian? A diagonal entry such as H[0, 0] is smaller than it."
)
assert at_edge > 0.99, (
    f"edge = {float(edge):.5f} is too small: rates a little above it are stable"
    " too. Is it 2 / λmax, from the Hessian on t_un?"
)
print(f"edge = {float(edge):.5f}: lr × λmax reaches 2 there, within 1%.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    "edge = 2 / loss_hessian(t_un, t_c)[0, 0].item()": "too large",  # not λmax
    "edge = 0.0325": "too small",
    "edge = 2 / torch.linalg.eigvalsh(loss_hessian(t_u, t_c))[-1].item()": (
        "too small"  # the raw readings' edge
    ),
    # the 2 forgotten
    "edge = 1 / torch.linalg.eigvalsh(loss_hessian(t_un, t_c))[-1].item()": (
        "too small"
    ),
    # [0]: the smallest eigenvalue
    "edge = 2 / torch.linalg.eigvalsh(loss_hessian(t_un, t_c))[0].item()": (
        "too large"
    ),
}
RIGHT = [
    "edge = 2 / torch.linalg.eigvalsh(loss_hessian(t_un, t_c)).max()",  # a tensor
    "edge = 0.033",
    "edge = 2 / torch.linalg.matrix_norm(loss_hessian(t_un, t_c), ord=2)",
]
