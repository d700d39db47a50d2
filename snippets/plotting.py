"""Figures for the pages: matplotlib drawn to inline SVG that follows the theme.

Text, axes and ticks are drawn in `currentColor`, so the same SVG reads black on
the light theme and white on the dark one; data colours are mid-tones that
stand out on both. Output is byte-for-byte repeatable: fixed hash salt, no date.
"""

import io
import itertools
import json
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
    Frame `default` (indices) is printed as `show` prints a figure: what a
    notebook, or a browser without JavaScript, shows. Every frame's `parts`, as
    matplotlib draws them, go with it as JSON, for docs/javascripts/explorable.js
    to swap in."""
    ids = [f"{name}-part{k}" for k in range(len(parts))]
    for artist, gid in zip(parts, ids):
        artist.set_gid(gid)
    alt, summary = draw(*default)
    fig.draw_without_rendering()  # lay the figure out once, constrained or not,
    fig.set_layout_engine("none")  # and keep that layout for every frame
    bbox = fig.get_tightbbox().padded(plt.rcParams["savefig.pad_inches"])
    markup = _labelled(_svg(fig, name, bbox), alt)
    if _displayed(markup, alt):
        return plt.close(fig)
    if not all(f'<g id="{gid}"' in markup for gid in ids):
        raise ValueError(f"{name}: the default frame must draw every one of its parts")
    if _parts(fig, name, bbox, parts, ids) != [_group(markup, gid) for gid in ids]:
        raise ValueError(f"{name}: its parts drawn alone are not drawn the same")
    pieces, frames = [], []
    sizes = [len(values) for _, _, values in controls]
    for indices in itertools.product(*map(range, sizes)):
        frame_alt, frame_summary = draw(*indices)
        inner = _parts(fig, name, bbox, parts, ids)
        pieces += [piece for piece in inner if piece not in pieces]
        frames.append([frame_alt, frame_summary, [pieces.index(p) for p in inner]])
    plt.close(fig)
    data = {"ids": ids, "sizes": sizes, "pieces": pieces, "frames": frames}
    data["values"] = [values for _, _, values in controls]
    data = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # The frames ride in an attribute, not a <script type="application/json">:
    # Material's instant navigation re-creates a page's scripts without their
    # type, and the browser then runs the JSON as JavaScript.
    frames = data.replace("&", "&amp;").replace("'", "&#39;")
    print(f"<figure class=\"explorable\" data-frames='{frames}'>")
    print('<div class="explorable-controls" hidden>')
    for k, ((label, kind, values), index) in enumerate(zip(controls, default)):
        print(_control(f"{name}-control{k}", label, kind, values, index))
    print(f'</div>\n<figure class="plot" id="{name}">\n{markup}</figure>')
    print(f'<p class="explorable-summary" aria-live="polite">{_escape(summary)}</p>')
    print("</figure>")


def _parts(fig, name, bbox, parts, ids):
    """What matplotlib draws of `parts` alone (the rest hidden: a fraction of the
    time of the whole figure), in the same place on the same canvas."""
    keep = {fig, *(part.axes for part in parts)}
    keep.update(artist for part in parts for artist in part.findobj())
    hidden = [a for a in fig.findobj() if a not in keep and a.get_visible()]
    for artist in hidden:
        artist.set_visible(False)
    svg = _svg(fig, name, bbox)
    for artist in hidden:
        artist.set_visible(True)
    return [_group(svg, gid) for gid in ids]


def _control(id, label, kind, values, index):
    """The markup of one control, its label visible, set to value `index`."""
    markup = f'<label for="{id}">{label}</label> '
    if kind == "select":
        markup += f'<select id="{id}">' + "".join(
            f'<option value="{i}"{" selected" * (i == index)}>{short}</option>'
            for i, (short, _) in enumerate(values)
        )
        return f"<span>{markup}</select></span>"
    short, words = values[index]
    markup += (
        f'<input type="range" id="{id}" min="0" max="{len(values) - 1}" '
        f'value="{index}" aria-valuetext="{_escape(words)}"> '
        f'<span class="explorable-value" aria-hidden="true">{short}</span>'
    )
    for step, said in [(-1, "Previous step"), (1, "Next step")] * (kind == "steps"):
        markup += f' <button type="button" data-for="{id}" data-step="{step}">'
        markup += f"{said}</button>"
    return f"<span>{markup}</span>"


def _group(svg, gid):
    """What the SVG's group `gid` holds, nested groups and all, without the
    numbered ids matplotlib gives them (which count what else it drew)."""
    if f'<g id="{gid}"' not in svg:
        return ""  # an empty text, say: matplotlib draws nothing of it
    start = svg.index(">", svg.index(f'<g id="{gid}"')) + 1
    depth = 1
    for tag in re.finditer(r"<g[\s>]|</g>", svg[start:]):
        depth += 1 if tag[0] != "</g>" else -1
        if depth == 0:
            return re.sub(r' id="[\w.]+_\d+"', "", svg[start : start + tag.start()])
    raise ValueError(f"group {gid} is not closed")
