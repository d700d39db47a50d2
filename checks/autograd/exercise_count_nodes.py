"""A node's inputs are `node.next_functions` in PyTorch (a `None` is an input
that needs no gradient) and `value.parents` in the engine. Count every node
reachable from the loss once, with a set of those seen. Build each loss as the
page does: `loss_fn(model(...))` of two leaves `w` and `b` in PyTorch, and
`sum(...) / len(readings)` of Values in the engine. Write `torch_nodes(n)` and
`scratch_nodes(n)`: the count for the first `n` readings."""

torch_nodes = scratch_nodes = ...  # each: number of readings -> number of nodes

# ─── check ───
# Checks your counts against its own, of the same graphs: run it after your cell.
assert torch_nodes is not ... and scratch_nodes is not ..., "Define both functions."


def reachable(root, inputs_of):  # every node reachable from root, counted once
    seen, waiting = set(), [root]
    while waiting:
        node = waiting.pop()
        if node is not None and node not in seen:
            seen.add(node)
            waiting.extend(inputs_of(node))
    return len(seen)


def graph_sizes(n):  # PyTorch's graph and the engine's, for the first n readings
    w_leaf = torch.tensor(1.0, requires_grad=True)
    b_leaf = torch.tensor(0.0, requires_grad=True)
    loss = loss_fn(model(t_u[:n], w_leaf, b_leaf), t_c[:n])
    pairs = list(zip(t_u.tolist(), t_c.tolist()))[:n]
    w_value, b_value = Value(1.0), Value(0.0)
    value = sum((model(u, w_value, b_value) - c) ** 2 for u, c in pairs) / n
    return (reachable(loss.grad_fn, lambda f: [g for g, _ in f.next_functions]),
            reachable(value, lambda v: v.parents))  # fmt: skip


sizes = {n: graph_sizes(n) for n in (1, 5, 11)}
counts = {n: (torch_nodes(n), scratch_nodes(n)) for n in (1, 5, 11)}
assert counts[1][0] == counts[11][0], (
    f"torch_nodes gives {counts[1][0]} for 1 reading, {counts[11][0]} for 11: one"
    " tensor operation covers all the readings, so the count should not change"
)
assert counts[1][1] < counts[5][1] < counts[11][1], (
    f"scratch_nodes gives {[counts[n][1] for n in (1, 5, 11)]}: each reading adds"
    " its own Values, so the count should grow"
)
why = {
    (0, "more"): "count each node once, and a None is no node",
    (0, "one fewer"): "the loss's own node, loss.grad_fn, counts too",
    (0, "fewer"): "the AccumulateGrad nodes, which lead to w and b, count too",
    (1, "more"): "count each Value once, however many readings lead to it",
    (1, "one fewer"): "the loss is a Value of the graph too",
    (1, "fewer"): "every Value counts: w, b, and each number wrapped by as_value",
}
for n in (1, 5, 11):
    for i, name in enumerate(["torch_nodes", "scratch_nodes"]):
        gap = counts[n][i] - sizes[n][i]
        more = "more" if gap > 0 else "one fewer" if gap == -1 else "fewer"
        assert counts[n][i] == sizes[n][i], (
            f"{name}({n}) gives {counts[n][i]}, {more} than the graph has: "
            + why[i, more]
        )
print(
    f"Right: PyTorch's graph has {counts[1][0]} nodes for 1, 5 or 11 readings; the"
    f" engine's {', '.join(str(counts[n][1]) for n in (1, 5, 11))} Values."
)

# ─── tried by the tests ───
# Wrong answers a learner may give, each with words the check must answer it
# with; then right answers written another way, which it must accept.
WRONG = {
    "def below(f):  # the nodes under f; f itself, the loss's node, not counted\n"
    "    return sum(1 + below(g) for g, _ in f.next_functions if g is not None)\n"
    "def torch_nodes(n):\n"
    "    w, b = torch.tensor(1.0, requires_grad=True), torch.tensor(0.0, "
    "requires_grad=True)\n"
    "    return below(loss_fn(model(t_u[:n], w, b), t_c[:n]).grad_fn)\n"
    "scratch_nodes = lambda n: 9 * n + 6": "the loss's own node",
    # Values with no parents (w, b, wrapped numbers) left out
    "def ops(v, seen):\n"
    "    if v in seen or not v.parents: return 0\n"
    "    seen.add(v); return 1 + sum(ops(p, seen) for p in v.parents)\n"
    "def scratch_nodes(n):\n"
    "    w, b = Value(1.0), Value(0.0)\n"
    "    pairs = list(zip(t_u.tolist(), t_c.tolist()))[:n]\n"
    "    return ops(sum((model(u, w, b) - c) ** 2 for u, c in pairs) / n, set())\n"
    "torch_nodes = lambda n: 7": "every Value counts",
    "torch_nodes = lambda n: 0; scratch_nodes = lambda n: n": "fewer than the graph",
    # a None counted as a node
    "def torch_nodes(n, node=None, seen=None):\n"
    "    if seen is None:\n"
    "        w, b = (torch.tensor(v, requires_grad=True) for v in (1.0, 0.0))\n"
    "        node, seen = loss_fn(model(t_u[:n], w, b), t_c[:n]).grad_fn, set()\n"
    "    if node not in seen:\n"
    "        seen.add(node)\n"
    "        for g, _ in getattr(node, 'next_functions', []): torch_nodes(n, g, seen)\n"
    "    return len(seen)\n"
    "scratch_nodes = lambda n: 9 * n + 6": "a None is no node",
    # no set of those seen: w and b counted once per reading
    "def paths(v): return 1 + sum(paths(p) for p in v.parents)\n"
    "def scratch_nodes(n):\n"
    "    w, b = Value(1.0), Value(0.0)\n"
    "    pairs = list(zip(t_u.tolist(), t_c.tolist()))[:n]\n"
    "    return paths(sum((model(u, w, b) - c) ** 2 for u, c in pairs) / n)\n"
    "torch_nodes = lambda n: 7": "however many readings",
}
RIGHT = [
    # the two parameters as one tensor, unpacked: one UnbindBackward0 node
    "def torch_nodes(n, node=None, seen=None):\n"
    "    if seen is None:\n"
    "        params = torch.tensor([1.0, 0.0], requires_grad=True)\n"
    "        node, seen = loss_fn(model(t_u[:n], *params), t_c[:n]).grad_fn, set()\n"
    "    if node is not None and node not in seen:\n"
    "        seen.add(node)\n"
    "        for g, _ in node.next_functions: torch_nodes(n, g, seen)\n"
    "    return len(seen)\n"
    "scratch_nodes = lambda n: 9 * n + 6",
    "from collections import deque\n"
    "def count(root, inputs):\n"
    "    seen, todo = set(), deque([root])\n"
    "    while todo:\n"
    "        v = todo.popleft()\n"
    "        if v is not None and v not in seen: seen.add(v); "
    "todo.extend(inputs(v))\n"
    "    return len(seen)\n"
    "def torch_nodes(n):\n"
    "    w, b = torch.tensor(1.0, requires_grad=True), torch.tensor(0.0, "
    "requires_grad=True)\n"
    "    return count(loss_fn(model(t_u[:n], w, b), t_c[:n]).grad_fn, lambda f: "
    "[g for g, _ in f.next_functions])\n"
    "def scratch_nodes(n):\n"
    "    w, b = Value(1.0), Value(0.0)\n"
    "    pairs = list(zip(t_u.tolist(), t_c.tolist()))[:n]\n"
    "    return count(sum((model(u, w, b) - c) ** 2 for u, c in pairs) / "
    "len(pairs), lambda v: v.parents)",
]
