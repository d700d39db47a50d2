"""Write `predicted_w` and `predicted_b` before you train anything. Start from
the line this chapter trained on `t_un` (`training_loop(5000, 1e-2,
torch.tensor([1.0, 0.0]), t_un, t_c)`; `params` now holds exercise 4's line),
and ask what each prediction `w * t_un + b` has to do differently when every
target is 10 higher. The check then runs the same training on `t_c + 10` and
compares."""

predicted_w, predicted_b = ..., ...  # your prediction, written before the run

# ─── check ───
# Runs the training on t_c and on t_c + 10 and compares with your prediction.
assert predicted_w is not ... and predicted_b is not ..., (
    "Write down predicted_w and predicted_b first."
)
assert torch.allclose(dloss_fn(t_c + 1, t_c), torch.full_like(t_c, 2 / len(t_c))), (
    "dloss_fn is no longer the squared error's, and training_loop uses it: define"
    " it again as it was, 2 * (t_p - t_c) / t_p.size(0)"
)
(w_on_t_c, b_on_t_c), (w_run, b_run) = (
    training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, targets)[0].tolist()
    for targets in (t_c, t_c + 10)
)
print(f"The run on t_c ends at w = {w_on_t_c:.4f}, b = {b_on_t_c:.4f};"
      f" on t_c + 10 at w = {w_run:.4f}, b = {b_run:.4f}.")  # fmt: skip
assert abs(10 * float(predicted_w) - w_run) > 0.1, (
    f"You predicted w = {float(predicted_w):.4f}, about a tenth of the run's: that"
    " is a w for the raw readings t_u. The runs train on t_un, a tenth the size,"
    " so their w is ten times larger"
)
assert abs(float(predicted_w) - w_run) < 0.01, (
    f"You predicted w = {float(predicted_w):.4f}. Does moving every target up"
    " change how steeply the line has to rise?"
)
assert abs(float(predicted_b) - b_run) < 0.01, (
    f"You predicted b = {float(predicted_b):.4f}. By how much, and which way, does"
    " every prediction have to move?"
)
print("Your prediction matches the run.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # exercise 4's line in params, not the squared error's
    "predicted_w, predicted_b = params[0], params[1] + 10": "how steeply",
    "line, _ = training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, t_c)\n"
    "predicted_w, predicted_b = line[0], line[1] - 10": "which way",
    "line, _ = training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, t_c)\n"
    "predicted_w, predicted_b = line[0] + 10 / t_un.mean(), line[1]": "how steeply",
    # exercise 3's line: w per raw unit
    "predicted_w, predicted_b = w_exact, b_exact + 10": "The runs train on t_un",
    "predicted_w, predicted_b = 5.37, -17.30  # the line trained on t_c": "which way",
}
RIGHT = [
    "predicted_w, predicted_b = 5.37, -7.30  # the chapter's line, rounded, 10 up",
    # the bottom of the shifted bowl, solved for directly (exercise 3)
    "A = torch.stack([t_un, torch.ones_like(t_un)], dim=1).double()\n"
    "predicted_w, predicted_b = torch.linalg.lstsq(A, t_c.double()[:, None] + 10)"
    ".solution",
    "predicted_w, predicted_b = 10 * w_exact, b_exact + 10  # exercise 3's, on t_un",
]
