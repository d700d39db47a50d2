import matplotlib.pyplot as plt
import torch
from plotting import COLORS, INK, show
from thermometer import loss_fn, model, train_t_c, train_t_un, val_t_c, val_t_un

params = torch.tensor([1.0, 0.0], requires_grad=True)
train_loss = loss_fn(model(train_t_un, *params), train_t_c)
val_loss = loss_fn(model(val_t_un, *params), val_t_c)  # recorded, to be drawn

# Walk each live graph back from its loss, as the autograd chapter did: every
# node once, at the depth of its longest way back from the loss.
depth, reached_from, edges = {}, {}, set()


def walk(node, root, level=0):
    depth[node] = max(depth.get(node, 0), level)
    reached_from.setdefault(node, set()).add(root)
    for following, _ in node.next_functions:
        if following is not None:  # None: the readings, which need no gradient
            edges.add((node, following))
            walk(following, root, level + 1)


roots = {"training pass": train_loss.grad_fn, "validation pass": val_loss.grad_fn}
for name, root in roots.items():
    walk(root, name)
shared = [node for node, seen in reached_from.items() if len(seen) == 2]


def label(node):
    name = type(node).__name__
    return f"{name}\n→ params" if name == "AccumulateGrad" else name


column = {"training pass": 0.0, "validation pass": 2.6}
where = {
    node: (sum(column[r] for r in seen) / len(seen), -depth[node])
    for node, seen in reached_from.items()
}
fig, ax = plt.subplots(figsize=(6.4, 5.2))
ax.set_axis_off()
boxes = {
    node: ax.text(x, y, label(node), ha="center", va="center", fontsize=9.5,
                  bbox={"boxstyle": "round,pad=0.35", "fc": "none",
                        "ec": COLORS[1 if node in shared else 0],
                        "lw": 2.2 if node in shared else 1.2})
    for node, (x, y) in where.items()
}  # fmt: skip
for start, end in sorted(edges, key=lambda e: (where[e[0]], where[e[1]])):
    skips = depth[end] - depth[start] > 1  # around the node in between
    bend = 1.0 if where[start][0] < column["validation pass"] / 2 else -1.0
    arrow = {"arrowstyle": "-|>", "lw": 1.1, "color": INK,
             "patchA": boxes[start].get_bbox_patch(),
             "patchB": boxes[end].get_bbox_patch(),
             "connectionstyle": f"arc3,rad={bend if skips else 0}"}  # fmt: skip
    ax.annotate("", xy=where[end], xytext=where[start], arrowprops=arrow)
for name, root in roots.items():
    x, y = where[root]
    loss = "train_loss" if root is train_loss.grad_fn else "val_loss"
    ax.text(x, y + 0.75, f"{name}\n{loss}.grad_fn", ha="center", style="italic")
ax.text(where[shared[0]][0], where[shared[0]][1] - 0.75,
        "the one node both graphs share", ha="center", color=COLORS[1])  # fmt: skip
xs, ys = zip(*where.values())
ax.set_xlim(min(xs) - 1.0, max(xs) + 1.0)
ax.set_ylim(min(ys) - 1.0, max(ys) + 1.2)


def chain(root):
    """The graph below `root`, as words: each node and the nodes it passes to."""
    parts = []
    for start, end in sorted(edges, key=lambda e: (depth[e[0]], depth[e[1]])):
        if root in reached_from[start] and len(reached_from[start]) == 1:
            parts.append(f"{label(start)} passes to {label(end)}".replace("\n", " "))
    return ", ".join(parts)


alt = (
    f"Two backward graphs side by side, read from the live grad_fn of one "
    f"training and one validation loss. Training pass: {chain('training pass')}. "
    f"Validation pass: {chain('validation pass')}. Of their "
    f"{len(reached_from)} nodes, {len(shared)} is in both: "
    f"{', '.join(label(n) for n in shared)}".replace("\n", " ")
    + "."
)
show(fig, "training-and-validation-graphs", alt)
