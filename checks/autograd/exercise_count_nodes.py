"""A node's inputs are `node.next_functions` in PyTorch (a `None` is an input
that needs no gradient) and `value.parents` in the engine. Count every node
reachable from the loss once, with a set of those seen. Write
`torch_nodes(n)` and `scratch_nodes(n)`: the count for the first `n`
readings."""

torch_nodes = scratch_nodes = ...  # each: number of readings -> number of nodes

# ─── check ───
# Checks your torch_nodes and scratch_nodes: run it after your cell.
assert torch_nodes is not ... and scratch_nodes is not ..., "Define both functions."
counts = {n: (torch_nodes(n), scratch_nodes(n)) for n in (1, 5, 11)}
assert counts[1][0] == counts[11][0], (
    f"torch_nodes gives {counts[1][0]} for 1 reading, {counts[11][0]} for 11: one"
    " tensor operation covers all the readings, so the count should not change"
)
assert counts[1][1] < counts[5][1] < counts[11][1], (
    f"scratch_nodes gives {[counts[n][1] for n in (1, 5, 11)]}: each reading adds"
    " its own Values, so the count should grow"
)
print("PyTorch's graph stays the same size; the engine's grows with the readings.")
