"""An explorable figure as the site shows it (`plotting.explorable`): its
default frame, the controls that move it, and every frame's parts as JSON, which
docs/javascripts/explorable.js swaps in. A notebook shows the default frame
alone, and never imports this."""

import itertools
import json
import re


def markup(name, figure, summary, render, controls, parts, draw, default):
    """The markup of the explorable figure `name`: `figure` is its default frame
    as the page shows it (a labelled SVG), `summary` that frame's sentence, and
    `render()` draws the figure as it now is, as SVG; the rest as given to
    `plotting.explorable`, which gave each of the `parts` its id."""
    ids = [part.get_gid() for part in parts]
    if not all(f'<g id="{gid}"' in figure for gid in ids):
        raise ValueError(f"{name}: the default frame must draw every one of its parts")
    if _parts(render, parts) != [_group(figure, gid) for gid in ids]:
        raise ValueError(f"{name}: its parts drawn alone are not drawn the same")
    pieces, frames = [], []
    sizes = [len(values) for _, _, values in controls]
    for indices in itertools.product(*map(range, sizes)):
        frame_alt, frame_summary = draw(*indices)
        inner = _parts(render, parts)
        pieces += [piece for piece in inner if piece not in pieces]
        frames.append([frame_alt, frame_summary, [pieces.index(p) for p in inner]])
    data = {"ids": ids, "sizes": sizes, "pieces": pieces, "frames": frames}
    data["values"] = [values for _, _, values in controls]
    data = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # The frames ride in an attribute, not a <script type="application/json">:
    # Material's instant navigation re-creates a page's scripts without their
    # type, and the browser then runs the JSON as JavaScript.
    frames = data.replace("&", "&amp;").replace("'", "&#39;")
    return "\n".join([
        f"<figure class=\"explorable\" data-frames='{frames}'>",
        '<div class="explorable-controls" hidden>',
        *(_control(f"{name}-control{k}", label, kind, values, index)
          for k, ((label, kind, values), index) in enumerate(zip(controls, default))),
        f'</div>\n<figure class="plot" id="{name}">\n{figure}</figure>',
        f'<p class="explorable-summary" aria-live="polite">{_escape(summary)}</p>',
        "</figure>",
    ])  # fmt: skip


def _parts(render, parts):
    """What matplotlib draws of `parts` alone (the rest hidden: a fraction of the
    time of the whole figure), in the same place on the same canvas."""
    fig = parts[0].get_figure(root=True)
    keep = {fig, *(part.axes for part in parts)}
    keep.update(artist for part in parts for artist in part.findobj())
    hidden = [a for a in fig.findobj() if a not in keep and a.get_visible()]
    for artist in hidden:
        artist.set_visible(False)
    svg = render()
    for artist in hidden:
        artist.set_visible(True)
    return [_group(svg, part.get_gid()) for part in parts]


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


def _escape(text):  # as plotting's: the same bytes in the page
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
