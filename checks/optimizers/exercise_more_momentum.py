"""First write down your prediction: with `momentum=0.99`, does `SGD` at
`lr=1e-2` on `t_un` need fewer epochs than with 0.9 to bring the loss below
2.93, about as many, or more? Then measure: for each momentum, start `params`
again at `[1.0, 0.0]` and count the epochs with `epochs_to_reach(2.93,
optimizer, params, t_un, t_c)`. Keep both counts in `epochs`, keyed by the
momentum."""

epochs = ...  # {0.9: epochs with momentum 0.9, 0.99: epochs with momentum 0.99}

# ─── check ───
# Checks your epochs by running both counts again: run it after your cell.
assert epochs is not ..., "Set epochs to the two counts, keyed 0.9 and 0.99."
assert set(epochs) == {0.9, 0.99}, (
    f"epochs has the keys {list(epochs)}: use the numbers 0.9 and 0.99."
)
assert None not in epochs.values(), (
    "A run never got below 2.93 in 5000 epochs: is it SGD with lr=1e-2 on t_un?"
)
for momentum in [0.9, 0.99]:
    start = torch.tensor([1.0, 0.0], requires_grad=True)
    sgd = torch.optim.SGD([start], lr=1e-2, momentum=momentum)
    needed = epochs_to_reach(2.93, sgd, start, t_un, t_c)
    assert abs(epochs[momentum] - needed) <= 2, (
        f"epochs[{momentum}] is {epochs[momentum]}, "
        + ("more" if epochs[momentum] > needed else "fewer")
        + f" than SGD at lr=1e-2 with momentum {momentum} needs on t_un: is that"
        " the run, with params started again at [1.0, 0.0]?"
    )
slower = "more" if epochs[0.99] > epochs[0.9] else "fewer"
print(f"Momentum 0.99: {epochs[0.99]} epochs, 0.9: {epochs[0.9]}; {slower} epochs"
      " with more momentum. Was that your prediction?")  # fmt: skip

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # one params for both runs: the second starts where the first ended
    "params = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "sgd = lambda m: torch.optim.SGD([params], lr=1e-2, momentum=m)\n"
    "epochs = {m: epochs_to_reach(2.93, sgd(m), params, t_un, t_c)"
    " for m in [0.9, 0.99]}": "fewer than",
    "epochs = {0.9: 500, 0.99: 234}": "more than",  # the two counts swapped
    "epochs = {'0.9': 98, '0.99': 700}  # keyed by strings": "use the numbers",
    "epochs = {}\n"
    "for m in [0.9, 0.99]:  # lr=1e-3, not 1e-2\n"
    "    p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "    opt = torch.optim.SGD([p], lr=1e-3, momentum=m)\n"
    "    epochs[m] = epochs_to_reach(2.93, opt, p, t_un, t_c)": "more than",
}
RIGHT = [
    "epochs = {}\n"
    "for m in (0.99, 0.9):\n"
    "    p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "    opt = torch.optim.SGD([p], lr=1e-2, momentum=m)\n"
    "    _, losses = training_loop_optimizer(2000, opt, p, t_un, t_c)\n"
    "    epochs[m] = 1 + next(i for i, l in enumerate(losses) if l < 2.93)",
]
