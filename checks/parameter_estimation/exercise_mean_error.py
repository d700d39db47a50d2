"""A horizontal line has `w = 0` and predicts `b` for every reading. Find the
height `b_flat` at which its misses above and below the readings cancel, so
that the mean of `model(t_un, 0.0, b_flat) - t_c` is zero; then compare its
`loss_fn` with the trained line's. What does that say about the mean of the
differences as a loss?"""

b_flat = ...  # the height of a horizontal line whose mean difference is zero

# ─── check ───
# Checks your b_flat: run it after your cell.
assert b_flat is not ..., "Set b_flat to the height of your horizontal line."
flat = model(t_un, 0.0, float(b_flat))
mean_difference = (flat - t_c).mean().item()
assert abs(mean_difference) < 1e-3, (
    f"A horizontal line at b = {float(b_flat):.4f} misses by {mean_difference:.4f}"
    " on average, not 0: at what height do the misses above and below cancel?"
)
squared = loss_fn(flat, t_c).item()
print(f"Mean difference {mean_difference:.4f}, yet a mean squared error of "
      f"{squared:.4f}: the mean of the differences cannot see that.")  # fmt: skip

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # as many readings above as below, but the misses do not cancel
    "b_flat = t_c.median()": "misses by",
    "b_flat = t_un.mean()  # the readings' mean, not the temperatures'": "misses by",
}
RIGHT = ["b_flat = t_c.mean()", "b_flat = sum(t_c.tolist()) / len(t_c)"]
