"""Figures for the pages: matplotlib drawn to inline SVG that follows the theme.

Text, axes and ticks are drawn in `currentColor`, so the same SVG reads black on
the light theme and white on the dark one; data colours are mid-tones that
stand out on both. Output is byte-for-byte repeatable: fixed hash salt, no date.
"""

import functools
import io
import re
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
    markup = _labelled(_svg(fig, name), alt)
    plt.close(fig)
    if not _displayed(markup, alt):
        print(f'<figure class="plot" id="{name}">\n{markup}</figure>')


def _displayed(markup, alt):
    """Display the SVG `markup` if in a notebook; say if it was."""
    if in_notebook():
        from IPython.display import display

        display({"image/svg+xml": markup, "text/plain": alt}, raw=True)
        return True
    return False


# matplotlib's one style rule, `*{...}`: inside a page, it would apply to every
# element of the page, once per figure; said once on the <svg>, it is inherited.
STYLE_RULE = re.compile(
    r'<svg (.*?)>\n <defs>\n  <style type="text/css">\*\{stroke-linejoin: round; '
    r"stroke-linecap: butt\}</style>\n </defs>\n",
    re.DOTALL,
)
# Where the drawing's coordinates are: to a hundredth of a point, not millionths.
GEOMETRY = re.compile(r' (d|x|y|width|height|viewBox|transform)="([^"]*)"')


def _svg(fig, name, bbox="tight"):
    plt.rcParams["svg.hashsalt"] = name  # ids in the SVG depend only on the figure
    buffer = io.StringIO()
    no_metadata = dict.fromkeys(["Creator", "Date", "Format", "Type"])
    fig.savefig(
        buffer,
        format="svg",
        bbox_inches=bbox,
        transparent=True,
        metadata=no_metadata,
    )
    markup = buffer.getvalue()
    markup = markup[markup.index("<svg") :].replace(INK, "currentColor")
    markup = STYLE_RULE.sub(
        r'<svg \1 stroke-linejoin="round" stroke-linecap="butt">\n', markup, 1
    )
    return GEOMETRY.sub(_rounded, markup)


def _rounded(match):
    numbers = re.sub(r"(\d\.\d\d)\d+", r"\1", match[2])
    return f' {match[1]}="{numbers}"'


def _escape(text):
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _labelled(svg, alt):
    return svg.replace("<svg", f'<svg role="img" aria-label="{_escape(alt)}"', 1)


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


def explorable(fig, name, controls, parts, draw, default):
    """Show `fig` as a figure the reader explores, one frame per combination of
    the `controls`' values. A control is (label, kind, values): kind "range", or
    "steps" (a range with Previous and Next buttons), or "select"; values are
    (short, in words) pairs, such as ("3e-4", "learning rate 3e-4").
    `draw(*indices)` sets the artists in `parts` to one frame (and nothing
    else: the axes' limits fixed) and returns its alt text and its summary.
    Frame `default` (indices) is shown as `show` shows a figure: what a
    notebook, or a browser without JavaScript, shows. On the site, every
    frame's `parts` go with it (sitebuild/explorable.py)."""
    for k, artist in enumerate(parts):
        artist.set_gid(f"{name}-part{k}")
    alt, summary = draw(*default)
    fig.draw_without_rendering()  # lay the figure out once, constrained or not,
    fig.set_layout_engine("none")  # and keep that layout for every frame
    bbox = fig.get_tightbbox().padded(plt.rcParams["savefig.pad_inches"])
    markup = _labelled(_svg(fig, name, bbox), alt)
    if not _displayed(markup, alt):  # on the site: with every frame, and controls
        from sitebuild.explorable import markup as with_frames

        render = functools.partial(_svg, fig, name, bbox)  # the figure as it now is
        print(
            with_frames(name, markup, summary, render, controls, parts, draw, default)
        )
    plt.close(fig)
