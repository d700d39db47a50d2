"""Train `flat_start(8)` with Adam (`lr=2.0`) for 1000 epochs as before, and
after each epoch's validation loss keep a copy (`coeffs.detach().clone()`) of
the coefficients whenever it is the lowest so far. Put that copy in
`best_coeffs`, and its epoch and loss in `best_epoch` and `best_val_loss`."""

best_coeffs = best_epoch = best_val_loss = ...  # the epoch with the lowest val loss

# ─── check ───
# Checks your best_coeffs, best_epoch and best_val_loss against the same run,
# trained again here. Run it after your cell.
assert best_coeffs is not ..., "Set best_coeffs, best_epoch and best_val_loss."
assert best_coeffs is not None, (
    "best_coeffs is None: no epoch was ever kept. Start best_val_loss at"
    " float('inf'), so that the first epoch's loss is below it."
)
kept_coeffs, claimed = torch.as_tensor(best_coeffs), float(best_val_loss)
assert kept_coeffs.shape == (9,), "best_coeffs: the degree-8 polynomial's 9 numbers"
with torch.no_grad():
    kept = loss_fn(polynomial(val_t_un, kept_coeffs), val_t_c).item()
assert abs(kept - claimed) < 1e-3 * max(1.0, kept), (
    f"best_coeffs has validation loss {kept:.4f}, not best_val_loss ="
    f" {claimed:.4f}: keep a copy of the coefficients, not the tensor itself"
)
rerun = flat_start(8)  # the validation loss of every epoch, before its update
_, every_val_loss = training_loop_with_validation(
    1000, torch.optim.Adam([rerun], lr=2.0), polynomial, [rerun],
    train_t_un, train_t_c, val_t_un, val_t_c,
)  # fmt: skip
lowest = min(every_val_loss)
lowest_epoch = every_val_loss.index(lowest) + 1
assert claimed < lowest * (1 + 1e-3), (
    f"Your best_val_loss, {claimed:.4f}, is not the lowest of the run: other"
    " epochs score lower. Compare each epoch's validation loss with the lowest"
    " so far, and keep the coefficients when it is below it."
)
assert claimed > lowest * (1 - 1e-3), (
    f"Your best_val_loss, {claimed:.4f}, is lower than any epoch of the run"
    " reaches: train flat_start(8) with Adam, lr=2.0, on the training readings."
)
assert int(best_epoch) in (lowest_epoch - 1, lowest_epoch), (  # from 0 or from 1
    f"best_epoch is {best_epoch}, but the coefficients you kept come"
    f" {'earlier' if best_epoch > lowest_epoch else 'later'}: set best_epoch"
    " together with them."
)
print(f"Epoch {best_epoch} kept, validation loss {claimed:.4f}; after all 1000"
      f" epochs it is {every_val_loss[-1]:.4f}.")  # fmt: skip

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # keeps the highest validation loss, the flat start's
    "best_coeffs, best_epoch = flat_start(8).detach(), 1\n"
    "best_val_loss = loss_fn(polynomial(val_t_un, best_coeffs), val_t_c).item()": (
        "is not the lowest of the run"
    ),
    # the lowest loss, but the tensor that goes on training, not a copy
    "best_coeffs = flat_start(8)\n"
    "_, v = training_loop_with_validation(1000, torch.optim.Adam([best_coeffs], "
    "lr=2.0), polynomial, [best_coeffs], train_t_un, train_t_c, val_t_un, val_t_c)\n"
    "best_val_loss, best_epoch = min(v), v.index(min(v)) + 1": "keep a copy",
    # the right coefficients, and best_epoch set outside the `if`: the last one
    "c = flat_start(8); _, v = training_loop_with_validation(1000, torch.optim.Adam("
    "[c], lr=2.0), polynomial, [c], train_t_un, train_t_c, val_t_un, val_t_c)\n"
    "best_coeffs = flat_start(8); training_loop_with_validation(v.index(min(v)), "
    "torch.optim.Adam([best_coeffs], lr=2.0), polynomial, [best_coeffs], train_t_un,"
    " train_t_c, val_t_un, val_t_c)\n"
    "best_val_loss, best_epoch = min(v), 1000": "come earlier",
    # detach() alone: the same storage, not a copy
    "coeffs = flat_start(8); opt = torch.optim.Adam([coeffs], lr=2.0)\n"
    "best_val_loss, best_epoch, best_coeffs = float('inf'), None, None\n"
    "for epoch in range(1, 1001):\n"
    "    with torch.no_grad():\n"
    "        v = loss_fn(polynomial(val_t_un, coeffs), val_t_c).item()\n"
    "    if v < best_val_loss:\n"
    "        best_val_loss, best_epoch, best_coeffs = v, epoch, coeffs.detach()\n"
    "    opt.zero_grad()\n"
    "    loss_fn(polynomial(train_t_un, coeffs), train_t_c).backward(); opt.step()": (
        "keep a copy"
    ),
    # best_val_loss started at 0, not inf
    "coeffs = flat_start(8); opt = torch.optim.Adam([coeffs], lr=2.0)\n"
    "best_val_loss, best_epoch, best_coeffs = 0.0, None, None\n"
    "for epoch in range(1, 1001):\n"
    "    with torch.no_grad():\n"
    "        v = loss_fn(polynomial(val_t_un, coeffs), val_t_c).item()\n"
    "    if v < best_val_loss:\n"
    "        best_val_loss, best_epoch = v, epoch\n"
    "        best_coeffs = coeffs.detach().clone()\n"
    "    opt.zero_grad()\n"
    "    loss_fn(polynomial(train_t_un, coeffs), train_t_c).backward(); opt.step()": (
        "float('inf')"
    ),
    # kept by the lowest training loss
    "coeffs = flat_start(8); opt = torch.optim.Adam([coeffs], lr=2.0)\n"
    "lowest_train = float('inf')\n"
    "for epoch in range(1, 1001):\n"
    "    t = loss_fn(polynomial(train_t_un, coeffs), train_t_c)\n"
    "    with torch.no_grad():\n"
    "        v = loss_fn(polynomial(val_t_un, coeffs), val_t_c).item()\n"
    "    if t.item() < lowest_train:\n"
    "        lowest_train, best_val_loss, best_epoch = t.item(), v, epoch\n"
    "        best_coeffs = coeffs.detach().clone()\n"
    "    opt.zero_grad(); t.backward(); opt.step()": "not the lowest of the run",
}
RIGHT = [  # epochs counted from 0, the loss a tensor
    "c = flat_start(8); _, v = training_loop_with_validation(1000, torch.optim.Adam("
    "[c], lr=2.0), polynomial, [c], train_t_un, train_t_c, val_t_un, val_t_c)\n"
    "best_coeffs = flat_start(8); training_loop_with_validation(v.index(min(v)), "
    "torch.optim.Adam([best_coeffs], lr=2.0), polynomial, [best_coeffs], train_t_un,"
    " train_t_c, val_t_un, val_t_c)\n"
    "best_val_loss, best_epoch = torch.tensor(min(v)), v.index(min(v))",
    # epochs from 0, clone() without detach(), the loss a tensor
    "coeffs = flat_start(8); opt = torch.optim.Adam([coeffs], lr=2.0)\n"
    "best_val_loss = float('inf')\n"
    "for epoch in range(1000):\n"
    "    with torch.no_grad():\n"
    "        v = loss_fn(polynomial(val_t_un, coeffs), val_t_c)\n"
    "    if v < best_val_loss:\n"
    "        best_val_loss, best_epoch, best_coeffs = v, epoch, coeffs.clone()\n"
    "    opt.zero_grad()\n"
    "    loss_fn(polynomial(train_t_un, coeffs), train_t_c).backward(); opt.step()",
]
