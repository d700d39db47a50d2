import matplotlib.pyplot as plt
import torch
from plotting import COLORS, INK, show

# A made-up bowl in two parameters p = (p1, p2), lowest at p = 0:
# L(p) = ½ pᵀ H p, where H is the symmetric table of its second derivatives.
H = torch.tensor([[5.0, 2.0], [2.0, 2.0]])
eigenvalues, eigenvectors = torch.linalg.eigh(H)  # ascending: flat axis first

grid = torch.linspace(-3.5, 3.5, 201)
p1, p2 = torch.meshgrid(grid, grid, indexing="xy")
loss = 0.5 * (H[0, 0] * p1**2 + 2 * H[0, 1] * p1 * p2 + H[1, 1] * p2**2)
levels = [0.5 * k**2 for k in (1, 2, 3)]  # evenly spaced ellipses

fig, ax = plt.subplots(figsize=(5.6, 3.6))
ax.contour(p1, p2, loss, levels=levels, colors=INK, alpha=0.45, linewidths=0.8)
# Each axis of the ellipse of loss c reaches sqrt(2c / λ) from the centre.
reach = {}  # name: (eigenvalue, half-length) of each axis
names = ["flat direction (small eigenvalue)", "steep direction (large eigenvalue)"]
for name, value, vector, color in zip(names, eigenvalues, eigenvectors.T, COLORS[:2]):
    half = (2 * levels[-1] / value).sqrt()  # to the outer ellipse
    reach[name] = (value.item(), half.item())
    arrow = {"arrowstyle": "<|-|>", "lw": 2, "color": color}  # the whole axis
    ax.annotate("", xy=half * vector, xytext=-half * vector, arrowprops=arrow)
    tip = (half + 0.2) * vector * vector[1].sign()  # the upper end
    words = name.replace(" (", "\n(") + f"\nλ = {value:.0f}"
    ax.text(*tip, words, color=color, fontsize=9, ha="left", va="bottom")
ax.set(xlabel="parameter 1", ylabel="parameter 2", xticks=[], yticks=[],
       xlim=(-3.2, 4.2), ylim=(-3.1, 3.6))  # fmt: skip
ax.set_aspect("equal")
ax.grid(False)

(flat, flat_half), (steep, steep_half) = reach.values()
alt = (
    f"Contour lines of a made-up quadratic loss in two parameters: nested "
    f"ellipses around the lowest point. Two arrows mark the ellipses' axes. The "
    f"short one is the steep direction (large eigenvalue, {steep:.0f}), where the "
    f"ellipses are packed close; the long one, {flat_half / steep_half:.2f} times "
    f"as long, is the flat direction (small eigenvalue, {flat:.0f})."
)
show(fig, "bowl-and-its-axes", alt)
