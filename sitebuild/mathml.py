"""Math typeset as MathML when the site is built (latex2mathml), on the pages
and the notebook pages alike: browsers draw it natively, with no script or
font to fetch.

A display formula of several parts set side by side with `\\qquad` becomes one
formula per part, in a row that wraps (`.formulas` in extra.css): on a wide
screen they stand side by side as written, on a phone one under another,
instead of pushing the page wider than the screen."""

import html
import re

from latex2mathml.converter import convert

QQUAD = re.compile(r"\\qquad(?![A-Za-z])")
OPEN, CLOSE = ("{", "\\left"), ("}", "\\right")
GROUPING = re.compile(r"\\[{}]|[{}]|\\(?:left|right)(?![A-Za-z])")


def typeset(latex, display):
    """The MathML of `latex` (as it stands in HTML), `display` "block" or "inline"."""
    latex = html.unescape(latex).strip()
    parts = [part.strip() for part in QQUAD.split(latex)]
    if display != "block" or len(parts) == 1 or not all(map(_balanced, parts)):
        return convert(latex, display=display)
    formulas = "".join(convert(part, display="block") for part in parts)
    return f'<span class="formulas">{formulas}</span>'


def _balanced(latex):
    """Whether `latex` closes every brace and \\left it opens."""
    depth = 0
    for token in GROUPING.findall(latex):  # an escaped brace \{ counts for neither
        depth += (token in OPEN) - (token in CLOSE)
        if depth < 0:
            return False
    return depth == 0
