"""`permuted(net.state_dict(), order)` reorders the hidden units. To flip the
sign of unit j, negate row j of `0.weight`, entry j of `0.bias` and column j of
`2.weight`. Load the result into a second `network(8)`, `twin`, and compare
the two on `train_t_un_column`."""

net = twin = ...  # a Tanh network of 8 units, and its twin

# ─── check ───
# Checks your net and twin: run it after your cell.
assert net is not ... and twin is not ..., "Set net, and twin built from it."
assert twin is not net, "twin is net itself: load the new parameters into a network(8)"
assert isinstance(net[1], torch.nn.Tanh), (
    f"net's activation is {net[1]}: the sign flip needs tanh, network(8) has it."
)
pairs = zip(net.parameters(), twin.parameters())
assert not all(torch.equal(a, b) for a, b in pairs), (
    "twin has exactly net's parameters. The tensors in net.state_dict() are net's"
    " own: change one in place (*=, or [j] = ...) and net changes with it. Build"
    " new tensors (as permuted does, or with .clone() first), and an order that"
    " moves some units."
)
with torch.no_grad():
    gap = (net(train_t_un_column) - twin(train_t_un_column)).abs().max().item()
assert gap < 1e-5, (
    f"twin and net differ by up to {gap:.4f}: not the same function. A unit's"
    " weight and bias in (row j of 0.weight, entry j of 0.bias) and its weight"
    " out (column j of 2.weight) must be reordered, or flipped, together."
)
print("twin has other parameters and computes what net computes.")

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    # 2.weight not reordered
    "torch.manual_seed(0); net, twin = network(8), network(8)\n"
    "state = net.state_dict(); order = torch.randperm(8)\n"
    "twin.load_state_dict({**state, '0.weight': state['0.weight'][order], "
    "'0.bias': state['0.bias'][order]})": "not the same function",
    # 2.bias flipped too
    "torch.manual_seed(0); net, twin = network(8), network(8)\n"
    "twin.load_state_dict({k: -v for k, v in net.state_dict().items()})": (
        "not the same function"
    ),
    # the state_dict changed in place: net's own tensors, so net changes too
    "torch.manual_seed(0); net, twin = network(8), network(8)\n"
    "state = net.state_dict()\n"
    "for key in ['0.weight', '0.bias', '2.weight']: state[key] *= -1\n"
    "twin.load_state_dict(state)": "net's own",
    # the weights in flipped, the weights out forgotten
    "torch.manual_seed(0); net, twin = network(8), network(8)\n"
    "state = {k: v.clone() for k, v in net.state_dict().items()}\n"
    "state['0.weight'][3] *= -1; state['0.bias'][3] *= -1\n"
    "twin.load_state_dict(state)": ("not the same function"),
    # the sign flip on a ReLU network
    "torch.manual_seed(0); net, twin = network(8, torch.nn.ReLU), network(8)\n"
    "state = {k: -v if k != '2.bias' else v for k, v in net.state_dict().items()}\n"
    "twin = network(8, torch.nn.ReLU); twin.load_state_dict(state)": "needs tanh",
}
RIGHT = [
    # a sign flip alone, without reordering, and with .clone()
    "torch.manual_seed(0); net, twin = network(8), network(8)\n"
    "state = {k: v.clone() for k, v in net.state_dict().items()}\n"
    "for key in ['0.weight', '0.bias']: state[key][2] *= -1\n"
    "state['2.weight'][:, 2] *= -1; twin.load_state_dict(state)",
    # a reordering alone
    "torch.manual_seed(0); net, twin = network(8), network(8)\n"
    "twin.load_state_dict(permuted(net.state_dict(), torch.arange(8).flip(0)))",
    "import copy\n"
    "torch.manual_seed(0); net = network(8); twin = copy.deepcopy(net)\n"
    "with torch.no_grad():\n"
    "    twin[0].weight[5] *= -1; twin[0].bias[5] *= -1\n"
    "    twin[2].weight[:, 5] *= -1",
]
