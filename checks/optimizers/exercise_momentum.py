"""`torch.optim.SGD([params], lr=1e-2, momentum=0.9)`, with `params` starting
again at `[1.0, 0.0]`, and `epochs_to_reach(2.93, optimizer, params, t_un, t_c)`
counts the epochs. Keep the count with momentum in `epochs`."""

epochs = ...  # epochs to a loss below 2.93 with momentum=0.9

# ─── check ───
# Checks your epochs by running both counts again: run it after your cell.
assert epochs is not ..., "Set epochs to the count with momentum 0.9."
assert epochs is not None, "Training never reached 2.93: is it lr=1e-2 on t_un?"
needed = {}
for momentum in [0.0, 0.9]:  # plain SGD, then SGD with momentum
    start = torch.tensor([1.0, 0.0], requires_grad=True)
    sgd = torch.optim.SGD([start], lr=1e-2, momentum=momentum)
    needed[momentum] = epochs_to_reach(2.93, sgd, start, t_un, t_c)
assert abs(epochs - needed[0.0]) > 2, (
    f"epochs is {epochs}, what plain SGD needs: is momentum=0.9 set?"
)
assert abs(epochs - needed[0.9]) <= 2, (
    f"epochs is {epochs}, " + ("more" if epochs > needed[0.9] else "fewer")
    + " than SGD with lr=1e-2 and momentum=0.9 needs on t_un from [1.0, 0.0]:"
    " is that the run, with params started again there?"
)  # fmt: skip
print(f"Momentum 0.9: {epochs} epochs; plain SGD: {needed[0.0]},"
      f" {needed[0.0] / epochs:.0f} times as many.")  # fmt: skip

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    "epochs = 5": "fewer than",
    "params = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "optimizer = torch.optim.SGD([params], lr=1e-2, momentum=0.99)\n"
    "epochs = epochs_to_reach(2.93, optimizer, params, t_un, t_c)": "more than",
    "params = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "optimizer = torch.optim.SGD([params], lr=1e-2)  # momentum forgotten\n"
    "epochs = epochs_to_reach(2.93, optimizer, params, t_un, t_c)": "plain SGD",
    "params = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "for m in [0.0, 0.9]:  # params not started again for the second run\n"
    "    opt = torch.optim.SGD([params], lr=1e-2, momentum=m)\n"
    "    epochs = epochs_to_reach(2.93, opt, params, t_un, t_c)": "fewer than",
    "params = torch.tensor([1.0, 0.0], requires_grad=True)  # on the raw t_u\n"
    "opt = torch.optim.SGD([params], lr=1e-2, momentum=0.9)\n"
    "epochs = epochs_to_reach(2.93, opt, params, t_u, t_c)": "never reached",
}
RIGHT = [
    "params = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "opt = torch.optim.SGD([params], lr=1e-2, momentum=0.9)\n"
    "_, losses = training_loop_optimizer(1000, opt, params, t_un, t_c)\n"
    "epochs = next(i for i, l in enumerate(losses, 1) if l < 2.93)",
]
