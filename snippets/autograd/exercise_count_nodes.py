import torch
from scalar_autograd import Value
from thermometer import loss_fn, model, t_c, t_u


def count(node, inputs_of, seen):  # every node reachable from `node`, once
    if node is not None and node not in seen:
        seen.add(node)
        for following in inputs_of(node):
            count(following, inputs_of, seen)
    return len(seen)


def torch_nodes(n_readings):
    w = torch.tensor(1.0, requires_grad=True)
    b = torch.tensor(0.0, requires_grad=True)
    loss = loss_fn(model(t_u[:n_readings], w, b), t_c[:n_readings])
    return count(loss.grad_fn, lambda f: [g for g, _ in f.next_functions], set())


def scratch_nodes(n_readings):
    w, b = Value(1.0), Value(0.0)
    readings = list(zip(t_u.tolist(), t_c.tolist()))[:n_readings]
    loss = sum((model(u, w, b) - c) ** 2 for u, c in readings) / len(readings)
    return count(loss, lambda v: v.parents, set())


for n in (1, 5, 11):
    print(f"{n:2} readings: PyTorch graph {torch_nodes(n)} nodes, "
          f"from-scratch graph {scratch_nodes(n)} Values")  # fmt: skip
