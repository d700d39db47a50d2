"""A horizontal line has `w = 0` and predicts `b` for every reading. Find the
height `b_flat` at which its misses above and below the readings cancel, so
that the mean of `model(t_un, 0.0, b_flat) - t_c` is zero; then compare its
`loss_fn` with the trained line's. What does that say about the mean of the
differences as a loss?"""

b_flat = ...  # the height of a horizontal line whose mean difference is zero

# ─── check ───
# Checks your b_flat: run it after your cell.
import math

assert b_flat is not ..., "Set b_flat to the height of your horizontal line."
flat = model(t_un, 0.0, float(b_flat))
mean_difference = (flat - t_c).mean().item()
side = "above" if mean_difference > 0 else "below"
size = max(abs(mean_difference), 1e-9)  # (it may be exactly 0)
k = math.ceil(math.log10(size))  # the size is between 10**(k-1) and 10**k
assert abs(mean_difference) < 1e-3, (
    f"A horizontal line at your b_flat lies {side} the targets, by between"
    f" {10.0 ** (k - 1):g} and {10.0**k:g} on average, not 0: at what height"
    " do the misses above and below cancel?"
)
squared = loss_fn(flat, t_c).item()
print(f"Mean difference {mean_difference:.4f}, yet a mean squared error of "
      f"{squared:.4f}: the mean of the differences cannot see that.")  # fmt: skip

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # as many readings above as below, but the misses do not cancel
    "b_flat = t_c.median()": "lies above the targets",
    "b_flat = t_un.mean()  # the readings' mean, not the temperatures'": "below",
    "b_flat = t_c.mean() - params[0] * t_un.mean()  # the trained w kept": "below",
    "b_flat = (t_c.max() + t_c.min()) / 2  # halfway between the extremes": "above",
}
RIGHT = [
    "b_flat = t_c.mean()",
    "b_flat = sum(t_c.tolist()) / len(t_c)",
    # a [1, 1] tensor
    "b_flat = torch.linalg.lstsq(torch.ones(11, 1), t_c[:, None]).solution",
]
