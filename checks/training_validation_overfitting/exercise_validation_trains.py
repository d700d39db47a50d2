"""Answer with the word "higher" or "lower" for each loss, compared with the
honest book run, before you run anything. The step now follows the gradient
of `train_loss + val_loss`: which readings does the line get fitted to, and
which of them count for most? The check then runs the loop, and compares it
with where honest training ends."""

train_prediction = ...  # "higher" or "lower" than the honest training loss
val_prediction = ...  # "higher" or "lower" than the honest validation loss

# ─── check ───
# Runs the loop that steps on the validation loss too, and compares it with
# where honest training ends.
assert train_prediction is not ... and val_prediction is not ..., (
    "Write down train_prediction and val_prediction first."
)
said = [str(p).strip().lower() for p in (train_prediction, val_prediction)]
assert set(said) <= {"higher", "lower"}, (
    f"You wrote {train_prediction!r} and {val_prediction!r}: answer each with the"
    ' word "higher" or "lower".'
)
start = torch.tensor([1.0, 0.0], requires_grad=True)
step = torch.optim.SGD([start], lr=1e-2)
for _ in range(3000):
    on_train = loss_fn(model(train_t_un, *start), train_t_c)
    on_val = loss_fn(model(val_t_un, *start), val_t_c)
    step.zero_grad()
    (on_train + on_val).backward()
    step.step()
leaky_train, leaky_val = on_train.item(), on_val.item()
honest_line = least_squares(train_t_un, train_t_c, degree=1)  # where honest ends
honest_train = loss_fn(polynomial(train_t_un, honest_line), train_t_c).item()
honest_val = loss_fn(polynomial(val_t_un, honest_line), val_t_c).item()
print(f"Honest: training {honest_train:.4f}, validation {honest_val:.4f}; "
      f"stepping on both: {leaky_train:.4f}, {leaky_val:.4f}.")  # fmt: skip
moved = {True: "higher", False: "lower"}
assert said[0] == moved[leaky_train > honest_train], (
    f"The training loss ends {moved[leaky_train > honest_train]}, not"
    f" {said[0]}: is the line still fitted to the nine readings alone?"
)
assert said[1] == moved[leaky_val > honest_val], (
    f"The validation loss ends {moved[leaky_val > honest_val]}, not"
    f" {said[1]}: what happens to readings the step is fitting?"
)
print("Both predictions match the run.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # validation readings help: both fall
    'train_prediction, val_prediction = "lower", "lower"': (
        "The training loss ends higher, not lower"
    ),
    # more readings to serve: both rise
    'train_prediction, val_prediction = "higher", "higher"': (
        "The validation loss ends lower, not higher"
    ),
    'train_prediction, val_prediction = "up", "down"': 'the word "higher" or "lower"',
}
RIGHT = ['train_prediction, val_prediction = "Higher", "lower "']
