import torch
from thermometer import loss_fn, model, t_c, t_u

w = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
loss = loss_fn(model(t_u, w, b), t_c)


def print_graph(node, depth=0):
    label = type(node).__name__
    if label == "AccumulateGrad":  # a leaf: adds what reaches it into .grad
        label += " -> w.grad" if node.variable is w else " -> b.grad"
    print("    " * depth + label)
    for following, _ in node.next_functions:
        if following is None:  # an input that needs no gradient: t_u or t_c
            print("    " * (depth + 1) + "None")
        else:
            print_graph(following, depth + 1)


print_graph(loss.grad_fn)
