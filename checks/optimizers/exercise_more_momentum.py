"""First write down your prediction: with `momentum=0.99`, does `SGD` at
`lr=1e-2` on `t_un` need fewer epochs than with 0.9 to bring the loss below
2.93, about as many, or more? Then measure: for each momentum, start `params`
again at `[1.0, 0.0]` and count the epochs with `epochs_to_reach(2.93,
optimizer, params, t_un, t_c)`. Keep both counts in `epochs`, keyed by the
momentum."""

epochs = ...  # {0.9: epochs with momentum 0.9, 0.99: epochs with momentum 0.99}

# ─── check ───
# Checks your epochs: run it after your cell.
assert epochs is not ..., "Set epochs to the two counts, keyed 0.9 and 0.99."
assert sorted(epochs) == [0.9, 0.99], (
    f"epochs has the keys {sorted(epochs)}: use the momenta 0.9 and 0.99."
)
assert None not in epochs.values(), (
    "A run never got below 2.93 in 5000 epochs: is it SGD with lr=1e-2 on t_un?"
)
measured = {}
for momentum in epochs:
    start = torch.tensor([1.0, 0.0], requires_grad=True)
    optimizer = torch.optim.SGD([start], lr=1e-2, momentum=momentum)
    measured[momentum] = epochs_to_reach(2.93, optimizer, start, t_un, t_c)
    assert abs(epochs[momentum] - measured[momentum]) <= 2, (
        f"With momentum {momentum} SGD at lr=1e-2 from [1.0, 0.0] needs"
        f" {measured[momentum]} epochs, not {epochs[momentum]}: is that the run?"
    )
slower = "more" if epochs[0.99] > epochs[0.9] else "fewer"
print(f"Momentum 0.99: {epochs[0.99]} epochs, 0.9: {epochs[0.9]}; {slower} epochs"
      " with more momentum. Was that your prediction?")  # fmt: skip
