"""Every chapter as a notebook (sitebuild/notebooks.py): assembled from the
page and the build's own run, and honest because every published notebook, run
top to bottom in a fresh kernel, prints what the site shows; ending with
exercises to fill in, never stale, and linked from its page in the built site.

The parameter estimation numbers are the book's, kept here (see
test_parameter_estimation.py)."""

import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import nbformat
import pytest
from conftest import DOCS, ROOT, build_site

from sitebuild import notebooks, pages

CHAPTERS = {
    page.stem: notebooks.to_notebook(page.read_text(), page.name)
    for page in sorted(DOCS.glob("*.md"))
    if notebooks.is_chapter(page.name, page.read_text())
}
PAGE = DOCS / "parameter-estimation.md"
EMBED = re.compile(r'--8<-- "(snippets/[^":]+)(?::[\w-]+)?"')
SOLUTION = re.compile(r'^ *\?\?\? success "Solution"', re.MULTILINE)
SOLUTION_BLOCK = re.compile(r'\?\?\? success "Solution"\n(?:\n| {8}.*\n)*')


# One notebook, top to bottom in a fresh kernel (nbclient), saved with its outputs.
RUN_IN_A_KERNEL = """
import sys, nbclient, nbformat
notebook = nbformat.read(sys.argv[1], as_version=4)
nbclient.NotebookClient(
    notebook,
    kernel_name="python3",  # ipykernel's, in this environment
    timeout=600,
    coalesce_streams=True,  # what a cell printed is one block, however sent
    resources={"metadata": {"path": sys.argv[3]}},  # an empty folder
).execute()  # raises CellExecutionError at the first failing cell
nbformat.write(notebook, sys.argv[2])
"""


@pytest.fixture(scope="session")
def published(clean_builds, tmp_path_factory):
    """{chapter: (the notebook the site publishes, the same notebook run top to
    bottom in a fresh kernel)}, two kernels at a time, each in a process of its
    own."""
    site = clean_builds[0]["process"]

    def run(path):
        folder = tmp_path_factory.mktemp(path.stem)
        fresh = folder / path.name
        command = [sys.executable, "-c", RUN_IN_A_KERNEL, path, fresh, folder]
        ran = subprocess.run(command, capture_output=True, text=True)
        assert ran.returncode == 0, f"{path.name} failed in a kernel:\n{ran.stderr}"
        return path.stem, tuple(nbformat.read(p, as_version=4) for p in (path, fresh))

    with ThreadPoolExecutor(2) as kernels:
        return dict(kernels.map(run, sorted(site.glob("notebooks/*/*.ipynb"))))


def shown(cell):
    """What a code cell shows: each output's kind and text or data."""
    return [
        (output.output_type, output.get("text") or dict(output.get("data", {})))
        for output in cell.get("outputs", [])
    ]


def outputs(notebook, kind="stream"):
    return [
        output.get("text") or output.get("data", {}).get("image/svg+xml", "")
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if output.output_type == kind
    ]


def test_every_chapter_has_a_published_notebook(published):
    assert sorted(published) == sorted(CHAPTERS)


@pytest.mark.parametrize("name", sorted(CHAPTERS))
def test_published_notebook_in_a_fresh_kernel_prints_what_the_site_shows(
    published, name
):
    notebook, fresh = published[name]
    code = [
        (cell, again)
        for cell, again in zip(notebook.cells, fresh.cells)
        if cell.cell_type == "code"
        and notebooks.SETUP_TAG not in cell.metadata.get("tags", [])
    ]
    assert sum(bool(cell.outputs) for cell, _ in code) >= 10
    for cell, again in code:
        assert shown(again) == shown(cell), cell.source.split("\n", 1)[0]
    # Nor warnings: the page never shows them, and their text names a random file.
    assert not [o for c in fresh.cells for o in c.get("outputs", [])
                if o.get("name") == "stderr"]  # fmt: skip


def test_parameter_estimation_notebook_shows_the_chapters_numbers(published):
    text = "".join(outputs(published["parameter-estimation"][0]))
    assert "loss at w = 1, b = 0: 1763.8848" in text  # the book: 1763.8846
    assert "w = 5.3671, b = -17.3012" in text
    assert "epoch 5000  loss 2.927648" in text


def test_figures_are_svg_images_with_their_alt_text(published):
    notebook = published["parameter-estimation"][0]
    figures = [o.data for c in notebook.cells for o in c.get("outputs", [])
               if o.output_type == "display_data"]  # fmt: skip
    assert len(figures) == PAGE.read_text().count('html="on"')
    for figure in figures:
        svg, alt = figure["image/svg+xml"], figure["text/plain"]
        assert svg.startswith('<svg role="img" aria-label="') and len(alt) > 40
        assert alt.replace("&", "&amp;").replace('"', "&quot;") in svg
    assert not any("<svg" in text for text in outputs(notebook))


def test_code_cells_are_the_pages_snippets_in_page_order():
    page = PAGE.read_text()
    solutions = "".join(SOLUTION_BLOCK.findall(page))
    shown = [path for path in EMBED.findall(page) if path not in solutions]
    code = [cell.source for cell in CHAPTERS["parameter-estimation"].cells
            if cell.cell_type == "code" and not cell.metadata]  # fmt: skip
    headers = [source.split("\n", 1)[0] for source in code]
    assert [h for h in headers if h.startswith("# snippets/")] == [
        f"# {path}" for path in shown
    ]
    whole = next(path for path in shown if path.count("/") == 2)  # not a section
    assert f"# {whole}\n{(ROOT / whole).read_text().strip()}" in code  # expanded
    assert not any("--8<--" in c or "markdown-exec" in c or 'exec="' in c for c in code)
    # A hidden line on the page is needed to run: it is in the cell, unmarked.
    assert "from thermometer import t_u\nt_un = 0.1 * t_u" in "\n".join(code)


def test_notebook_ends_with_its_exercises_as_empty_cells_without_solutions():
    notebook = CHAPTERS["parameter-estimation"]
    page = PAGE.read_text()
    n_exercises = len(SOLUTION.findall(page))
    assert n_exercises > 0
    sources = [cell.source for cell in notebook.cells]
    assert sources.count(notebooks.EMPTY_EXERCISE) == n_exercises
    assert notebook.cells[-1].source == notebooks.EMPTY_EXERCISE
    exercises_start = next(
        i for i, s in enumerate(sources) if s.startswith("## Exercises")
    )
    assert sources[exercises_start:].count(notebooks.EMPTY_EXERCISE) == n_exercises
    everything = "\n".join(sources)
    assert "Solution" not in everything and "exercise_" not in everything
    for path in EMBED.findall("".join(SOLUTION_BLOCK.findall(page))):
        assert (ROOT / path).read_text().strip() not in everything


def test_other_admonitions_become_quoted_markdown():
    sources = [cell.source for cell in CHAPTERS["parameter-estimation"].cells]
    assert "> **How the figures on this page are made**\n>\n> Each figure" in "\n".join(
        sources
    )


def test_every_page_but_the_home_page_is_a_chapter_unless_it_opts_out():
    assert notebooks.is_chapter("autograd.md", "# Autograd\n")
    assert not notebooks.is_chapter("index.md", "# Home\n")
    assert not notebooks.is_chapter("about.md", "---\nnotebook: false\n---\n# About\n")


def test_notebook_is_the_same_bytes_every_time_with_stable_cell_ids():
    page = PAGE.read_text()
    first, second = (notebooks.dumps(notebooks.to_notebook(page)) for _ in range(2))
    assert first == second
    cells = json.loads(first)["cells"]
    assert [cell["id"] for cell in cells] == [f"cell-{i}" for i in range(len(cells))]


def test_a_changed_snippet_changes_the_notebook(tmp_path):
    """The notebook is made from the snippet files as they are now: there is
    no copy of them anywhere to go stale."""
    snippet = tmp_path / "snippets" / "demo" / "answer.py"
    snippet.parent.mkdir(parents=True)
    pages.configure({"base_path": ["."], "check_paths": True}, base=tmp_path)
    page = '# Page\n\n```python exec="on"\n--8<-- "snippets/demo/answer.py"\n```\n'
    try:
        snippet.write_text("print(6 * 7)\n")
        before = notebooks.dumps(notebooks.to_notebook(page))
        snippet.write_text("print(7 * 6)\n")
        after = notebooks.dumps(notebooks.to_notebook(page))
    finally:
        pages._preprocessor = None  # back to this project's settings
    assert "print(6 * 7)" in before and "print(7 * 6)" in after


# ─── In a built site ──────────────────────────────────────────────────────────

# Code written in the page, not embedded: the site under test is not this
# repository, whose snippets/ the notebook's embeds are expanded from.
SITE_PAGE = """# A chapter

Prose with $w$ in it, and a link to [the exercises](chapter.md#exercises).

## Printing with `print`

```python exec="on" source="above" result="text"
{code}
```

## Exercises

1. Do it again.

    ??? success "Solution"

        ```python exec="on" source="above" result="text"
        print("solved")
        ```
"""


def build_with_notebooks(tmp_path, code=None, extra=""):
    """A strict build of a one-chapter site with the notebook hooks; `code` is
    that of its page's first block (None: the page as it is)."""
    (tmp_path / "snippets").mkdir(exist_ok=True)  # mkdocs.yml watches it
    if code is not None:
        (tmp_path / "docs").mkdir(exist_ok=True)
        (tmp_path / "docs" / "chapter.md").write_text(SITE_PAGE.format(code=code))
    hooks = [ROOT / "sitebuild" / "hooks.py", ROOT / "sitebuild" / "notebooks.py"]
    (tmp_path / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        "nav: [chapter.md, notebooks/chapter.ipynb]\n"
        f"hooks: [{', '.join(map(str, hooks))}]\n"
        f"theme: {{custom_dir: {ROOT / 'overrides'}}}\n" + extra
    )
    settings = {"MOL_CACHE_DIR": str(tmp_path / "cache"), "MOL_EXECUTOR": "serial"}
    return build_site(tmp_path, "--site-dir", str(tmp_path / "site"), env=settings)


def href_of(html, title):
    match = re.search(rf'<a href="([^"]+)" title="{title}"', html)
    return match and match[1]


SITE = (
    "site_url: https://example.org/mol/\n"
    "repo_url: https://github.com/someone/mol\n"  # on GitHub: Colab can open it
)


def test_chapter_page_links_to_its_notebook_which_the_site_renders(tmp_path):
    build = build_with_notebooks(tmp_path, 'print("forty-two:", 6 * 7)', SITE)
    assert build.returncode == 0, build.stderr
    site = tmp_path / "site"
    chapter = (site / "chapter" / "index.html").read_text()
    download = href_of(chapter, "Download notebook")
    published = (site / "chapter" / download).resolve()
    assert published == site / "notebooks" / "chapter" / "chapter.ipynb"
    notebook = json.loads(published.read_text())
    sources = ["".join(cell["source"]) for cell in notebook["cells"]]
    assert any("forty-two" in source for source in sources)
    # Published as executed: what each cell printed, as one block however the
    # kernel sent it in pieces, and no timestamps.
    printed = [out for cell in notebook["cells"] for out in cell.get("outputs", [])]
    assert printed[-1] == {
        "name": "stdout",
        "output_type": "stream",
        "text": ["forty-two: 42\n"],
    }
    assert not any("execution" in cell["metadata"] for cell in notebook["cells"])
    assert sources[-1] == notebooks.EMPTY_EXERCISE
    # Its links work wherever it is opened: they are absolute.
    assert any("(https://example.org/mol/chapter/#exercises)" in s for s in sources)
    assert href_of(chapter, "Open in Colab") == (
        "https://colab.research.google.com/github/someone/mol/blob/gh-pages/"
        "notebooks/chapter/chapter.ipynb"
    )

    rendered = (site / "notebooks" / "chapter" / "index.html").read_text()
    assert "forty-two: 42" in rendered
    assert href_of(rendered, "Download notebook") == "chapter.ipynb"
    assert "<math" in rendered and "$w$" not in rendered  # MathML, as elsewhere
    assert 'href="../../chapter/#exercises"' in rendered  # relative on the site
    assert '<a href="../../chapter/">the chapter A chapter</a>' in rendered
    assert not re.search(r'<script[^>]+src="https?://', rendered)
    toc = re.findall(r'<a href="#([^"]+)" class="md-nav__link">', rendered)
    assert "printing-with-print" in toc  # a heading with code in it
    assert not set(toc) - set(re.findall(r' id="([^"]+)"', rendered))
    assert "cdnjs" not in rendered
    # Nothing was written next to the sources.
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["chapter.md"]


def test_no_colab_link_without_a_github_repository(tmp_path):
    extra = "site_url: https://example.org/mol/\nrepo_url: https://gitlab.com/a/b\n"
    build = build_with_notebooks(tmp_path, "print(1)", extra)
    assert build.returncode == 0, build.stderr
    chapter = (tmp_path / "site" / "chapter" / "index.html").read_text()
    assert href_of(chapter, "Download notebook")
    assert href_of(chapter, "Open in Colab") is None  # Colab opens GitHub only


def test_notebook_follows_the_code_and_the_prose_with_no_run_of_its_own(tmp_path):
    """The notebook's outputs are the build's run of the same blocks: a prose
    edit runs nothing and shows the new prose; a code edit shows the new output."""
    page = tmp_path / "docs" / "chapter.md"
    rendered = tmp_path / "site" / "notebooks" / "chapter" / "index.html"
    published = rendered.with_name("chapter.ipynb")

    def printed():
        cells = json.loads(published.read_text())["cells"]
        return [text for cell in cells for output in cell.get("outputs", [])
                for text in output.get("text", [])]  # fmt: skip

    first = build_with_notebooks(tmp_path, 'print("first")')
    assert first.returncode == 0 and "Snippets: 2 run" in first.stderr
    executed = published.read_bytes()

    again = build_with_notebooks(tmp_path)
    assert again.returncode == 0 and "Snippets: 0 run" in again.stderr
    assert published.read_bytes() == executed  # from the cache, byte for byte

    page.write_text(page.read_text().replace("Prose with", "Prose, edited, with"))
    prose_edit = build_with_notebooks(tmp_path)
    assert prose_edit.returncode == 0 and "Snippets: 0 run" in prose_edit.stderr
    assert "Prose, edited, with" in rendered.read_text()
    assert printed()[0] == "first\n"

    page.write_text(page.read_text().replace('print("first")', 'print("second")'))
    code_edit = build_with_notebooks(tmp_path)
    assert code_edit.returncode == 0 and "Snippets: 1 run" in code_edit.stderr
    assert printed()[0] == "second\n"
    assert "<pre>second\n</pre>" in rendered.read_text()
