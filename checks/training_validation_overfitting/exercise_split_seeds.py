"""For each seed, `torch.manual_seed(seed)`, then `torch.randperm(11)`: the
first nine train, the last two validate. Fit with `least_squares(...,
degree=1)`, measure `loss_fn` on the two, and keep the 20 losses in
`val_losses`; `statistics.median` gives the median."""

val_losses = ...  # the validation loss of the line for seeds 0 to 19

# ─── check ───
# Checks each of your val_losses against its split, drawn again here. Run it
# after your cell.
assert val_losses is not ..., "Set val_losses to the 20 validation losses."
assert len(val_losses) == 20, f"val_losses has {len(val_losses)}: one per seed"
for split_seed in range(20):
    torch.manual_seed(split_seed)
    order = torch.randperm(11)
    fitted = least_squares(t_un[order[:-2]], t_c[order[:-2]], degree=1)
    right = loss_fn(polynomial(t_un[order[-2:]], fitted), t_c[order[-2:]]).item()
    yours = float(val_losses[split_seed])
    assert abs(yours - right) < 1e-3 * right, (
        f"val_losses[{split_seed}] is {yours:.4f}, not the validation loss of the"
        f" split of seed {split_seed}: for each seed, call torch.manual_seed(seed)"
        " right before its torch.randperm(11), fit the line on the first nine, and"
        " measure it on the last two."
    )
print(f"The split moves the validation loss from {min(val_losses):.4f} to "
      f"{max(val_losses):.4f}.")  # fmt: skip

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # seeded once, before the loop: only seed 0's split is drawn from its seed
    "torch.manual_seed(0); splits = [torch.randperm(11) for _ in range(20)]\n"
    "fits = [least_squares(t_un[s[:-2]], t_c[s[:-2]], degree=1) for s in splits]\n"
    "val_losses = [loss_fn(polynomial(t_un[s[-2:]], c), t_c[s[-2:]]).item() "
    "for s, c in zip(splits, fits)]": "val_losses[1] is",
    # seeds 1 to 20
    "splits = [torch.manual_seed(s) and torch.randperm(11) for s in range(1, 21)]\n"
    "fits = [least_squares(t_un[s[:-2]], t_c[s[:-2]], degree=1) for s in splits]\n"
    "val_losses = [loss_fn(polynomial(t_un[s[-2:]], c), t_c[s[-2:]]).item() "
    "for s, c in zip(splits, fits)]": "val_losses[0] is",
    # the loss on the nine training readings
    "splits = [torch.manual_seed(s) and torch.randperm(11) for s in range(20)]\n"
    "fits = [least_squares(t_un[s[:-2]], t_c[s[:-2]], degree=1) for s in splits]\n"
    "val_losses = [loss_fn(polynomial(t_un[s[:-2]], c), t_c[s[:-2]]).item() "
    "for s, c in zip(splits, fits)]": "measure it on the last two",
    # the first two validate, the last nine train
    "splits = [torch.manual_seed(s) and torch.randperm(11) for s in range(20)]\n"
    "fits = [least_squares(t_un[s[2:]], t_c[s[2:]], degree=1) for s in splits]\n"
    "val_losses = [loss_fn(polynomial(t_un[s[:2]], c), t_c[s[:2]]).item() "
    "for s, c in zip(splits, fits)]": "measure it on the last two",
    # what the exercise reports: the lowest, the median and the highest
    "import statistics\n"
    "splits = [torch.manual_seed(s) and torch.randperm(11) for s in range(20)]\n"
    "fits = [least_squares(t_un[s[:-2]], t_c[s[:-2]], degree=1) for s in splits]\n"
    "v = [loss_fn(polynomial(t_un[s[-2:]], c), t_c[s[-2:]]).item() "
    "for s, c in zip(splits, fits)]\n"
    "val_losses = [min(v), statistics.median(v), max(v)]": "one per seed",
}
RIGHT = [  # each split from a generator of its own, the losses a tensor
    "splits = [torch.randperm(11, generator=torch.Generator().manual_seed(s)) "
    "for s in range(20)]\n"
    "fits = [least_squares(t_un[s[:-2]], t_c[s[:-2]], degree=1) for s in splits]\n"
    "val_losses = torch.stack([loss_fn(polynomial(t_un[s[-2:]], c), t_c[s[-2:]]) "
    "for s, c in zip(splits, fits)])",
    # 0-d tensors in a list
    "val_losses = []\n"
    "for s in range(20):\n"
    "    torch.manual_seed(s); o = torch.randperm(11)\n"
    "    c = least_squares(t_un[o[:9]], t_c[o[:9]], 1)\n"
    "    val_losses.append(loss_fn(polynomial(t_un[o[9:]], c), t_c[o[9:]]))",
]
