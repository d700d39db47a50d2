"""Standardise with the readings' own mean and standard deviation
(`t_u.mean()`, `t_u.std()`), put the result in `t_us`, then train on it with
`training_loop` as on `t_un` and count the epochs until the loss is below 2.93."""

t_us = ...  # t_u, standardised

# ─── check ───
# Checks your t_us, then trains on it and on t_un: run it after your cell.
assert t_us is not ..., "Set t_us to the standardised readings."
assert t_us.shape == t_u.shape, f"t_us has shape {list(t_us.shape)}: one per reading"
# Shifting and scaling keeps the readings on a straight line: correlation ±1.
corr = torch.corrcoef(torch.stack([t_us.double(), t_u.double()]))[0, 1].item()
assert abs(corr) > 0.9999, "t_us is not t_u shifted and scaled: make it from t_u"
assert corr > 0, (
    "t_us runs the other way from t_u (the largest reading gets the smallest"
    " value): subtract the mean from t_u, not t_u from the mean"
)
# Either standard deviation will do: t_u.std() divides by N - 1, correction=0 by N.
std = min(t_us.std(), t_us.std(correction=0), key=lambda s: abs(s - 1))
assert abs(std - 1) < 1e-3, (
    f"t_us has standard deviation {std:.4f}, not 1: divide the whole of"
    " t_u - t_u.mean() by t_u's standard deviation"
)
assert abs(t_us.mean()) < 1e-4, (
    f"t_us has mean {t_us.mean():.4f}, not 0: subtract t_u's mean before dividing"
)
print("t_us is t_u standardised: mean 0, standard deviation 1, in the same order.")
for name, readings in [("t_un", t_un), ("t_us", t_us)]:
    _, curve = training_loop(3000, 1e-2, torch.tensor([1.0, 0.0]), readings, t_c)
    epochs = next((n for n, loss in enumerate(curve, 1) if loss < 2.93), "> 3000")
    print(f"On {name} at lr 1e-2 the loss is below 2.93 after {epochs} epochs.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    "t_us = (t_u.mean() - t_u) / t_u.std()": "runs the other way",
    "t_us = t_u - t_u.mean() / t_u.std()": "not 1: divide the whole",
    "t_us = t_u / t_u.std()": "not 0: subtract",
    "t_us = (t_c - t_c.mean()) / t_c.std()": "not t_u shifted and scaled",
    "t_us = (t_u - t_u.mean()) / t_u.var()  # the variance, not the std": "not 1",
    "t_us = (t_u - t_u.min()) / (t_u.max() - t_u.min())  # min-max scaling": "not 1",
}
RIGHT = [
    "t_us = (t_u - t_u.mean()) / t_u.std(unbiased=False)",
    "t_us = (t_un - t_un.mean()) / t_un.std()",
    "t_us = (t_u.double() - t_u.double().mean()) / t_u.double().std()",
]
