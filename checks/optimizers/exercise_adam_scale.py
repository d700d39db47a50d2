"""For each input, `t_u` and `t_un`: start `params` again at `[1.0, 0.0]`
(with `requires_grad=True`), make `torch.optim.Adam([params], lr=1e-1)`, and
count the epochs with `epochs_to_reach(2.93, optimizer, params, inputs, t_c)`.
Keep the two counts in `adam_epochs`, a dict keyed "t_u" and "t_un"."""

adam_epochs = ...  # {"t_u": epochs on t_u, "t_un": epochs on t_un}

# ─── check ───
# Checks your adam_epochs by running both counts again: run it after your cell.
assert adam_epochs is not ..., "Set adam_epochs to the two counts."
assert set(adam_epochs) == {"t_u", "t_un"}, (
    f"adam_epochs has the keys {list(adam_epochs)}: use 't_u' and 't_un'."
)
assert None not in adam_epochs.values(), (
    "A run never got below 2.93: is it Adam, with lr=1e-1, from [1.0, 0.0]? And is"
    " the optimizer made for the params that run trains? Make a new one after"
    " starting params again, for each run."
)
for key, readings in [("t_u", t_u), ("t_un", t_un)]:
    start = torch.tensor([1.0, 0.0], requires_grad=True)
    adam = torch.optim.Adam([start], lr=1e-1)
    needed = epochs_to_reach(2.93, adam, start, readings, t_c)
    assert abs(adam_epochs[key] - needed) <= 2, (
        f"adam_epochs[{key!r}] is {adam_epochs[key]}, "
        + ("more" if adam_epochs[key] > needed else "fewer")
        + f" than Adam at lr=1e-1 needs on {key}: is that the run, with params"
        " started again at [1.0, 0.0]?"
    )
faster = "t_un" if adam_epochs["t_un"] < adam_epochs["t_u"] else "t_u"
print(f"Adam: {adam_epochs['t_u']} epochs on t_u, {adam_epochs['t_un']} on t_un;"
      f" faster on {faster}.")  # fmt: skip

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    "adam_epochs = {'t_u': 100, 't_un': 100}": "fewer than",
    # one params for both runs: the run on t_un starts where t_u's ended
    "params = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "adam_epochs = {k: epochs_to_reach(2.93, torch.optim.Adam([params], lr=1e-1),"
    " params, x, t_c) for k, x in [('t_u', t_u), ('t_un', t_un)]}": "more than",
    "adam_epochs = {'t_u': None, 't_un': 4165}  # lr=1e-2": "never got below",
    "adam_epochs = {}\n"
    "for k, x in [('t_u', t_u), ('t_un', t_un)]:  # Adam's default lr, 1e-3\n"
    "    p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "    adam_epochs[k] = epochs_to_reach(2.93, torch.optim.Adam([p]), p, x, t_c)": (
        "never got below"
    ),
    "p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "optimizer = torch.optim.Adam([p], lr=1e-1)  # made once, for the first p only\n"
    "adam_epochs = {}\n"
    "for k, x in [('t_u', t_u), ('t_un', t_un)]:\n"
    "    p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "    adam_epochs[k] = epochs_to_reach(2.93, optimizer, p, x, t_c)": (
        "the optimizer made for the params that run trains"
    ),
}
RIGHT = [
    "adam_epochs = {}\n"
    "for k, x in [('t_un', t_un), ('t_u', t_u)]:\n"
    "    p = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "    opt = torch.optim.Adam([p], lr=0.1)\n"
    "    _, losses = training_loop_optimizer(3000, opt, p, x, t_c)\n"
    "    adam_epochs[k] = next(i for i, l in enumerate(losses, 1) if l < 2.93)",
]
