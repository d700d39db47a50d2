import matplotlib.pyplot as plt
from plotting import COLORS, INK, show

# Four stages around a loop, and the step that leads from each to the next,
# with where to write that step's label: beside its arrow, never on it.
stages = [
    ("parameters\nw, b", (0.15, 0.8), "forward", (0.5, 0.88), "center"),
    (
        "prediction\nt_p = model(t_u, w, b)",
        (0.85, 0.8),
        "compare\nwith t_c",
        (0.87, 0.5),
        "left",
    ),
    ("loss\nloss_fn(t_p, t_c)", (0.85, 0.2), "backward", (0.5, 0.12), "center"),
    (
        "gradient\n∂loss/∂w, ∂loss/∂b",
        (0.15, 0.2),
        "update:\nstep against it",
        (0.13, 0.5),
        "right",
    ),
]

fig, ax = plt.subplots(figsize=(6.4, 3.2))
ax.set_axis_off()
boxes = [
    ax.text(*xy, name, ha="center", va="center",
            bbox={"boxstyle": "round,pad=0.6", "fc": "none", "ec": color})
    for (name, xy, *_), color in zip(stages, COLORS)
]  # fmt: skip
for i, (_, xy, step, label_xy, align) in enumerate(stages):
    following = (i + 1) % len(stages)
    edges = {"patchA": boxes[i].get_bbox_patch(),  # the arrow runs edge to edge
             "patchB": boxes[following].get_bbox_patch()}  # fmt: skip
    arrow = {"arrowstyle": "-|>", "lw": 1.5, "color": INK, **edges}
    ax.annotate("", xy=stages[following][1], xytext=xy, arrowprops=arrow)
    ax.text(*label_xy, step, ha=align, va="center", fontsize=9, style="italic")

alt = "The learning loop, drawn as a cycle: " + "; ".join(
    f"{name.splitlines()[0]}, then {step.replace(chr(10), ' ')}"
    for name, _, step, *_ in stages
)
show(fig, "learning-loop", alt + "; and round again.")
