"""Keep `line = torch.tensor([train_t_c.mean(), 0.0], requires_grad=True)` and
`bends = torch.zeros(7, requires_grad=True)`; `torch.cat([line, bends])` are
the polynomial's coefficients. Adam takes groups: `[{"params": [line]},
{"params": [bends], "weight_decay": decay}]`. Keep each decay's validation
loss in the dict `val_losses`, as {decay: loss}, and put the decay that
reproduces the penalty run with λ = 1 in `same_as_lambda_1`."""

val_losses = ...  # {weight_decay: validation loss} for 0.2, 2 and 20
same_as_lambda_1 = ...  # the weight_decay that gives the penalty run with λ = 1

# ─── check ───
# Checks your val_losses by training each decay again here, and your
# same_as_lambda_1 against the penalty run with λ = 1. Run it after your cell.
import math

assert val_losses is not ..., "Set val_losses to {weight_decay: validation loss}."
assert sorted(val_losses) == [0.2, 2.0, 20.0], "val_losses needs 0.2, 2 and 20"
for decay, loss in val_losses.items():
    assert not math.isnan(float(loss)), (
        f"val_losses[{decay}] is nan: that run blew up. Use Adam: AdamW takes"
        " lr × weight_decay × c off each coefficient c every step, directly, and"
        " at lr=2.0 that overshoots."
    )


def hint_runs():
    """The validation losses after the hint's 1000 epochs of Adam at lr=2.0, for
    four runs trained side by side, one column of coefficients each: weight_decay
    0.2, 2 and 20 on the bends, then no decay but the penalty λ c² with λ = 1."""
    decays, penalty_weights = [0.2, 2.0, 20.0, 0.0], torch.tensor([0, 0, 0, 1.0])
    lines = torch.tensor([[train_t_c.mean()] * 4, [0.0] * 4], requires_grad=True)
    bends = [torch.zeros(7, 1, requires_grad=True) for _ in decays]
    groups = [{"params": [b], "weight_decay": d} for b, d in zip(bends, decays)]
    adam = torch.optim.Adam([{"params": [lines]}, *groups], lr=2.0)
    for _ in range(1000):
        all_bends = torch.cat(bends, dim=1)
        coeffs = torch.cat([lines, all_bends])  # 9 rows, a column per run
        errors = polynomial(train_t_un, coeffs) - train_t_c[:, None]
        fits = (errors**2).mean(0)  # loss_fn of each run
        adam.zero_grad()
        (fits + penalty_weights * (all_bends**2).sum(0)).sum().backward()
        adam.step()
    with torch.no_grad():
        coeffs = torch.cat([lines, torch.cat(bends, dim=1)])
        errors = polynomial(val_t_un, coeffs) - val_t_c[:, None]
        return (errors**2).mean(0).tolist()


*losses, penalised = hint_runs()
reruns = dict(zip([0.2, 2.0, 20.0], losses))
for decay, right in reruns.items():
    yours = float(val_losses[decay])
    assert abs(yours - right) < 1e-3 * right, (
        f"val_losses[{decay}] is {yours:.4f}, {'above' if yours > right else 'below'}"
        f" what Adam reaches from the hint's start with weight_decay {decay} on"
        " the bends alone. Train each decay afresh, 1000 epochs at lr=2.0, with"
        " the decay in the second group only."
    )
print(f"Chosen by validation: weight_decay {min(val_losses, key=val_losses.get)}.")
answer = globals().get("same_as_lambda_1", ...)
if answer is ...:
    print("Which decay reproduces the penalty run with λ = 1? Set same_as_lambda_1.")
else:
    assert float(answer) in reruns, (
        f"same_as_lambda_1 is {answer}, not one of 0.2, 2 and 20. And weight_decay"
        " is not λ: Adam adds weight_decay × c to each bend's gradient, while the"
        " penalty λ c² adds its own gradient, 2 λ c."
    )
    assert abs(reruns[float(answer)] - penalised) < 1e-3 * penalised, (
        f"With weight_decay {answer}, Adam does not run as with the penalty"
        " λ = 1: weight_decay adds weight_decay × c to each bend's gradient;"
        " what does the penalty λ c² add?"
    )
    print(f"Right: weight_decay {answer} runs as the penalty with λ = 1 does.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept. They run
# in this order in one kernel: the first right one sets same_as_lambda_1 right
# again.
WRONG = {
    # the decay on every coefficient, c0 and c1 included
    "val_losses = {}\n"
    "for d in [0.2, 2.0, 20.0]:\n"
    "    c = flat_start(8); val_losses[d] = training_loop_with_validation(1001, "
    "torch.optim.Adam([c], lr=2.0, weight_decay=d), polynomial, [c], train_t_un, "
    "train_t_c, val_t_un, val_t_c)[1][-1]": "on the bends alone",
    # AdamW, whose decay does not go through the gradient
    "val_losses = {}\n"
    "for d in [0.2, 2.0, 20.0]:\n"
    "    c = flat_start(8); val_losses[d] = training_loop_with_validation(1001, "
    "torch.optim.AdamW([c], lr=2.0, weight_decay=d), polynomial, [c], train_t_un, "
    "train_t_c, val_t_un, val_t_c)[1][-1]": "that run blew up",
    # the decay validation chose, not the one that matches λ = 1
    "val_losses = {}; same_as_lambda_1 = 20.0\n"
    "for d in [0.2, 2.0, 20.0]:\n"
    "    l, b = torch.tensor([train_t_c.mean(), 0.0], requires_grad=True), "
    "torch.zeros(7, requires_grad=True); val_losses[d] = training_loop_with_validation"
    "(1001, torch.optim.Adam([{'params': [l]}, {'params': [b], 'weight_decay': d}], "
    "lr=2.0), lambda t, l, b: polynomial(t, torch.cat([l, b])), [l, b], train_t_un, "
    "train_t_c, val_t_un, val_t_c)[1][-1]": "what does the penalty λ c² add?",
    # λ = 1 read as weight_decay = 1
    "same_as_lambda_1 = 1.0": "weight_decay × c to each bend's gradient",
}
RIGHT = [  # the loss measured before the last update, an int for the decay
    "val_losses = {}; same_as_lambda_1 = 2\n"
    "for d in [0.2, 2.0, 20.0]:\n"
    "    l, b = torch.tensor([train_t_c.mean(), 0.0], requires_grad=True), "
    "torch.zeros(7, requires_grad=True); val_losses[d] = training_loop_with_validation"
    "(1000, torch.optim.Adam([{'params': [l]}, {'params': [b], 'weight_decay': d}], "
    "lr=2.0), lambda t, l, b: polynomial(t, torch.cat([l, b])), [l, b], train_t_un, "
    "train_t_c, val_t_un, val_t_c)[1][-1]",
    # an int key, 0-d tensors for the losses
    "val_losses = {}\n"
    "for d in [0.2, 2, 20]:\n"
    "    l = torch.tensor([train_t_c.mean(), 0.0], requires_grad=True)\n"
    "    b = torch.zeros(7, requires_grad=True)\n"
    "    opt = torch.optim.Adam([{'params': [l]}, {'params': [b], 'weight_decay': d}],"
    " lr=2.0)\n"
    "    for _ in range(1000):\n"
    "        opt.zero_grad()\n"
    "        loss_fn(polynomial(train_t_un, torch.cat([l, b])), train_t_c).backward()\n"
    "        opt.step()\n"
    "    with torch.no_grad():\n"
    "        c = torch.cat([l, b])\n"
    "        val_losses[d] = loss_fn(polynomial(val_t_un, c), val_t_c)\n"
    "same_as_lambda_1 = 2",
    # line and bends not started again for each decay: 1000 epochs reach the
    # same lowest point from there
    "val_losses = {}\n"
    "l = torch.tensor([train_t_c.mean(), 0.0], requires_grad=True)\n"
    "b = torch.zeros(7, requires_grad=True)\n"
    "for d in [0.2, 2.0, 20.0]:\n"
    "    opt = torch.optim.Adam([{'params': [l]}, {'params': [b], 'weight_decay': d}],"
    " lr=2.0)\n"
    "    for _ in range(1000):\n"
    "        opt.zero_grad()\n"
    "        loss_fn(polynomial(train_t_un, torch.cat([l, b])), train_t_c).backward()\n"
    "        opt.step()\n"
    "    with torch.no_grad():\n"
    "        v = loss_fn(polynomial(val_t_un, torch.cat([l, b])), val_t_c)\n"
    "    val_losses[d] = v.item()",
]
