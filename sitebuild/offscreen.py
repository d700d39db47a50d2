"""What a browser need not draw until the reader scrolls near it (a MkDocs hook).

A chapter holds thousands of elements: every code block is hundreds of
highlighted tokens, every figure hundreds of SVG shapes, and working out their
styles and layout at load takes a phone seconds, and a formula in MathML is
dozens of elements. Each code block and figure, each paragraph or list item
with a formula, each display formula, and on a notebook page each cell, is
marked `data-offscreen`, which docs/stylesheets/extra.css makes
`content-visibility: auto`: the browser skips that work for those out of view
until they come near it. The text stays in the page for search, find and
screen readers, and it all works without JavaScript.

A skipped block takes the height of its size hint until it is drawn, and from
then on the height it had. Each block gets two hints, worked out from what it
holds: `--hint` for a screen narrower than Material's widest layout (76.25em),
made for a phone 360 pixels wide, and `--hint-wide` for one that wide or wider.
Each is meant never to be less than the block's height on such a screen, so
that a skipped block never reaches into what follows it (which would mislead,
among others, the accessibility checker that reads colours at points of the
page); the browser tests check that at both widths. Too tall a hint only puts
the scroll bar a little off until the reader gets there.

The Figure/Code tabs (markdown-exec's `source="tabbed-right"`) are radio
buttons that work by CSS alone, and are left so: handed to Material's script
(by their `data-tabs`), each set is measured at load to slide its underline,
and every measure lays the page out again: a few tenths of a second of a
phone's main thread on a chapter. extra.css underlines the chosen tab
instead. (Material's `content.tabs.link`, which switches every set at once,
goes with it.)
"""

import html
import itertools
import math
import re
import textwrap

# Material's code block, in em of its <pre>: a line of code is 0.85 em of
# type, 1.4 apart; its padding; a scroll bar under lines too long to show.
LINE, PADDING, SCROLL_BAR = 1.19, 1.6, 1.2
CHARACTERS = (36, 76)  # of code a line holds: 360 pixels wide, and 76.25em
# A notebook page, in pixels: its code (13 px type, 18.2 apart) wraps long lines
# at spaces, its printed output anywhere; its prose, 16 px type, is 266 and 626
# pixels wide. A character of prose is about 0.467 em wide.
NOTEBOOK_LINE = 18.2
NOTEBOOK_CHARACTERS = (26, 70)  # of code in a line
OUTPUT_CHARACTERS = (31, 76)  # of printed output in a line
PROSE_WIDTH = (266, 626)
PAGE_PROSE_WIDTH = (296, 640)  # a chapter's prose, a little narrower than it is
CHARACTER = 0.467
# Type size, line height and the margins around each kind of block of prose.
PROSE = {
    "h1": (32, 41.6, 40),
    "h2": (25, 35, 56),
    "h3": (20, 30, 48),
    "p": (16, 25.6, 10),
    "li": (16, 25.6, 8),
    "tr": (16, 25.6, 16),
}
PX = 4 / 3  # CSS pixels to the point, the unit of matplotlib's SVG

BLOCK = re.compile(
    r'<div class="(?:language-(?P<language>[\w-]+) highlight|highlight-ipynb[^"]*)">'
    r"(?P<title>(?:(?!</div>).)*?)<pre(?P<pre>.*?</pre>)",
    re.DOTALL,
)
FIGURE = re.compile(
    r'(<figure class="plot" id="[^"]*")(>\s*<svg [^>]*?height="(?P<height>[\d.]+)pt")'
)
CELL = re.compile(r'<div class="jp-Cell (?P<kind>jp-\w+Cell)[^"]*"')
PROSE_BLOCK = re.compile(r"<(h[1-3]|p|li|tr)\b[^>]*>(.*?)</\1>", re.DOTALL)
OUTPUT = re.compile(r'<div class="(jp-Rendered\w+)[^"]*" data-mime-type="([^"]*)"')
# A paragraph or list item (with none inside it) that holds a formula: MathML
# is many elements, each costly to style.
MATH_PROSE = re.compile(
    r"<(p|li)>(?P<inner>(?:(?!</?(?:p|li)\b).)*?<math\b(?:(?!</?(?:p|li)\b).)*)</\1>",
    re.DOTALL,
)
# A chapter's display formula, in the block hooks.py gives it (a skipped <math>
# gets no height); in a notebook's Markdown cell it sits in a paragraph,
# MATH_PROSE.
DISPLAY_MATH = re.compile(r'(<div class="formula")>(.*?)</div>', re.DOTALL)
TAB_SET = re.compile(r'(<div class="tabbed-set[^"]*") data-tabs="[\d:]+"')
FIGURE_HEIGHT = re.compile(
    r'<figure class="plot"[^>]*>\s*<svg [^>]*?height="([\d.]+)pt"'
)


def _text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def _lines(pre):
    return _text(pre[pre.index(">") + 1 :]).removesuffix("\n").split("\n")


def _wrapped(lines, width):
    """The lines `lines` take in a box `width` characters wide that wraps long
    lines at spaces, as white-space: pre-wrap does."""
    return sum(max(1, len(textwrap.wrap(line, width, drop_whitespace=False)))
               for line in lines)  # fmt: skip


def _broken(lines, width):
    """The lines they take where long lines break anywhere."""
    return sum(max(1, math.ceil(len(line) / width)) for line in lines)


def code_height(language, pre, wide):
    """The hint for a code block's <pre> (its HTML), in em of its type;
    `language` is None for a notebook page's code cell."""
    lines = _lines(pre)
    if language is None:  # where a browser breaks lines is not quite textwrap's
        rows = _wrapped(lines, NOTEBOOK_CHARACTERS[wide]) * 1.05 + 1
        return (rows * NOTEBOOK_LINE + 10) / 13
    characters = CHARACTERS[wide]
    if language == "text":  # a snippet's output: long lines wrap (extra.css)
        return (_wrapped(lines, characters) * 1.05 + 1) * LINE + PADDING
    scrolls = max(map(len, lines)) > characters
    return len(lines) * LINE + PADDING + SCROLL_BAR * scrolls


def prose_height(fragment, wide, width=PROSE_WIDTH):
    """Pixels that a notebook's Markdown cell (its HTML) takes, or a block of
    prose `width` pixels wide."""
    height = 32 * len(re.findall(r"<[ou]l\b", fragment))
    for tag, inner in PROSE_BLOCK.findall(fragment):
        if tag == "li":
            inner = re.sub(r"<p\b.*?</p>", "", inner, flags=re.DOTALL)
        size, line, margin = PROSE[tag]
        # Formulas take more room than their text: half as much again across,
        # and down two lines for each display formula, half a line for each
        # fraction and a line for each row of an array.
        taller = 2 * inner.count('display="block"') + inner.count("<mfrac") / 2
        taller += inner.count("<mtr>")
        inner = re.sub(
            r"<math\b.*?</math>",
            lambda m: "M" * int(len(_text(m[0])) * 1.5 + 1),
            inner,
            flags=re.DOTALL,
        )
        per_line = max(8, width[wide] / (size * CHARACTER) * 0.85)
        rows = max(1, math.ceil(len(_text(inner).strip()) / per_line)) + taller
        height += rows * line + margin
    return height * 1.1 + 30


def cell_height(kind, cell, wide):
    """Pixels that a notebook page's cell (its HTML) takes, or None for a cell
    whose outputs are not only text and SVG figures."""
    if kind == "jp-MarkdownCell":
        return prose_height(cell, wide)
    if kind != "jp-CodeCell":
        return None
    height = 10 + 30 * ('class="celltoolbar"' in cell)  # its padding, its tags
    if block := BLOCK.search(cell):
        height += code_height(None, block["pre"], wide) * 13
    for rendered, mime in OUTPUT.findall(cell):
        if (rendered, mime) not in {("jp-RenderedText", "text/plain"),
                                    ("jp-RenderedSVG", "image/svg+xml")}:  # fmt: skip
            return None
    for output in re.findall(r"jp-RenderedText[^>]*>\s*<pre>(.*?)</pre>", cell, re.S):
        lines = _text(output).removesuffix("\n").split("\n")
        height += _broken(lines, OUTPUT_CHARACTERS[wide]) * NOTEBOOK_LINE + 10
    for points in FIGURE_HEIGHT.findall(cell):  # as tall as it is drawn, at most,
        height += float(points) * PX + 12 + 32  # and its margins (1em each side)
    return height


def _marked(narrow, wide):
    return f' data-offscreen style="--hint:{narrow};--hint-wide:{wide}"'


def _code(match):
    narrow, wide = (code_height(match["language"], match["pre"], w) for w in (0, 1))
    before = match.group(0)[: match.start("pre") - match.start()]
    return before + _marked(f"{narrow:.1f}em", f"{wide:.1f}em") + match["pre"]


def _figure(match):
    # The SVG's own height, as drawn at its full width; narrower, it is less.
    height = f"{float(match['height']) * PX + 12:.0f}px"  # and the line it is on
    return match[1] + _marked(height, height) + match[2]


def _prose_marks(fragment):
    """The marks of a chapter's block of prose, `fragment` its HTML."""
    heights = (prose_height(fragment, wide, PAGE_PROSE_WIDTH) for wide in (0, 1))
    return _marked(*(f"{height:.0f}px" for height in heights))


def _math_prose(match):
    marks = _prose_marks(match[0])
    return f"<{match[1]}{marks}>{match['inner']}</{match[1]}>"


def _display_math(match):
    """A display formula, hinted as a paragraph of its own would be."""
    return f"{match[1]}{_prose_marks(f'<p>{match[2]}</p>')}>{match[2]}</div>"


def _cells(output):
    """Each cell of a notebook page, marked with its hints."""
    starts = [m.start() for m in CELL.finditer(output)] + [len(output)]
    pieces = [output[: starts[0]]]
    for start, end in itertools.pairwise(starts):
        cell = output[start:end]
        kind = CELL.match(cell)["kind"]
        heights = [cell_height(kind, cell, wide) for wide in (0, 1)]
        # mkdocs-jupyter wraps a code cell in another: mark the cell itself.
        wrapper = not cell[cell.index(">") + 1 :].strip()
        # Material finds where each heading is, at load, for the table of
        # contents and the header: a cell with a heading is always drawn.
        heading = re.search(r"<h[1-6]\b", cell)
        if None not in heights and not wrapper and not heading:
            opening = CELL.match(cell).end()
            marks = _marked(*(f"{height:.0f}px" for height in heights))
            cell = cell[:opening] + marks + cell[opening:]
        pieces.append(cell)
    return "".join(pieces)


def on_post_page(output, **kwargs):
    """Every code block, figure and notebook cell of the page, every
    paragraph or list item with a formula, and every display formula: skipped
    while out of view; the tab sets, left to CSS."""
    output = _cells(FIGURE.sub(_figure, BLOCK.sub(_code, output)))
    output = MATH_PROSE.sub(_math_prose, output)
    return TAB_SET.sub(r"\1", DISPLAY_MATH.sub(_display_math, output))
