"""`permuted(net.state_dict(), order)` reorders the hidden units. To flip the
sign of unit j, negate row j of `0.weight`, entry j of `0.bias` and column j of
`2.weight`. Load the result into a second `network(8)`, `twin`, and compare
the two on `train_t_un_column`."""

net = twin = ...  # a Tanh network of 8 units, and its twin

# ─── check ───
# Checks your net and twin: run it after your cell.
assert net is not ... and twin is not ..., "Set net, and twin built from it."
assert not torch.equal(twin[0].weight, net[0].weight), "twin has net's parameters"
with torch.no_grad():
    gap = (net(train_t_un_column) - twin(train_t_un_column)).abs().max().item()
assert gap < 1e-5, f"twin and net differ by up to {gap:.4f}: not the same function"
print("twin has other parameters and computes what net computes.")
