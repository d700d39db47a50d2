import matplotlib.pyplot as plt
import torch
from plotting import COLORS, INK, explorable
from thermometer import loss_fn, model, t_c, t_u

w = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
loss = loss_fn(model(t_u, w, b), t_c)

# The backward pass, one node at a time: each node of the live graph, called as
# a function on what arrived at it, hands a gradient to each of its inputs;
# between the nodes, as autograd does, what goes to a leaf is summed to its shape.
arrived = {loss.grad_fn: torch.tensor(1.0)}  # d loss / d loss
steps, edges, where = [], [], {}  # steps: (node, what it received, it handed)
queue, depth = [loss.grad_fn], {loss.grad_fn: 0}
while queue:
    node = queue.pop(0)
    handed = []
    if type(node).__name__ != "AccumulateGrad":  # a leaf's node only stores
        with torch.no_grad():
            outputs = node(arrived[node])
        if isinstance(outputs, torch.Tensor):  # a node with a single input
            outputs = (outputs,)
        for (following, _), grad in zip(node.next_functions, outputs):
            if following is not None:  # None: t_u or t_c, which need no gradient
                to_leaf = type(following).__name__ == "AccumulateGrad"
                shape = following.variable.shape if to_leaf else grad.shape
                arrived[following] = grad.sum_to_size(shape)  # to a leaf: summed
                depth[following] = depth[node] + 1
                handed.append((following, arrived[following], grad))
                edges.append((node, following))
                queue.append(following)
    steps.append((node, arrived[node], handed))
loss.backward()  # what autograd itself computes, to compare the last step with


def name(node):
    if type(node).__name__ == "AccumulateGrad":
        return f"AccumulateGrad\ninto {'w' if node.variable is w else 'b'}.grad"
    return type(node).__name__


def values(grad):
    """A gradient in words: one number, or 11, each the same or summed."""
    if grad.numel() == 1:
        return f"{grad.item():.6g}"
    if torch.all(grad == grad[0]):
        return f"{grad.numel()} values, each {grad[0]:.4g}"
    return f"{grad.numel()} values, sum {grad.sum():.6g}"


# Where each node sits: rows by distance from the loss; the two leaves apart.
columns = {"AddBackward0": 0.5, "MeanBackward0": 0.5, "PowBackward0": 0.5}
for node in depth:
    x = 1.0 if name(node).endswith("b.grad") else columns.get(name(node), 0.0)
    x = 0.5 if name(node).startswith("Sub") else x
    where[node] = (x, -depth[node])

fig, ax = plt.subplots(figsize=(6.4, 5.4))
ax.set_axis_off()
ax.set(xlim=(-0.6, 1.6), ylim=(-depth[steps[-1][0]] - 0.5, 0.5))
boxes = {
    node: ax.text(x, y, name(node), ha="center", va="center", fontsize=10,
                  bbox={"boxstyle": "round,pad=0.4", "fc": "none", "ec": INK})
    for node, (x, y) in where.items()
}  # fmt: skip
labels = {}
for start, end in edges:
    (x0, y0), (x1, y1) = where[start], where[end]
    arrow = {"arrowstyle": "-|>", "lw": 1, "color": INK, "alpha": 0.6,
             "patchA": boxes[start].get_bbox_patch(),
             "patchB": boxes[end].get_bbox_patch()}  # fmt: skip
    ax.annotate("", xy=(x1, y1), xytext=(x0, y0), arrowprops=arrow)
    right = x1 >= x0
    labels[start, end] = ax.text(
        (x0 + x1) / 2 + (0.06 if right else -0.06), (y0 + y1) / 2, "",
        ha="left" if right else "right", va="center", fontsize=9, color=COLORS[0],
    )  # fmt: skip

what = {
    "MeanBackward0": "a mean of N values has derivative 1/N by each",
    "PowBackward0": "it multiplies each by 2 (t_p - t_c), the derivative of a square",
    "SubBackward0": "t_p - t_c has derivative 1 by t_p: it passes them on as they are",
    "AddBackward0": "a sum has derivative 1 by each term: both inputs get the same",
    "MulBackward0": "w t_u has derivative t_u by w: it multiplies each by its reading",
}


def draw(step):
    """The graph after `step` nodes have run: those lit, their gradients shown."""
    ran = [node for node, _, _ in steps[:step]]
    for node, box in boxes.items():
        lit = node is ran[-1] if ran else False
        box.get_bbox_patch().set(
            fc=COLORS[1] if lit else "none", alpha=0.35 if lit else 1,
            ec=COLORS[1] if node in ran else INK, lw=2 if node in ran else 1,
        )  # fmt: skip
    for (start, end), text in labels.items():
        text.set_text(values(arrived[end]) if start in ran else "")
    if step == 0:
        said = (
            f"Before backward(): the forward pass built the graph and the loss, "
            f"{loss.item():.2f}; w.grad and b.grad are None"
        )
    else:
        node, received, handed = steps[step - 1]
        if handed:
            said = f"{name(node)} receives {values(received)}; {what[name(node)]}: "
            said += "; ".join(
                f"to {name(f)}, {values(g)}"
                if g.shape == raw.shape  # raw: what the node handed; g: what arrives
                else f"to {name(f)}, {raw.numel()} values summed to one: {values(g)}"
                for f, g, raw in handed
            )
        else:
            leaf = "w" if node.variable is w else "b"
            said = (
                f"AccumulateGrad receives {values(received)}, already a single "
                f"number, and adds it into {leaf}.grad: {leaf}.grad = {received:.4f}"
            )
    said = said.replace("\n", " ") + "."
    if step == len(steps):
        said += f" loss.backward() gives w.grad = {w.grad:.4f}, b.grad = {b.grad:.4f}."
    alt = f"The backward graph of the loss, step {step} of {len(steps)}. {said}"
    return alt, said


words = ["before backward()"] + [
    f"step {k}: {name(node)}".replace("\n", " ")
    for k, (node, _, _) in enumerate(steps, 1)
]
controls = [
    ("Backward step", "steps", [(f"{k}/{len(steps)}", f) for k, f in enumerate(words)])
]
parts = [*boxes.values(), *labels.values()]
explorable(fig, "explore-backward", controls, parts, draw, (len(steps),))
