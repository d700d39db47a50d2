"""Keep `line = torch.tensor([train_t_c.mean(), 0.0], requires_grad=True)` and
`bends = torch.zeros(7, requires_grad=True)`; `torch.cat([line, bends])` are
the polynomial's coefficients. Adam takes groups: `[{"params": [line]},
{"params": [bends], "weight_decay": decay}]`. Keep each decay's validation
loss in the dict `val_losses`, as {decay: loss}."""

val_losses = ...  # {weight_decay: validation loss} for 0.2, 2 and 20

# ─── check ───
# Checks your val_losses: run it after your cell.
assert val_losses is not ..., "Set val_losses to {weight_decay: validation loss}."
assert sorted(val_losses) == [0.2, 2.0, 20.0], "val_losses needs 0.2, 2 and 20"
assert len(set(val_losses.values())) == 3, (
    "val_losses holds the same loss for every weight_decay: give the decay to"
    " the second group only, and train afresh for each"
)
print(f"Chosen by validation: weight_decay {min(val_losses, key=val_losses.get)}.")
