"""`((t_c >= 10) & (t_c < 20)).long()` labels the readings. A classifier with
two outputs gives two logits per reading; `training_loop_nn` trains it with
`nn.CrossEntropyLoss()` on `t_un.unsqueeze(1)`, and `argmax(dim=1)` is its
answer. Train each with Adam (`lr=0.1`) for 200 epochs, after
`torch.manual_seed(0)`; from other starts the network may need 1000. Keep the
labels in `mild` and the 8-unit network in `hidden`."""

mild = hidden = ...  # the labels, and the trained 1-8-2 Tanh network

# ─── check ───
# Checks your mild and hidden: run it after your cell.
assert mild is not ... and hidden is not ..., "Set mild and hidden."
labels = [int(10 <= c < 20) for c in t_c.tolist()]
assert torch.as_tensor(mild).tolist() == labels, (
    "mild should be 1 for the readings from 10 to 20 °C (t_c, not t_u), 0 for the"
    " others."
)
with torch.no_grad():
    logits = hidden(t_un.unsqueeze(1))
assert logits.shape == (11, 2), (
    f"hidden gives shape {list(logits.shape)}: it needs two logits per reading,"
    " [11, 2], so its last layer is nn.Linear(8, 2)."
)
shapes = [(m.in_features, m.out_features)
          for m in hidden.modules() if isinstance(m, torch.nn.Linear)]  # fmt: skip
tanh = any(isinstance(m, torch.nn.Tanh) for m in hidden.modules())
assert shapes == [(1, 8), (8, 2)] and tanh, (
    f"hidden's Linear layers (inputs, outputs) are {shapes}"
    f"{', with' if tanh else ', and no'} Tanh: no training makes up for a missing"
    " bend. It needs a hidden layer of 8 Tanh units between input and logits."
)
right = (logits.argmax(dim=1) == torch.tensor(labels)).sum().item()
assert right >= 10, (
    f"hidden gets {right} of 11 right: it has not found its bends yet. Train it"
    " longer: 1000 epochs of Adam at lr=0.1 get there from almost any start."
)
print(f"hidden gets {right} of 11 readings right.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # the linear classifier, no hidden layer
    "mild = ((t_c >= 10) & (t_c < 20)).long(); torch.manual_seed(0)\n"
    "hidden = torch.nn.Linear(1, 2)\n"
    "training_loop_nn(1000, torch.optim.Adam(hidden.parameters(), lr=0.1), "
    "hidden, torch.nn.CrossEntropyLoss(), t_un.unsqueeze(1), mild)": "hidden layer",
    # or, not and
    "mild = ((t_c >= 10) | (t_c < 20)).long()\n"
    "hidden = torch.nn.Sequential(torch.nn.Linear(1, 8), torch.nn.Tanh(), "
    "torch.nn.Linear(8, 2))": "from 10 to 20",
    "mild = ((t_u >= 10) & (t_u < 20)).long()\n"
    "hidden = torch.nn.Sequential(torch.nn.Linear(1, 8), torch.nn.Tanh(),"
    " torch.nn.Linear(8, 2))": "t_c, not t_u",
    # one output, as for temperatures
    "mild = ((t_c >= 10) & (t_c < 20)).long(); hidden = network(8)": "two logits",
    # a start that 200 epochs of Adam do not get out of
    "mild = ((t_c >= 10) & (t_c < 20)).long(); torch.manual_seed(2)\n"
    "hidden = torch.nn.Sequential(torch.nn.Linear(1, 8), torch.nn.Tanh(),"
    " torch.nn.Linear(8, 2))\n"
    "training_loop_nn(200, torch.optim.Adam(hidden.parameters(), lr=0.1), hidden,"
    " torch.nn.CrossEntropyLoss(), t_un.unsqueeze(1), mild)": "Train it longer",
}
RIGHT = [
    # the same start, 1000 epochs; and the labels as a list of booleans
    "mild = ((t_c >= 10) & (t_c < 20)).long(); torch.manual_seed(2)\n"
    "hidden = torch.nn.Sequential(torch.nn.Linear(1, 8), torch.nn.Tanh(),"
    " torch.nn.Linear(8, 2))\n"
    "training_loop_nn(1000, torch.optim.Adam(hidden.parameters(), lr=0.1), hidden,"
    " torch.nn.CrossEntropyLoss(), t_un.unsqueeze(1), mild)\n"
    "mild = [10 <= c < 20 for c in t_c.tolist()]",
    # a start from which 200 epochs are enough
    "mild = ((t_c >= 10) & (t_c < 20)).long(); torch.manual_seed(0)\n"
    "hidden = torch.nn.Sequential(torch.nn.Linear(1, 8), torch.nn.Tanh(),"
    " torch.nn.Linear(8, 2))\n"
    "training_loop_nn(200, torch.optim.Adam(hidden.parameters(), lr=0.1), hidden,"
    " torch.nn.CrossEntropyLoss(), t_un.unsqueeze(1), mild)",
    # booleans; a loop of my own
    "mild = (t_c >= 10) & (t_c < 20); torch.manual_seed(0)\n"
    "hidden = torch.nn.Sequential(torch.nn.Linear(1, 8), torch.nn.Tanh(), "
    "torch.nn.Linear(8, 2))\n"
    "opt = torch.optim.Adam(hidden.parameters(), lr=0.1)\n"
    "for _ in range(200):\n"
    "    opt.zero_grad()\n"
    "    torch.nn.functional.cross_entropy(hidden(t_un[:, None]), mild.long())"
    ".backward()\n"
    "    opt.step()",
]
