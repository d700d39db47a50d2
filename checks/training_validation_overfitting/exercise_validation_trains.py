"""Answer with the word "higher" or "lower" for each loss, compared with the
honest book run, before you run anything. The step now follows the gradient
of `train_loss + val_loss`: which readings does the line get fitted to, and
which of them count for most? The check then works out where that loop ends,
and compares it with where honest training ends."""

train_prediction = ...  # "higher" or "lower" than the honest training loss
val_prediction = ...  # "higher" or "lower" than the honest validation loss

# ─── check ───
# Works out where the loop that steps on the validation loss too ends, and
# compares it with where honest training ends.
assert train_prediction is not ... and val_prediction is not ..., (
    "Write down train_prediction and val_prediction first."
)
said = [str(p).strip().lower() for p in (train_prediction, val_prediction)]
assert set(said) <= {"higher", "lower"}, (
    f"You wrote {train_prediction!r} and {val_prediction!r}: answer each with the"
    ' word "higher" or "lower".'
)
# The loop ends (3000 epochs get it there) at the line with the lowest
# train_loss + val_loss: a mean over 9 readings plus a mean over 2, as if each
# training reading were there 2 times and each validation reading 9 times.
n_train, n_val = len(train_t_un), len(val_t_un)
both_u = torch.cat([train_t_un.repeat(n_val), val_t_un.repeat(n_train)])
both_c = torch.cat([train_t_c.repeat(n_val), val_t_c.repeat(n_train)])
leaky_line = least_squares(both_u, both_c, degree=1)
leaky_train = loss_fn(polynomial(train_t_un, leaky_line), train_t_c).item()
leaky_val = loss_fn(polynomial(val_t_un, leaky_line), val_t_c).item()
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
print("Both predictions match where that loop ends.")

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
    'train_prediction, val_prediction = "lower", "higher"  # swapped': (
        "The training loss ends higher, not lower"
    ),
    'train_prediction, val_prediction = "the same", "lower"': (
        'the word "higher" or "lower"'
    ),
}
RIGHT = [
    'train_prediction, val_prediction = "Higher", "lower "',
    'train_prediction, val_prediction = ["higher", "lower"]',
]
