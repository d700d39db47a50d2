"""`torch.optim.SGD([params], lr=1e-2, momentum=0.9)`, with `params` starting
again at `[1.0, 0.0]`, and `epochs_to_reach(2.93, optimizer, params, t_un, t_c)`
counts the epochs. Keep the count with momentum in `epochs`."""

epochs = ...  # epochs to a loss below 2.93 with momentum=0.9

# ─── check ───
# Checks your epochs: run it after your cell.
assert epochs is not ..., "Set epochs to the count with momentum 0.9."
assert epochs is not None, "Training never reached 2.93: is momentum=0.9 set?"
plain = torch.tensor([1.0, 0.0], requires_grad=True)
plain_epochs = epochs_to_reach(
    2.93, torch.optim.SGD([plain], lr=1e-2), plain, t_un, t_c
)
assert epochs < plain_epochs / 2, (
    f"epochs is {epochs}, and plain SGD needs {plain_epochs}: with momentum=0.9"
    " it should take far fewer"
)
print(f"Momentum: {epochs} epochs, plain SGD: {plain_epochs}.")
