"""`torch.randperm(11).tensor_split(5)` gives 5 folds of indices (after
`torch.manual_seed(0)`). For each fold, fit the line on the other four with
`least_squares(..., degree=1)` and measure `loss_fn` on the fold. Keep the five
losses, in fold order, in the list `val_losses`."""

val_losses = ...  # the validation loss of each of the 5 folds

# ─── check ───
# Checks your val_losses: run it after your cell.
assert val_losses is not ..., "Set val_losses to the five folds' losses."
assert len(val_losses) == 5, f"val_losses has {len(val_losses)} losses: one per fold"
assert all(loss > 0 for loss in val_losses), "a validation loss is above zero"
everything = least_squares(t_un, t_c, degree=1)
floor = loss_fn(polynomial(t_un, everything), t_c).item()
mean = sum(val_losses) / 5
assert mean > floor, (
    f"The mean of val_losses, {mean:.4f}, is below {floor:.4f}, the loss of the"
    " line fitted to all readings on all of them: validate on readings left out"
)
print(f"Cross-validated loss of the line: {mean:.4f}.")
