"""pytest plugin: pytest-markdown-docs reads the pages the way readers see them.

Its default parser is plain CommonMark, which would skip code inside
admonitions (exercise solutions) and run `--8<--` lines as Python. This parser
understands admonitions and swaps each embed for the snippet it names, so every
Python block on a page runs under pytest, reported by page and line.
"""

import io

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.admon import admon_plugin

from engine.includes import expand


def _expand_embeds(state):
    for token in state.tokens:
        if token.type == "fence" and "--8<--" in token.content:
            token.content = expand(token.content)


@pytest.hookimpl(tryfirst=True)  # before the plugin's own CommonMark parser
def pytest_markdown_docs_markdown_it():
    parser = MarkdownIt("commonmark").use(admon_plugin)
    parser.core.ruler.push("expand_embeds", _expand_embeds)
    return parser


def pytest_markdown_docs_globals():
    # The plugin runs blocks with output capture off; what they print (whole
    # SVG figures among it) is checked by tests/, not worth a terminal here.
    sink = io.StringIO()
    return {"print": lambda *args, **kwargs: print(*args, **kwargs, file=sink)}
