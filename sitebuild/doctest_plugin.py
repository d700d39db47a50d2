"""pytest plugin: pytest-markdown-docs reads the pages as the build reads them.

Its default parser is plain CommonMark, which would skip code inside
admonitions (exercise solutions) and run `--8<--` lines as Python. This one is
the build's own (`pages.parser`), with each embed swapped for the snippet it
names, so every Python block on a page runs under pytest, reported by page and line.

A block the build has already run, with the same key (code, shared modules,
versions), is not run again: the build's cache holds only runs that passed, so
its entry is the pass. The rest (README blocks, and
any block no build has run yet) run here.
"""

import functools
import io
from unittest import mock

import pytest

from sitebuild import execution, pages


def _expand_embeds(state):
    for token in state.tokens:
        if token.type == "fence" and "--8<--" in token.content:
            token.content = pages.expand(token.content)


@pytest.hookimpl(tryfirst=True)  # before the plugin's own CommonMark parser
def pytest_markdown_docs_markdown_it():
    parser = pages.parser()
    parser.core.ruler.push("expand_embeds", _expand_embeds)
    return parser


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """The plugin runs blocks with output capture off; what they print (whole
    SVG figures among it, printed by `plotting.show`) is checked by tests/, not
    worth a terminal here."""
    if item.path.suffix != ".md":
        return (yield)
    built = execution.read_cache(execution.key_of(item.code.strip("\n")))
    if built is not None:  # ran in a build, this very code with these modules
        item.runtest = lambda: None  # and passed: only passing runs are cached
    sink = io.StringIO()
    with mock.patch("builtins.print", functools.partial(print, file=sink)):
        return (yield)
