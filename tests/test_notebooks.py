"""Every chapter as a notebook (sitebuild/notebooks.py): assembled from the
page and the build's own run, and honest because every published notebook, run
top to bottom in a fresh kernel, prints what the site shows; ending with
exercises to fill in, never stale, and linked from its page in the built site.

The parameter estimation numbers are the book's, kept here (see
test_parameter_estimation.py)."""

import ast
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import NamedTuple
from urllib.parse import unquote

import nbformat
import pytest
from conftest import DOCS, ROOT, bare_environment, build_site, small_project
from nbconvert import HTMLExporter

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


# One notebook, top to bottom in a fresh kernel of the bare environment (nbclient),
# in an empty folder; saved with its outputs (each check ran on its empty
# answer). Then, in the same kernel, each exercise's check on the answers its
# checks/ file tries, and on the page's own solution, which must pass. argv:
# notebook, where to save it, the folder, a JSON file {index of an answer cell:
# {"solution": code, "tried": [code, ...]}}, and the index of the last cell to
# run (all: -1). Prints {"checks": {index of a check that failed on the empty
# answer: [error, message]}, "tried": {index of an answer cell: {code tried:
# [error, message] or None}}}.
RUN_IN_A_KERNEL = """
import json, os, sys, nbclient, nbformat
from nbclient.exceptions import CellExecutionError
from traitlets.config import Config
notebook = nbformat.read(sys.argv[1], as_version=4)
exercises = {int(i): e for i, e in json.loads(open(sys.argv[4]).read()).items()}
last = int(sys.argv[5]) % len(notebook.cells)
client = nbclient.NotebookClient(
    notebook,
    kernel_name="bare",  # the kernel of the bare environment, JUPYTER_PATH finds it
    timeout=600,
    coalesce_streams=True,  # what a cell printed is one block, however sent
    resources={"metadata": {"path": sys.argv[3]}},  # an empty folder
    # Over Unix sockets beside solutions.json, not TCP ports: a free port the
    # kernel is told of can be taken by another process (a Dask worker, say)
    # before it binds it.
    config=Config(KernelManager={
        "transport": "ipc", "ip": os.path.join(os.path.dirname(sys.argv[4]), "kernel")
    }),
)
def run(index, source):
    client.execute_cell(nbformat.v4.new_code_cell(source), index)

checks, tried = {}, {}
with client.setup_kernel():
    for index, cell in enumerate(notebook.cells[: last + 1]):
        try:
            client.execute_cell(cell, index)
        except CellExecutionError as failed:
            if "check" not in cell.metadata.get("tags", []):
                raise
            checks[index] = [failed.ename, failed.evalue]
    nbformat.write(notebook, sys.argv[2])
    for index, exercise in exercises.items():
        check = notebook.cells[index + 1].source
        said = tried[index] = {}
        for answer in exercise["tried"]:
            run(index, answer)  # raises if the answer itself fails
            try:
                run(index + 1, check)
                said[answer] = None
            except CellExecutionError as failed:
                said[answer] = [failed.ename, failed.evalue]
        run(index, exercise["solution"])
        run(index + 1, check)  # raises if the check fails
print(json.dumps({"checks": checks, "tried": tried}))
"""


@pytest.fixture(scope="session")
def bare_python():
    return bare_environment().result()


def run_bare(bare_python, path, folder, exercises=None, last=-1):
    """Run the notebook at `path` in a fresh kernel of the bare environment,
    from `folder`, nothing else in it, and the checks on `exercises` (from
    `exercises_of`); return it with its outputs, the exercise checks that failed
    on the empty answers {cell index: [error name, message]}, and what the
    checks said of the answers tried {answer cell index: {code: [error name,
    message] or None}}."""
    kernels = folder / "kernels" / "bare"
    kernels.mkdir(parents=True)
    argv = [str(bare_python), "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    spec = {"argv": argv, "display_name": "bare", "language": "python"}
    (kernels / "kernel.json").write_text(json.dumps(spec))
    (folder / "exercises.json").write_text(json.dumps(exercises or {}))
    run_in = folder / "empty"
    run_in.mkdir()
    fresh = folder / path.name
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MPLBACKEND")}
    env["JUPYTER_PATH"] = str(folder)
    command = [sys.executable, "-c", RUN_IN_A_KERNEL, path, fresh, run_in,
               folder / "exercises.json", str(last)]  # fmt: skip
    ran = subprocess.run(command, capture_output=True, text=True, env=env)
    assert ran.returncode == 0, f"{path.name} failed in a kernel:\n{ran.stderr}"
    assert not list(run_in.iterdir()), "the notebook wrote files beside itself"
    said = json.loads(ran.stdout.splitlines()[-1])
    checks = {int(i): e for i, e in said["checks"].items()}
    tried = {int(i): answers for i, answers in said["tried"].items()}
    return nbformat.read(fresh, as_version=4), checks, tried


@pytest.fixture(scope="session")
def published(process_build, bare_python, tmp_path_factory):
    """{chapter: (the notebook the site publishes, the same notebook run top to
    bottom in a fresh kernel of the bare environment, its checks that failed on
    the empty answers, what the checks said of the answers tried)}, two kernels
    at a time. The checks ran on the page's own solutions too, and passed."""
    site, _ = process_build

    def run(path):
        notebook = nbformat.read(path, as_version=4)
        folder = tmp_path_factory.mktemp(path.stem)
        exercises = {i: {"solution": e.solution, "tried": [*e.wrong, *e.right]}
                     for i, e in exercises_of(notebook, path.stem).items()}  # fmt: skip
        return path.stem, (notebook, *run_bare(bare_python, path, folder, exercises))

    # The largest first (most cells, most checks), so the two kernels end together.
    paths = sorted(site.glob("notebooks/*/*.ipynb"), key=lambda p: -p.stat().st_size)
    with ThreadPoolExecutor(2) as kernels:
        return dict(sorted(kernels.map(run, paths)))


class Exercise(NamedTuple):
    solution: str  # the page's own, as the notebook writes code
    wrong: dict  # {a wrong answer: words the check must answer it with}
    right: list  # right answers written another way than the solution


def exercises_of(notebook, chapter):
    """{index of each answer cell that has a check: its Exercise}. The wrong and
    right answers are those its checks/ file lists after `notebooks.TRIED`."""
    page = (DOCS / f"{chapter}.md").read_text()
    blocks, asides = pages.read(page, f"{chapter}.md")
    solutions = [
        [b for b in blocks if a.lines[0] < b.lines[0] < a.lines[1]]
        for a in asides if a.title == "Solution"
    ]  # fmt: skip
    answers = [i for i, cell in enumerate(notebook.cells) if tags(cell) == ["answer"]]
    assert len(answers) == len(solutions), "one answer cell per exercise"
    checks = {i - 1 for i, cell in enumerate(notebook.cells) if tags(cell) == ["check"]}
    exercises = {}
    for i, solution in zip(answers, solutions):
        if i in checks:
            path = ROOT / solution[0].title.replace("snippets/", "checks/", 1)
            tried = path.read_text().partition(notebooks.TRIED)[2]
            listed = {node.targets[0].id: ast.literal_eval(node.value)
                      for node in ast.parse(tried).body}  # fmt: skip
            code = "\n\n".join(notebook_code(b.code) for b in solution)
            wrong, right = listed.get("WRONG", {}), listed.get("RIGHT", [])
            exercises[i] = Exercise(code, wrong, right)
    return exercises


def notebook_code(code):
    return notebooks.without_shared_imports(notebooks.HIDDEN.sub("", code))[0]


def tags(cell):
    return cell.metadata.get("tags", [])


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
    notebook, fresh, _, _ = published[name]
    code = [
        (cell, again)
        for cell, again in zip(notebook.cells, fresh.cells)
        if cell.cell_type == "code" and not {"answer", "check"} & set(tags(cell))
    ]
    assert sum(bool(cell.outputs) for cell, _ in code) >= 10
    for cell, again in code:
        assert shown(again) == shown(cell), cell.source.split("\n", 1)[0]
    # Nor warnings: the page never shows them, and their text names a random file.
    assert not [o for c in fresh.cells for o in c.get("outputs", [])
                if o.get("name") == "stderr"]  # fmt: skip


def test_published_notebooks_have_no_copies_of_shown_code_no_empty_output_no_localhost(
    published,
):
    for name, (notebook, *_) in published.items():
        text = nbformat.writes(notebook)
        assert "%%writefile" not in text and "127.0.0.1" not in text, name
        for cell in notebook.cells:
            for output in cell.get("outputs", []):
                assert output.get("text") or output.get("data"), (
                    name,
                    cell.source[:60],
                )


# What a learner does first: change a definition, and add a figure of their own.
ZEROS = "return torch.zeros_like(t_u)  # edited: a model that predicts 0 °C"
OWN_FIGURE = "fig, ax = plt.subplots()\nax.plot([0, 1], [1, 0])\nplt.show()"


def test_an_edited_definition_changes_later_outputs_and_plt_show_shows(
    published, bare_python, tmp_path
):
    notebook = published["parameter-estimation"][0]
    cells = notebook.cells
    at = next(i for i, cell in enumerate(cells) if "def model(" in cell.source)
    later = next(i for i in range(at + 1, len(cells))
                 if "model(" in cells[i].source and cells[i].outputs)  # fmt: skip
    edited = nbformat.reads(nbformat.writes(notebook), as_version=4)
    assert "return w * t_u + b" in edited.cells[at].source
    edited.cells[at].source = edited.cells[at].source.replace(
        "return w * t_u + b", ZEROS
    )
    edited.cells[later + 1 : later + 1] = [nbformat.v4.new_code_cell(OWN_FIGURE)]
    path = tmp_path / "edited.ipynb"
    nbformat.write(edited, path)
    (tmp_path / "run").mkdir()
    ran, _, _ = run_bare(bare_python, path, tmp_path / "run", last=later + 1)
    assert shown(ran.cells[later]) != shown(cells[later]), cells[later].source
    assert "0.0" in ran.cells[later].outputs[0]["text"]  # its predictions
    (figure,) = ran.cells[later + 1].outputs  # the inline backend's, one image
    assert figure["output_type"] == "display_data" and "image/png" in figure["data"]


@pytest.mark.parametrize("name", sorted(CHAPTERS))
def test_every_exercise_checks_the_answer(published, name):
    """Each check failed on the empty answer with its message in words; failed
    on each wrong answer its checks/ file tries, with the words it gives; passed
    on each right one, and on the page's own solution (`published` ran all)."""
    notebook, _, failed, said = published[name]
    checks = [i for i, cell in enumerate(notebook.cells) if tags(cell) == ["check"]]
    for i in checks:
        assert tags(notebook.cells[i - 1]) == ["answer"]
        assert failed[i][0] == "AssertionError" and len(failed[i][1].split()) >= 3
    assert sorted(failed) == checks
    answers = [i for i, cell in enumerate(notebook.cells) if tags(cell) == ["answer"]]
    assert [i + 1 for i in answers] == checks, "an exercise without a check"
    for i, exercise in exercises_of(notebook, name).items():
        check = notebook.cells[i + 1].source.split("\n", 1)[0]
        assert exercise.wrong, f"{check}: no wrong answer tried"
        for answer, words in exercise.wrong.items():
            assert said[i][answer] is not None, f"{check}: passed {answer!r}"
            error, message = said[i][answer]
            assert error == "AssertionError" and words in message, (answer, message)
        for answer in exercise.right:
            result = said[i][answer]
            assert result is None, f"{check}: failed {answer!r}: {result}"


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
    shown.remove("snippets/plotting.py")  # in an aside about the site's figures
    setup, *code = [cell.source for cell in CHAPTERS["parameter-estimation"].cells
                    if cell.cell_type == "code" and not tags(cell)]  # fmt: skip
    assert setup.startswith(notebooks.SETUP)
    headers = [source.split("\n", 1)[0] for source in code]
    assert headers == [f"# {path}" for path in shown]
    whole = next(path for path in shown if path.count("/") == 2)  # not a section
    expanded = notebooks.without_shared_imports((ROOT / whole).read_text())[0]
    assert f"# {whole}\n{expanded}" in code
    assert not any("--8<--" in c or "markdown-exec" in c or 'exec="' in c for c in code)
    # A hidden line on the page imports: the cells above define what it imports.
    assert any(
        c.startswith("# snippets/thermometer.py\nt_un = 0.1 * t_u") for c in code
    )


@pytest.mark.parametrize("name", sorted(CHAPTERS))
def test_later_cells_use_the_definitions_the_notebook_shows(name):
    """No cell imports the shared modules, nor writes them: every definition
    the page shows is a cell, defined once; what the page does not show (or
    shows only after a cell uses it) is in one visible setup cell at the top."""
    code = [cell for cell in CHAPTERS[name].cells if cell.cell_type == "code"]
    setup = code[0].source
    assert setup.startswith(notebooks.SETUP) and not code[0].metadata
    everything = "\n".join(cell.source for cell in code)
    for module in ("thermometer", "plotting", "scalar_autograd"):
        assert f"from {module} import" not in everything
        assert f"import {module}" not in everything
    assert "%%writefile" not in everything
    cells = [cell.source for cell in code[1:]]
    for i, source in enumerate(cells):
        defined = re.findall(r"^(?:def|class) (\w+)", source, re.MULTILINE)
        # In the setup too only if a cell above uses it (or its cell's) first.
        used_before = any(re.search(rf"\b{d}\b", c) for d in defined for c in cells[:i])
        assert used_before or not any(f"def {d}(" in setup for d in defined), defined


def test_setup_holds_what_the_page_uses_before_or_without_showing_it():
    setup = CHAPTERS["parameter-estimation"].cells[2].source
    assert "def show(fig, name, alt):" in setup  # figures: never shown here
    assert "def loss_hessian(" in setup  # shown in Optimizers
    assert "def grad_by_hand(" in setup  # a figure uses it before it is shown
    for shown in ("def model(", "def loss_fn(", "def training_loop(", "t_un ="):
        assert shown not in setup, shown
    assert "def plot_fit(" not in setup  # not used in this chapter
    later = notebooks.to_notebook((DOCS / "optimizers.md").read_text()).cells
    assert "def model(" in later[2].source and "def training_loop(" in later[2].source


def test_notebook_ends_with_its_exercises_to_fill_in_without_solutions():
    notebook = CHAPTERS["parameter-estimation"]
    page = PAGE.read_text()
    n_exercises = len(SOLUTION.findall(page))
    assert n_exercises > 0
    answers = [i for i, cell in enumerate(notebook.cells) if tags(cell) == ["answer"]]
    assert len(answers) == n_exercises
    exercises_start = next(i for i, cell in enumerate(notebook.cells)
                           if cell.source.startswith("## Exercises"))  # fmt: skip
    assert exercises_start < answers[0]
    assert tags(notebook.cells[-1]) in (["answer"], ["check"])
    everything = "\n".join(cell.source for cell in notebook.cells)
    assert "Solution" not in everything and "exercise_" not in everything
    for path in EMBED.findall("".join(SOLUTION_BLOCK.findall(page))):
        solution = notebooks.without_shared_imports((ROOT / path).read_text())[0]
        assert solution not in everything


@pytest.mark.parametrize("name", sorted(CHAPTERS))
def test_links_within_a_notebook_reach_their_headings_in_jupyter(name):
    """Jupyter names a heading by its text ("Common-errors"), not as the site
    does ("common-errors"): nbconvert, which renders as Jupyter does, finds
    every heading a link within the notebook names."""
    html, _ = HTMLExporter().from_notebook_node(CHAPTERS[name])
    ids = set(re.findall(r' id="([^"]+)"', html))
    links = re.findall(r'<a href="#([^"]+)">(?!¶)', html)  # not the headings' own
    assert links or name == "training-validation-overfitting"
    assert [link for link in links if unquote(link) not in ids] == []


def test_other_admonitions_become_quoted_markdown():
    sources = "\n".join(cell.source for cell in CHAPTERS["parameter-estimation"].cells)
    assert "> **Broadcasting**\n>\n> `w * t_u` multiplies" in sources


def test_what_the_page_says_about_the_site_the_notebook_says_for_itself():
    text = json.dumps([notebooks.dumps(notebook) for notebook in CHAPTERS.values()])
    for site_only in ("title of the block", "python snippets/", "this page was built",
                      "How the figures on this page"):  # fmt: skip
        assert site_only not in text
    page = "---\nnotebook:\n  Words the page lacks.: Other words.\n---\n# Page\n"
    with pytest.raises(ValueError, match="Words the page lacks"):
        notebooks.to_notebook(page, "page.md")


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
    nav = ["chapter.md", "notebooks/chapter.ipynb"]
    small_project(tmp_path, nav, ("hooks.py", "notebooks.py"), extra)
    if code is not None:
        (tmp_path / "docs" / "chapter.md").write_text(SITE_PAGE.format(code=code))
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
    assert sources[1].startswith(
        "This notebook is [the chapter A chapter](https://example.org/mol/chapter/)"
    )
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
