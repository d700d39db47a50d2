"""What a browser need not draw until the reader scrolls near it (a MkDocs hook).

A chapter holds thousands of elements: every code block is hundreds of
highlighted tokens, every figure hundreds of SVG shapes, and working out their
styles and layout at load takes a phone seconds. Each code block and figure is
marked `content-visibility: auto`, so the browser skips that work for those out
of view until they come near it; the text stays in the page for search, find
and screen readers, and it all works without JavaScript.

A skipped block takes the height of its size hint (`contain-intrinsic-block-
size`), until it is drawn, and from then on the height it had (`auto`). The
hint is worked out from what the block holds, and is never less than its
height on a phone 360 pixels wide, or wider: so a skipped block never reaches
into what follows it (which would mislead, among others, the accessibility
checker that reads colours at points of the page). Too tall a hint only makes
the scroll bar a little off until the reader gets there.
"""

import html
import re
import textwrap

# Material's code block, in em of its <pre>: a line of code is 0.85 em of
# type, 1.4 apart; its padding; a scroll bar under lines too long to show.
LINE, PADDING, SCROLL_BAR = 1.19, 1.6, 1.2
CHARACTERS = 36  # of code that a line holds on a phone 360 pixels wide
# A notebook page's code cell, in em of its 13 px <pre>: long lines wrap.
NOTEBOOK_LINE, NOTEBOOK_PADDING, NOTEBOOK_CHARACTERS = 1.4, 0.8, 26
PX = 4 / 3  # CSS pixels to the point, the unit of matplotlib's SVG

BLOCK = re.compile(
    r'<div class="(?:language-(?P<language>[\w-]+) highlight|highlight-ipynb[^"]*)">'
    r"(?P<title>(?:(?!</div>).)*?)<pre(?P<pre>.*?</pre>)",
    re.DOTALL,
)
FIGURE = re.compile(
    r'(<figure class="plot" id="[^"]*")(>\s*<svg [^>]*?height="(?P<height>[\d.]+)pt")'
)


def _rows(line, width):
    """The lines that `line` takes in a box `width` characters wide whose long
    lines wrap, as white-space: pre-wrap wraps them."""
    return max(1, len(textwrap.wrap(line, width, drop_whitespace=False)))


def code_height(language, pre):
    """The hint for a code block's <pre> (its HTML), in em of its font size;
    `language` is None in a notebook page's code cell."""
    text = html.unescape(re.sub(r"<[^>]+>", "", pre[pre.index(">") + 1 :]))
    lines = text.removesuffix("\n").split("\n")
    if language is None:  # where a browser breaks lines is not quite textwrap's
        rows = sum(_rows(line, NOTEBOOK_CHARACTERS) for line in lines) * 1.05 + 1
        return rows * NOTEBOOK_LINE + NOTEBOOK_PADDING
    if language == "text":  # a snippet's output: long lines wrap (extra.css)
        return sum(_rows(line, CHARACTERS) for line in lines) * LINE + PADDING
    scrolls = max(map(len, lines)) > CHARACTERS
    return len(lines) * LINE + PADDING + SCROLL_BAR * scrolls


def _hint(height):
    return (
        f' style="content-visibility:auto;contain-intrinsic-block-size:auto {height}"'
    )


def _code(match):
    height = code_height(match["language"], match["pre"])
    before = match.group(0)[: match.start("pre") - match.start()]
    return before + _hint(f"{height:.1f}em") + match["pre"]


def _figure(match):
    # The SVG's own height, as drawn at its full width; narrower, it is less.
    height = float(match["height"]) * PX + 12  # and the line it stands on
    return match[1] + _hint(f"{height:.0f}px") + match[2]


def on_post_page(output, **kwargs):
    """Every code block and figure of the page: skipped while out of view."""
    return FIGURE.sub(_figure, BLOCK.sub(_code, output))
