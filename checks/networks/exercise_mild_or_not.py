"""`((t_c >= 10) & (t_c < 20)).long()` labels the readings. A classifier with
two outputs gives two logits per reading; `training_loop_nn` trains it with
`nn.CrossEntropyLoss()` on `t_un.unsqueeze(1)`, and `argmax(dim=1)` is its
answer. Keep the labels in `mild` and the 8-unit network in `hidden`."""

mild = hidden = ...  # the labels, and the trained 1-8-2 Tanh network

# ─── check ───
# Checks your mild and hidden: run it after your cell.
assert mild is not ... and hidden is not ..., "Set mild and hidden."
assert mild.tolist() == [int(10 <= c < 20) for c in t_c.tolist()], (
    "mild should be 1 for the readings from 10 to 20 °C, 0 for the others"
)
with torch.no_grad():
    right = (hidden(t_un.unsqueeze(1)).argmax(dim=1) == mild).sum().item()
assert right >= 10, f"hidden gets {right} of 11 right: train it (200 epochs)"
print(f"hidden gets {right} of 11 readings right.")
