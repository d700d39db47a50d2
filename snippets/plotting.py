"""Figures for the pages: matplotlib drawn to inline SVG that follows the theme.

Text, axes and ticks are drawn in `currentColor`, so the same SVG reads black on
the light theme and white on the dark one; data colours are mid-tones that
stand out on both. Output is byte-for-byte repeatable: fixed hash salt, no date.
"""

import io
import sys

import matplotlib
import matplotlib.pyplot as plt

INK = "#010203"  # placeholder colour, swapped for currentColor in the SVG
COLORS = ["#3b82f6", "#f97316", "#10b981", "#ef4444", "#a855f7", "#eab308"]

plt.rcParams.update(
    {
        "figure.figsize": (6.4, 3.6),
        "font.size": 11,
        "svg.fonttype": "none",  # keep text as text: smaller, selectable, themed
        "text.color": INK,
        "axes.edgecolor": INK,
        "axes.labelcolor": INK,
        "axes.titlecolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
        "grid.color": INK,
        "grid.alpha": 0.15,
        "axes.grid": True,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.prop_cycle": matplotlib.cycler(color=COLORS),
        "legend.frameon": False,
        "lines.linewidth": 2,
    }
)


def show(fig, name, alt):
    """Show `fig`, named `name`, with `alt` saying what it shows for readers who
    cannot see it: printed as an inline SVG figure (what the site's pages embed),
    or, in a Jupyter notebook, displayed as an SVG image with `alt` as its text."""
    plt.rcParams["svg.hashsalt"] = name  # ids in the SVG depend only on the figure
    buffer = io.StringIO()
    fig.savefig(
        buffer,
        format="svg",
        bbox_inches="tight",
        transparent=True,
        metadata={"Date": None},
    )
    plt.close(fig)
    markup = buffer.getvalue()
    markup = markup[markup.index("<svg") :].replace(INK, "currentColor")
    label = alt.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    markup = markup.replace("<svg", f'<svg role="img" aria-label="{label}"', 1)
    if in_notebook():
        from IPython.display import display

        display({"image/svg+xml": markup, "text/plain": alt}, raw=True)
    else:
        print(f'<figure class="plot" id="{name}">\n{markup}</figure>')


def in_notebook():
    """True inside a Jupyter kernel, whose shell has a `kernel`."""
    ipython = sys.modules.get("IPython")  # a kernel has imported it already
    return ipython is not None and hasattr(ipython.get_ipython(), "kernel")


def plot_fit(ax, coeffs, label, color=COLORS[2]):
    """Draw on `ax` the polynomial with `coeffs` (thermometer.polynomial) across
    the readings' range, over the training and validation readings."""
    import torch
    from thermometer import polynomial, train_t_c, train_t_un, val_t_c, val_t_un

    grid = torch.linspace(2.0, 8.4, 300)
    with torch.no_grad():
        ax.plot(grid, polynomial(grid, coeffs), color=color, label=label)
    ax.scatter(train_t_un, train_t_c, color=COLORS[0], label="training")
    ax.scatter(val_t_un, val_t_c, marker="s", color=COLORS[1], label="validation")
    ax.set(xlabel="t_un", ylabel="t_c (°C)", ylim=(-12, 38))
