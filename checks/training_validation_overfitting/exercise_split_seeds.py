"""For each seed, `torch.manual_seed(seed)`, then `torch.randperm(11)`: the
first nine train, the last two validate. Fit with `least_squares(...,
degree=1)`, measure `loss_fn` on the two, and keep the 20 losses in
`val_losses`; `statistics.median` gives the median."""

val_losses = ...  # the validation loss of the line for seeds 0 to 19

# ─── check ───
# Checks your val_losses: run it after your cell.
assert val_losses is not ..., "Set val_losses to the 20 validation losses."
assert len(val_losses) == 20, f"val_losses has {len(val_losses)}: one per seed"
torch.manual_seed(0)
first = torch.randperm(11)
line = least_squares(t_un[first[:-2]], t_c[first[:-2]], degree=1)
seed_0 = loss_fn(polynomial(t_un[first[-2:]], line), t_c[first[-2:]]).item()
assert abs(val_losses[0] - seed_0) < 1e-3 * max(1.0, seed_0), (
    f"For seed 0 the validation loss is {seed_0:.4f}, your val_losses[0] is"
    f" {val_losses[0]:.4f}: seed the generator before each randperm"
)
print(f"The split moves the validation loss from {min(val_losses):.4f} to "
      f"{max(val_losses):.4f}.")  # fmt: skip
