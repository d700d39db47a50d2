"""`torch.randperm(11).tensor_split(5)` gives 5 folds of indices (after
`torch.manual_seed(0)`). For each fold, fit the line on the other four with
`least_squares(..., degree=1)` and measure `loss_fn` on the fold. Keep the five
losses, in fold order, in the list `val_losses`."""

val_losses = ...  # the validation loss of each of the 5 folds

# ─── check ───
# Checks your val_losses against the five folds, worked out again here. Run it
# after your cell.
assert val_losses is not ..., "Set val_losses to the five folds' losses."
one_number = isinstance(val_losses, (int, float)) or getattr(val_losses, "ndim", 1) == 0
assert not one_number, (
    f"val_losses is one number, {float(val_losses):.4f}: keep the five losses, one"
    " per fold, not their mean."
)
assert len(val_losses) == 5, (
    f"val_losses has {len(val_losses)} losses: keep one per fold, and"
    " tensor_split(5) makes five folds."
)
torch.manual_seed(0)
folds = torch.randperm(11).tensor_split(5)
for k, fold in enumerate(folds):
    others = torch.cat(folds[:k] + folds[k + 1 :])
    fitted = least_squares(t_un[others], t_c[others], degree=1)
    right = loss_fn(polynomial(t_un[fold], fitted), t_c[fold]).item()
    yours = float(val_losses[k])
    assert abs(yours - right) < 1e-3 * right, (
        f"val_losses[{k}] is {yours:.4f}, {'above' if yours > right else 'below'}"
        f" the loss of fold {k}. After torch.manual_seed(0), fit the line on the"
        f" other four folds only, then measure it on fold {k}."
    )
mean = sum(float(loss) for loss in val_losses) / 5
print(f"Cross-validated loss of the line: {mean:.4f}.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # the roles swapped: fitted on the fold, measured on the other four
    "torch.manual_seed(0); folds = torch.randperm(11).tensor_split(5)\n"
    "rest = [torch.cat(folds[:k] + folds[k + 1:]) for k in range(5)]\n"
    "val_losses = [loss_fn(polynomial(t_un[r], least_squares(t_un[f], t_c[f], 1)), "
    "t_c[r]).item() for f, r in zip(folds, rest)]": "above the loss of fold 0",
    # another seed than the hint's
    "torch.manual_seed(1); folds = torch.randperm(11).tensor_split(5)\n"
    "rest = [torch.cat(folds[:k] + folds[k + 1:]) for k in range(5)]\n"
    "val_losses = [loss_fn(polynomial(t_un[f], least_squares(t_un[r], t_c[r], 1)), "
    "t_c[f]).item() for f, r in zip(folds, rest)]": "After torch.manual_seed(0)",
    # the line fitted to all eleven readings, the fold among them
    "torch.manual_seed(0); folds = torch.randperm(11).tensor_split(5)\n"
    "fit = least_squares(t_un, t_c, degree=1)\n"
    "val_losses = [loss_fn(polynomial(t_un[f], fit), t_c[f]).item() for f in folds]": (
        "other four folds only"
    ),
    "torch.manual_seed(0); folds = torch.randperm(11).tensor_split(5)\n"
    "rest = [torch.cat(folds[:k] + folds[k + 1:]) for k in range(5)]\n"
    "losses = [loss_fn(polynomial(t_un[f], least_squares(t_un[r], t_c[r], 1)), "
    "t_c[f]).item() for f, r in zip(folds, rest)]\n"
    "val_losses = sum(losses) / 5  # the average": "one per fold, not their mean",
    # chunk(5) makes 4 chunks of 11: 3, 3, 3, 2
    "torch.manual_seed(0); folds = torch.randperm(11).chunk(5)\n"
    "val_losses = []\n"
    "for k, f in enumerate(folds):\n"
    "    r = torch.cat([g for j, g in enumerate(folds) if j != k])\n"
    "    c = least_squares(t_un[r], t_c[r], 1)\n"
    "    val_losses.append(loss_fn(polynomial(t_un[f], c), t_c[f]).item())": (
        "tensor_split(5) makes five folds"
    ),
}
RIGHT = [  # a tensor, not a list
    "torch.manual_seed(0); folds = torch.randperm(11).tensor_split(5)\n"
    "rest = [torch.cat(folds[:k] + folds[k + 1:]) for k in range(5)]\n"
    "val_losses = torch.stack([loss_fn(polynomial(t_un[f], least_squares(t_un[r], "
    "t_c[r], 1)), t_c[f]) for f, r in zip(folds, rest)])",
    # on the raw t_u: the same lines, so the same losses
    "torch.manual_seed(0); folds = torch.randperm(11).tensor_split(5)\n"
    "val_losses = []\n"
    "for k, f in enumerate(folds):\n"
    "    r = torch.cat([g for j, g in enumerate(folds) if j != k])\n"
    "    c = least_squares(t_u[r], t_c[r], 1)\n"
    "    val_losses.append(loss_fn(polynomial(t_u[f], c), t_c[f]).item())",
]
