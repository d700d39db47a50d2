"""For each input, `t_u` and `t_un`: start `params` again at `[1.0, 0.0]`
(with `requires_grad=True`), make `torch.optim.Adam([params], lr=1e-1)`, and
count the epochs with `epochs_to_reach(2.93, optimizer, params, inputs, t_c)`.
Keep the two counts in `adam_epochs`, a dict keyed "t_u" and "t_un"."""

adam_epochs = ...  # {"t_u": epochs on t_u, "t_un": epochs on t_un}

# ─── check ───
# Checks your adam_epochs: run it after your cell.
assert adam_epochs is not ..., "Set adam_epochs to the two counts."
assert sorted(adam_epochs) == ["t_u", "t_un"], (
    f"adam_epochs has the keys {sorted(adam_epochs)}: use 't_u' and 't_un'."
)
assert None not in adam_epochs.values(), (
    "A run never got below 2.93: is it Adam, with lr=1e-1, from [1.0, 0.0]?"
)
# Adam's steps are about lr = 0.1 in each parameter, and b must travel 17.3.
assert min(adam_epochs.values()) > 17.3 / 0.1 / 2, (
    f"{min(adam_epochs.values())} epochs is too few for steps of about 0.1: is lr=1e-1?"
)
faster = "t_un" if adam_epochs["t_un"] < adam_epochs["t_u"] else "t_u"
print(f"Adam: {adam_epochs['t_u']} epochs on t_u, {adam_epochs['t_un']} on t_un;"
      f" faster on {faster}.")  # fmt: skip
