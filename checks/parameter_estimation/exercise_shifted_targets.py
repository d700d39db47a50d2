"""Write `predicted_w` and `predicted_b` before you train anything. Start from
the line this chapter trained on `t_un`, and ask what each prediction
`w * t_un + b` has to do differently when every target is 10 higher. The check
then runs `training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, t_c + 10)`
and compares."""

predicted_w, predicted_b = ..., ...  # your prediction, written before the run

# ─── check ───
# Runs the training on t_c + 10 and compares it with your prediction.
assert predicted_w is not ... and predicted_b is not ..., (
    "Write down predicted_w and predicted_b first."
)
trained, _ = training_loop(5000, 1e-2, torch.tensor([1.0, 0.0]), t_un, t_c + 10)
w, b = trained.tolist()
print(f"The run: w = {w:.4f}, b = {b:.4f}.")
assert abs(predicted_w - w) < 0.01, (
    f"You predicted w = {predicted_w:.4f}; the run ends at {w:.4f}. Does moving"
    " every target up change how steeply the line has to rise?"
)
assert abs(predicted_b - b) < 0.01, (
    f"You predicted b = {predicted_b:.4f}; the run ends at {b:.4f}. Compare it"
    " with the b of the line trained on t_c."
)
print("Your prediction matches the run.")
