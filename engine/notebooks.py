"""Every chapter as a Jupyter notebook, made from the page itself at build time.

`to_notebook` turns a chapter's Markdown into a notebook: the prose as Markdown
cells and every executed block (its snippet embedded, hidden lines kept) as a
code cell, in page order. Each exercise's solution becomes an empty cell to
fill in, and the exercises come last. The first code cells write the shared
modules that the code imports, so the notebook runs anywhere.

As MkDocs hooks, this adds `notebooks/<chapter>.ipynb` to the site for every
chapter (every page but the home page, unless its front matter says
`notebook: false`) and runs each in a fresh kernel (nbclient). The kernels
start as the build begins, in processes of their own at low priority, so they
use the second core while the build runs the snippets on the first; a cell
that fails fails the build, naming notebook and cell. What a notebook printed
is cached by its code alone, so editing prose runs no kernel. mkdocs-jupyter
renders the executed notebooks and publishes them, outputs included, beside
their pages; overrides/main.html links each chapter to its notebook. Nothing
is written to the repository: the notebooks live in a temporary folder for
the length of a build.

`python -m engine.notebooks docs/<page>.md` prints a page's notebook as text.
"""

import hashlib
import html
import json
import logging
import os
import platform
import posixpath
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path

import nbformat
from latex2mathml.converter import convert as latex_to_mathml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from engine import execution
from engine.includes import ROOT, expand

log = logging.getLogger("mkdocs.hooks")

SNIPPETS = ROOT / "snippets"
FOLDER = "notebooks"  # where the notebook pages go in the site
KERNEL = {
    "name": "python3",
    "display_name": "Python 3 (ipykernel)",
    "language": "python",
}
EMPTY_EXERCISE = "# Your solution here"
SETUP_TAG = "remove-input"  # mkdocs.yml: mkdocs-jupyter's remove_input_tags

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
EXECUTED_PYTHON = re.compile(r'^(?:python|py|python3)\b.*\bexec="(?:on|true|yes|1)"')
# An admonition (!!! / ???) or a content tab (===), whose body is indented by 4.
ASIDE = re.compile(
    r"^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?|===\+?)"
    r'(?:[ \t]+(?P<kind>[\w-]+))?(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$'
)
HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<text>.*?)[ \t]*$")
EMBED = re.compile(r'^[ \t]*--8<-- "(?P<path>[^":]+)(?::[\w-]+)?"[ \t]*$', re.MULTILINE)
HIDDEN = re.compile(r"[ \t]*# markdown-exec: hide[ \t]*$", re.MULTILINE)
# A relative link or image: [text](other.md#anchor), ![alt](figure.png)
LINK = re.compile(
    r"(\]\()(?P<target>(?![\w+.-]+:|/)[^)\s#]+)(?P<anchor>#[^)\s]*)?(?=[)\s])"
)


# ─── The page as cells ────────────────────────────────────────────────────────


def _closing_fence(lines, start, indent, fence):
    closing = re.compile(rf"^{re.escape(indent)}{fence[0]}{{{len(fence)},}}[ \t]*$")
    return next(
        (i for i in range(start, len(lines)) if closing.match(lines[i])), len(lines)
    )


def _code(lines):
    """A code cell from an executed block: embeds expanded, hidden lines shown,
    headed by the path of the snippet it embeds (the block's title on the page)."""
    raw = "\n".join(lines)
    code = HIDDEN.sub("", expand(raw)).strip("\n")
    if len(paths := EMBED.findall(raw)) == 1:
        code = f"# {paths[0]}\n{code}"
    return ("code", code)


def _aside(title, cells):
    """An admonition's body, quoted, under its title in bold."""
    quoted = [
        (kind, "\n".join(f"> {line}".rstrip() for line in text.split("\n")))
        if kind == "markdown"
        else (kind, text)
        for kind, text in cells
    ]
    if title:
        heading = f"> **{title}**"
        if quoted and quoted[0][0] == "markdown":
            quoted[0] = ("markdown", f"{heading}\n>\n{quoted[0][1]}")
        else:
            quoted.insert(0, ("markdown", heading))
    return quoted


def _cells(lines):
    """Split Markdown lines into ("markdown" | "code", text) cells."""
    cells, prose = [], []

    def end_prose():
        text = "\n".join(prose).strip("\n")
        if text.strip():
            cells.append(("markdown", expand(text)))
        prose.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        if fence := FENCE.match(line):
            end = _closing_fence(lines, i + 1, fence["indent"], fence["fence"])
            if EXECUTED_PYTHON.match(fence["info"].strip()):
                end_prose()
                cells.append(
                    _code(row[len(fence["indent"]) :] for row in lines[i + 1 : end])
                )
            else:
                prose.extend(lines[i : end + 1])
            i = end + 1
        elif aside := ASIDE.match(line):
            body_indent = aside["indent"] + "    "
            end = i + 1
            while end < len(lines) and (
                lines[end].startswith(body_indent) or not lines[end].strip()
            ):
                end += 1
            body = [row[len(body_indent) :] for row in lines[i + 1 : end]]
            title = aside["title"]
            if title is None:
                title = (aside["kind"] or "").replace("-", " ").capitalize()
            end_prose()
            if title.lower().startswith("solution"):
                cells.append(("code", EMPTY_EXERCISE))
            else:
                cells.extend(_aside(title, _cells(body)))
            i = end
        else:
            if HEADING.match(line):
                end_prose()  # every heading starts a cell
            prose.append(line)
            i += 1
    end_prose()
    return cells


def _heading_level(cell):
    kind, text = cell
    heading = HEADING.match(text.split("\n", 1)[0]) if kind == "markdown" else None
    return len(heading["level"]) if heading else None


def _exercises_last(cells):
    """Move the exercises (the "Exercises" section, up to its last exercise) to
    the end, so the notebook ends with the cells to fill in."""
    starts = [i for i, (kind, text) in enumerate(cells) if kind == "markdown"
              and re.match(r"#{1,6}[ \t]+Exercises[ \t]*(\n|$)", text)]  # fmt: skip
    if not starts:
        return cells
    start = starts[0]
    level = _heading_level(cells[start])
    end = next(
        (
            i
            for i in range(start + 1, len(cells))
            if (_heading_level(cells[i]) or 7) <= level
        ),
        len(cells),
    )
    section = cells[start:end]
    exercises = [i for i, cell in enumerate(section) if cell[1] == EMPTY_EXERCISE]
    last = exercises[-1] + 1 if exercises else len(section)
    return cells[:start] + section[last:] + cells[end:] + section[:last]


def _preface(title, chapter_url, modules, exercises):
    chapter = f"the chapter {title}" if title else "a chapter of the site"
    source = f"[{chapter}]({chapter_url})" if chapter_url else chapter
    text = (
        f"> This notebook is {source}, with the same text and the same code in the"
        " same order. Run the cells from the top."
    )
    if exercises:
        text += (
            " The exercises at the end are left for you to fill in; their solutions"
            " are on the site."
        )
    if modules:
        names = [f"`{name}.py`" for name in modules]
        if len(names) > 1:
            names = [", ".join(names[:-1]) + " and " + names[-1]]
        text += (
            f"\n>\n> The code imports modules shared by the chapters: {names[0]}."
            " The next cells write them next to this notebook, as they are in the"
            " repository's `snippets/` folder."
        )
    return ("markdown", text)


def to_notebook(page, link=None, chapter_url=None):
    """Return the notebook of a chapter whose Markdown source is `page`.

    `link(target)` rewrites a link to another page (`other.md#anchor`) for the
    notebook; `chapter_url` is where the chapter itself can be read.
    """
    text, _ = get_data(page)
    if link is not None:
        text = LINK.sub(lambda m: m[1] + link(m["target"]) + (m["anchor"] or ""), text)
    cells = _exercises_last(_cells(text.split("\n")))
    title = next(
        (
            h["text"]
            for kind, source in cells
            if kind == "markdown"
            and (h := HEADING.match(source.split("\n", 1)[0]))
            and h["level"] == "#"
        ),
        "",
    )
    modules = set()  # the shared modules the code imports, and theirs
    for kind, code in cells:
        if kind == "code":
            execution._local_imports(code, modules)
    modules = sorted(modules)
    setup = [
        (
            "setup",
            f"%%writefile {name}.py\n" + (SNIPPETS / f"{name}.py").read_text("utf-8"),
        )
        for name in modules
    ]
    exercises = ("code", EMPTY_EXERCISE) in cells
    cells[1:1] = [_preface(title, chapter_url, modules, exercises), *setup]

    notebook = nbformat.v4.new_notebook()
    notebook.metadata = {
        "kernelspec": KERNEL,
        "language_info": {"name": "python"},
        # What the outputs depend on besides the code, as in the snippets' cache:
        # part of the key under which a run's outputs are kept.
        "made_with": {
            "python": platform.python_version(),
            **{library: version(library) for library in execution.LIBRARIES},
        },
    }
    for index, (kind, source) in enumerate(cells):
        if kind == "markdown":
            cell = nbformat.v4.new_markdown_cell(source)
        else:
            cell = nbformat.v4.new_code_cell(source.rstrip("\n"))
        if kind == "setup":  # plumbing: folded in Jupyter, output only on the site
            cell.metadata = {"jupyter": {"source_hidden": True}, "tags": [SETUP_TAG]}
        cell.id = f"cell-{index}"  # stable: the same page gives the same bytes
        notebook.cells.append(cell)
    nbformat.validate(notebook)
    return notebook


def dumps(notebook):
    return nbformat.writes(notebook) + "\n"


def is_chapter(src_uri, text):
    """Every Markdown page but the home page is a chapter, and has a notebook,
    unless its front matter says `notebook: false`."""
    if not src_uri.endswith(".md") or src_uri == "index.md":
        return False
    _, meta = get_data(text)
    return meta.get("notebook", True) is not False


def chapter_notebooks():
    """(name, notebook) for every chapter in docs/, links left as written."""
    for page in sorted((ROOT / "docs").rglob("*.md")):
        src_uri, text = (
            page.relative_to(ROOT / "docs").as_posix(),
            page.read_text("utf-8"),
        )
        if is_chapter(src_uri, text):
            yield src_uri.removesuffix(".md"), to_notebook(text)


# ─── Running a notebook ───────────────────────────────────────────────────────

NOTEBOOK_CACHE = execution.CACHE / "notebooks"
# What every kernel says as it starts; the kernel only ever talks to this machine.
KERNEL_NOTICE = re.compile(
    r"^\[IPKernelApp\] WARNING \| Kernel is running over TCP.*\n", re.MULTILINE
)


def _code_cells(notebook):
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def notebook_key(notebook):
    """Hash of what a run's outputs depend on: the code cells (which include the
    shared modules they write), the kernel, and the versions. Not the prose."""
    code = [cell.source for cell in _code_cells(notebook)]
    made = json.dumps([KERNEL, notebook.metadata["made_with"], code])
    return hashlib.sha256(made.encode()).hexdigest()


def execute(path):
    """Run the notebook at `path` top to bottom in a fresh kernel, in its folder,
    and save it with its outputs. A failing cell exits with nbclient's message,
    which quotes the cell and the traceback."""
    import nbclient  # only the process that runs a notebook needs it

    os.nice(10)  # the build's own snippets come first
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name=KERNEL["name"],
        timeout=execution.TIME_LIMIT,  # per cell, as for each snippet
        record_timing=False,  # no timestamps: the same code gives the same bytes
        coalesce_streams=True,  # what a cell printed is one block, however sent
        resources={"metadata": {"path": str(path.parent)}},
    )
    metadata = notebook.metadata.copy()
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as error:
        sys.exit(str(error))
    # As made, not with what the kernel adds to it: the notebook is then the
    # same bytes whether its outputs come from this run or from the cache.
    notebook.metadata = metadata
    partial_file = path.with_suffix(".partial")
    nbformat.write(notebook, partial_file)
    partial_file.replace(path)


class KernelRun:
    """A notebook queued to be run by `execute`, in a process of its own.

    While the build runs the snippets, one notebook runs at a time: of the two
    cores, the snippets keep one. Once they are done (`on_pre_page`), two run."""

    queue = ThreadPoolExecutor(max_workers=2)

    def __init__(self, path, key, cores):
        self.path, self.key, self.cores = path, key, cores
        self.process, self.stopped = None, False
        self.result = self.queue.submit(self._run)

    def _run(self):
        with self.cores:
            if self.stopped:  # while it waited for a core
                return None
            started = time.perf_counter()
            self.process = subprocess.Popen(
                [sys.executable, "-m", "engine.notebooks", "--execute", str(self.path)],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                # One torch thread, as in the build: the tensors are tiny.
                env={**os.environ, "OMP_NUM_THREADS": "1"},
                start_new_session=True,  # stop() stops its kernel with it
            )
            output, _ = self.process.communicate()
        return self.process.returncode, output, time.perf_counter() - started

    def wait(self, name):
        """The executed notebook; PluginError naming `name` if a cell failed."""
        returncode, output, seconds = self.result.result()
        if returncode != 0:
            output = KERNEL_NOTICE.sub("", output)
            raise PluginError(f"notebook {name} failed in its kernel:\n{output}")
        log.info("Notebook %s ran in a kernel in %.1f s", name, seconds)
        return nbformat.read(self.path, as_version=4)

    def stop(self):
        self.stopped = True
        if not self.result.cancel() and self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)


def _start(notebook, path, cores):
    """Write `notebook` to `path`, with the outputs of an earlier run of the same
    code if there is one; otherwise start a kernel run of it."""
    key = notebook_key(notebook)
    cached = execution.read_cache(key, NOTEBOOK_CACHE) if execution.USE_CACHE else None
    if cached is not None:
        for cell, (count, outputs) in zip(_code_cells(notebook), cached["cells"]):
            cell.execution_count = count
            cell.outputs = nbformat.from_dict(outputs)
    path.write_text(dumps(notebook), encoding="utf-8")
    if cached is None and execution.EXECUTE:
        return KernelRun(path, key, cores)
    return None


def _finish(run, name):
    executed = run.wait(name)
    if execution.USE_CACHE:
        cells = [[c.execution_count, c.outputs] for c in _code_cells(executed)]
        execution.write_cache(run.key, {"cells": cells}, NOTEBOOK_CACHE)


# ─── MkDocs hooks ─────────────────────────────────────────────────────────────

_build = {}  # per build: the temporary folder, chapter page -> notebook page,
_runs = {}  # and notebook page -> its KernelRun while it runs


def on_config(config, **kwargs):
    if not execution.USE_CACHE:  # nor mkdocs-jupyter's cache of rendered pages
        config.plugins["mkdocs-jupyter"].config["cache"] = False


def colab_url(config, path):
    """`path` of the published site opened in Colab, or None: Colab opens
    notebooks from GitHub only, and `mkdocs gh-deploy` publishes the site to
    the branch `remote_branch` of `repo_url`."""
    github = re.fullmatch(
        r"https://github\.com/([\w.-]+)/([\w.-]+?)(?:\.git)?/?", config.repo_url or ""
    )
    if github is None:
        return None
    owner, repo = github.groups()
    return (
        "https://colab.research.google.com/github/"
        f"{owner}/{repo}/blob/{config.remote_branch}/{path}"
    )


def _absolute(config, url):
    return config.site_url.rstrip("/") + "/" + url if config.site_url else None


@event_priority(50)  # before mkdocs-jupyter, which takes the .ipynb files as pages
def on_files(files, *, config):
    _stop_runs()
    _build.clear()
    _build["cores"] = threading.Semaphore(1)  # for kernels; on_pre_page adds one
    _build["folder"] = folder = tempfile.TemporaryDirectory(prefix="notebooks-")
    pages = [file for file in files if file.is_documentation_page()]
    chapters = [page for page in pages if is_chapter(page.src_uri, page.content_string)]
    for chapter in chapters:
        name = Path(chapter.src_uri).with_suffix("").as_posix()
        uri = f"{FOLDER}/{name}.ipynb"
        # The notebook page's URL: that of a Markdown page in its place.
        page_url = File(
            f"{FOLDER}/{name}.md", None, None, config.use_directory_urls
        ).url

        def link(target, chapter=chapter, page_url=page_url):
            linked = files.get_file_from_path(
                posixpath.normpath(
                    posixpath.join(posixpath.dirname(chapter.src_uri), target)
                )
            )
            if linked is None:
                return target  # a missing page: MkDocs reports it on the chapter
            return _absolute(config, linked.url) or get_relative_url(
                linked.url, page_url
            )

        chapter_url = _absolute(config, chapter.url) or get_relative_url(
            chapter.url, page_url
        )
        notebook = to_notebook(chapter.content_string, link, chapter_url)
        # A folder of its own, where the kernel runs and writes the shared
        # modules. Not File.generated: mkdocs-jupyter's wrapper of the File
        # finds the notebook only from `src_dir`.
        src_dir = Path(folder.name, name)
        (src_dir / uri).parent.mkdir(parents=True)
        if run := _start(notebook, src_dir / uri, _build["cores"]):
            _runs[uri] = run
        file = File(uri, str(src_dir), config.site_dir, config.use_directory_urls)
        file.generated_by = "engine/notebooks.py"  # not in docs/: no edit link
        files.append(file)
        _build[chapter.src_uri] = _build[uri] = uri
    return files


@event_priority(50)  # before mkdocs-jupyter reads the notebook to render it
def on_pre_page(page, **kwargs):
    """Wait for the notebook's kernel run, if it had one. The notebook pages
    come after every chapter: the snippets are done, kernels may take both
    cores."""
    if page.file.src_uri.startswith(f"{FOLDER}/") and not _build.get("all cores"):
        _build["all cores"] = True
        _build["cores"].release()
    if run := _runs.pop(page.file.src_uri, None):
        _finish(run, page.file.src_uri)
    return page


def on_page_markdown(markdown, *, page, config, files):
    """Give each chapter page, and each notebook page, the links to its notebook."""
    uri = _build.get(page.file.src_uri)
    if uri is None:
        return markdown
    notebook_page = files.get_file_from_path(uri)
    # mkdocs-jupyter publishes the .ipynb beside the notebook page's index.html
    published = posixpath.join(
        posixpath.dirname(notebook_page.dest_path.replace("\\", "/")),
        posixpath.basename(uri),
    )
    page.notebook = {
        "download": get_relative_url(published, page.url),
        "colab": colab_url(config, published),
    }
    if page.file.src_uri == uri:
        page.meta["search"] = {"exclude": True}  # search finds the chapter instead
        page.edit_url = None  # not a file of the repository
    return markdown


# nbconvert's loaders of MathJax and Mermaid, from a CDN: the site makes no
# request to another host, and has no Mermaid diagram.
LOADERS = re.compile(
    r"[ \t]*<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->\n?"
    r'|[ \t]*<script type="module">\s*document\.addEventListener\("DOMContentLoaded"'
    r".*?<!-- End of mermaid configuration -->\n?",
    re.DOTALL,
)
MARKDOWN_CELL = re.compile(
    r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^"]*"[^>]*>)(.*?)(</div>)',
    re.DOTALL,
)
HEADING_ID = re.compile(r'<h[1-6] id="([^"]+)">(.*?)<a class="anchor-link"', re.DOTALL)
MATH = re.compile(r"(<code>.*?</code>)|\$\$(.+?)\$\$|\$(.+?)\$", re.DOTALL)


def _mathml(match):
    code, block, inline = match.groups()
    if code is not None:
        return code  # a dollar in code is not math
    latex, display = (block, "block") if block is not None else (inline, "inline")
    return latex_to_mathml(html.unescape(latex).strip(), display=display)


def _relative_links(content, page, site_url):
    """Links to the site, absolute in the notebook so that they work wherever
    it is opened, relative on the site's own page, as on every other page."""
    if not site_url:
        return content
    site_url = site_url.rstrip("/") + "/"
    return re.sub(
        rf'href="{re.escape(site_url)}([^"#]*)',
        lambda m: 'href="' + get_relative_url(m[1] or "./", page.url),
        content,
    )


def on_page_content(content, *, page, config, **kwargs):
    """On notebook pages: no script from a CDN, links relative, and math
    typeset as MathML, as on every other page."""
    if not page.file.src_uri.startswith(f"{FOLDER}/"):
        return content
    content = _relative_links(LOADERS.sub("", content), page, config.site_url)
    _match_toc_to_headings(page.toc, HEADING_ID.findall(content))
    return MARKDOWN_CELL.sub(lambda m: m[1] + MATH.sub(_mathml, m[2]) + m[3], content)


def _toc_links(toc):
    for link in toc:
        yield link
        yield from _toc_links(link.children)


def _match_toc_to_headings(toc, headings):
    """mkdocs-jupyter makes the table of contents from the headings with their
    code left out ("What offers" for "What `torch.optim` offers"), so its links
    miss the headings' ids: give each entry its heading's id and text."""
    links = list(_toc_links(toc))
    if len(links) == len(headings):
        for link, (heading_id, text) in zip(links, headings):
            link.id = heading_id
            link.title = re.sub(r"<[^>]+>", "", text).strip()  # still HTML, no tags


def _stop_runs():
    for run in _runs.values():
        run.stop()
    _runs.clear()


def on_post_build(**kwargs):
    _stop_runs()  # none left after a build, unless a notebook page was not built
    folder = _build.pop("folder", None)
    if folder is not None:
        folder.cleanup()


on_build_error = on_post_build


if __name__ == "__main__":
    if sys.argv[1:2] == ["--execute"]:
        execute(Path(sys.argv[2]))
        sys.exit()
    import jupytext

    for page in sys.argv[1:]:
        notebook = to_notebook(Path(page).read_text(encoding="utf-8"))
        print(jupytext.writes(notebook, fmt="py:percent"))
