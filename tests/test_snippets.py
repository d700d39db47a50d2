"""Promises every snippet keeps, whatever its chapter."""

import re

import pytest
from conftest import DOCS, ROOT, SNIPPETS

SNIPPET_FILES = sorted(
    p.relative_to(SNIPPETS).as_posix() for p in SNIPPETS.rglob("*.py")
)
EMBED = re.compile(r'--8<-- "snippets/([^":]+\.py)(?::[\w-]+)?"')


def embedded_paths():
    pages = [*DOCS.rglob("*.md"), ROOT / "README.md"]
    return {match for page in pages for match in EMBED.findall(page.read_text("utf-8"))}


def test_every_snippet_is_embedded_by_a_page():
    orphans = sorted(set(SNIPPET_FILES) - embedded_paths())
    assert not orphans, f"snippets no page embeds: {orphans}"


def test_every_embed_names_an_existing_snippet():
    missing = sorted(embedded_paths() - set(SNIPPET_FILES))
    assert not missing, f"pages embed snippets that do not exist: {missing}"


@pytest.mark.parametrize("path", SNIPPET_FILES)
def test_snippet_runs_on_its_own(snippet, path):
    """`python snippets/<path>` works, and shows the reader something."""
    result = snippet(path)
    shared_module = "/" not in path  # thermometer.py, plotting.py: define only
    assert shared_module or result.output.strip(), f"{path} printed nothing"


FIGURES = re.compile(r"^(show|explorable)\(fig, ", re.MULTILINE)


@pytest.mark.parametrize(
    "path", [p for p in SNIPPET_FILES if FIGURES.search((SNIPPETS / p).read_text())]
)
def test_figure_is_accessible_themed_svg(snippet, path):
    figure = snippet(path).output
    if figure.startswith('<figure class="explorable"'):  # its default frame:
        figure = figure[figure.index('<figure class="plot" id="') :]
    assert figure.startswith('<figure class="plot" id="'), path
    assert re.search(r'<svg role="img" aria-label="[^"]{40,}"', figure), (
        "alt text missing or thin"
    )
    assert "currentColor" in figure and "#010203" not in figure
    assert "<dc:date>" not in figure, "date metadata makes builds differ"
