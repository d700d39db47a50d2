import itertools

import matplotlib.pyplot as plt
import torch
from plotting import COLORS, INK, show
from thermometer import loss_fn, model, t_c, t_u

w = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
loss = loss_fn(model(t_u, w, b), t_c)

# Walk the live graph from loss.grad_fn: one row per step back from the loss; a
# node sits above the middle of the nodes it passes gradients to.
where, edges, slots = {}, [], itertools.count()


def place(node, depth=0):
    following = [f for f, _ in node.next_functions if f is not None]
    edges.extend((node, f) for f in following)
    xs = [place(f, depth + 1) for f in following]
    where[node] = (sum(xs) / len(xs) if xs else next(slots), -depth)
    return where[node][0]


def label(node):
    name = type(node).__name__
    if name == "AccumulateGrad":  # a leaf parameter: say which one
        return f"{name}\ninto {'w' if node.variable is w else 'b'}.grad"
    return name


place(loss.grad_fn)
fig, ax = plt.subplots(figsize=(6.4, 4.8))
ax.set_axis_off()
boxes = {
    node: ax.text(x, y, label(node), ha="center", va="center", fontsize=10,
                  bbox={"boxstyle": "round,pad=0.4", "fc": "none",
                        "ec": COLORS[1 if "Accumulate" in label(node) else 0]})
    for node, (x, y) in where.items()
}  # fmt: skip
for start, end in edges:  # the way gradients flow: away from the loss
    arrow = {"arrowstyle": "-|>", "lw": 1.2, "color": INK,
             "patchA": boxes[start].get_bbox_patch(),
             "patchB": boxes[end].get_bbox_patch()}  # fmt: skip
    ax.annotate("", xy=where[end], xytext=where[start], arrowprops=arrow)
root = {"patchB": boxes[loss.grad_fn].get_bbox_patch(), "color": INK}
ax.annotate("loss.backward() starts here", xy=where[loss.grad_fn],
            xytext=(where[loss.grad_fn][0], 1), ha="center", style="italic",
            arrowprops={**root, "arrowstyle": "-|>", "lw": 1.2})  # fmt: skip
xs, ys = zip(*where.values())
ax.set_xlim(min(xs) - 0.7, max(xs) + 0.7)
ax.set_ylim(min(ys) - 0.5, 1.2)

alt = "The backward graph of the loss, read from loss.grad_fn: " + "; ".join(
    f"{label(start)} passes its gradient to {label(end)}".replace("\n", " ")
    for start, end in edges
)
show(fig, "backward-graph-of-the-loss", alt + ".")
