"""Every chapter as a Jupyter notebook, assembled from the build's own run.

`to_notebook` reads a chapter with `pages.read`, like everything else: prose
becomes Markdown cells, every executed block a code cell with what it printed in
the build attached (text as a stream, each figure as `image/svg+xml`, an
explorable figure as its default frame); each exercise's solution becomes an
empty cell, and the exercises come last. No
kernel runs in the build: the tests run each published notebook in a fresh
kernel and compare. As MkDocs hooks, this adds `notebooks/<chapter>.ipynb` for
every page but the home page (unless its front matter says `notebook: false`),
in a temporary folder; mkdocs-jupyter renders and publishes them, and
overrides/main.html links each chapter to its notebook.

`python -m sitebuild.notebooks docs/<page>.md` prints a page's notebook as text.
"""

import html
import posixpath
import re
import sys
import tempfile
from pathlib import Path

import nbformat
from latex2mathml.converter import convert as latex_to_mathml
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from sitebuild import execution, pages

FOLDER = "notebooks"  # where the notebook pages go in the site
KERNEL = {
    "name": "python3",
    "display_name": "Python 3 (ipykernel)",
    "language": "python",
}
EMPTY_EXERCISE = "# Your solution here"
SETUP_TAG = "remove-input"  # mkdocs.yml: mkdocs-jupyter's remove_input_tags
HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<text>.*?)[ \t]*$")
HIDDEN = re.compile(r"[ \t]*# markdown-exec: hide[ \t]*$", re.MULTILINE)
# A figure; or an explorable one (plotting.explorable), of which the notebook
# shows the figure inside, the default frame, as a browser without JavaScript does.
FIGURE = re.compile(
    r'(?P<explorable><figure class="explorable">\n.*?)?'
    r'<figure class="plot" id="[^"]*">\n(?P<svg><svg [^>]*aria-label="(?P<alt>[^"]*)"'
    r".*?</svg>\n?)</figure>\n?(?(explorable).*?</figure>\n?)",
    re.DOTALL,
)
# A relative link or image: [text](other.md#anchor), ![alt](figure.png)
LINK = re.compile(
    r"(\]\()(?P<target>(?![\w+.-]+:|/)[^)\s#]+)(?P<anchor>#[^)\s]*)?(?=[)\s])"
)


# ─── The page as cells ────────────────────────────────────────────────────────


def _is_solution(aside):
    return aside.title.lower().startswith("solution")


def _cells(text, name):
    """("markdown", text) | ("code", Block) | ("exercise", None) cells of a page;
    admonitions other than solutions become quoted Markdown under their title."""
    body, _ = get_data(text)
    lines = body.split("\n")
    blocks, asides = pages.read(text, name)
    code_at = {block.lines[0]: block for block in blocks if not block.solution}
    solution_at = {a.lines[0]: a for a in asides if _is_solution(a)}
    quoted = [a for a in asides if not _is_solution(a)]
    cells, prose, state = [], [], {"aside": None, "title": None}

    def end_prose():
        text = "\n".join(prose).strip("\n")
        prose.clear()
        if not text.strip():
            return
        if state["aside"]:
            text = "\n".join(f"> {line}".rstrip() for line in text.split("\n"))
            if state["title"]:
                text = f"> **{state['title']}**\n>\n{text}"
                state["title"] = None
        cells.append(("markdown", pages.expand(text)))

    i = 0
    while i < len(lines):
        aside = next((a for a in quoted if a.lines[0] <= i < a.lines[1]), None)
        if aside is not state["aside"]:
            end_prose()
            state.update(aside=aside, title=aside and aside.title)
        if i in solution_at:
            end_prose()
            cells.append(("exercise", None))
            i = solution_at[i].lines[1]
        elif i in code_at:
            end_prose()
            cells.append(("code", code_at[i]))
            i = code_at[i].lines[1]
        elif aside and i == aside.lines[0]:
            i += 1  # the `!!! kind "title"` line: its title heads the quote
        else:
            line = lines[i]
            if aside:
                line = line[aside.indent + 4 :]
            if HEADING.match(line):
                end_prose()  # every heading starts a cell
            prose.append(line)
            i += 1
    end_prose()
    return cells


def _exercises_last(cells):
    """Move the "Exercises" section, up to its last exercise, to the end, so the
    notebook ends with the cells to fill in."""
    heads = [kind == "markdown" and HEADING.match(text.split("\n", 1)[0])
             for kind, text in cells]  # fmt: skip
    levels = [len(head["level"]) if head else 7 for head in heads]
    start = next((i for i, head in enumerate(heads)
                  if head and head["text"] == "Exercises"), None)  # fmt: skip
    if start is None:
        return cells
    end = next((i for i in range(start + 1, len(cells)) if levels[i] <= levels[start]),
               len(cells))  # fmt: skip
    last = max((i + 1 for i in range(start, end) if cells[i][0] == "exercise"),
               default=end)  # fmt: skip
    return cells[:start] + cells[last:end] + cells[end:] + cells[start:last]


def _preface(title, chapter_url, modules, exercises):
    chapter = f"[the chapter {title}]({chapter_url})" if chapter_url else title
    text = (
        f"> This notebook is {chapter}, with the same text and the same code in the"
        " same order, and what the code printed when the site was built. Run the"
        " cells from the top."
    )
    if exercises:
        text += " The exercises at the end are yours; their solutions are on the site."
    if modules:
        names = " and ".join(f"`{name}.py`" for name in modules)
        text += (
            f"\n>\n> The code imports modules shared by the chapters, {names}: the"
            " next cells write them beside this notebook."
        )
    return ("markdown", text)


def outputs(printed):
    """A block's output in the build as notebook outputs: text as a stream, each
    figure as an SVG image whose plain-text fallback is its alt text."""
    made, at = [], 0
    for figure in [*FIGURE.finditer(printed), None]:
        text = printed[at : figure.start() if figure else len(printed)]
        if text:
            made.append(nbformat.v4.new_output("stream", name="stdout", text=text))
        if figure:
            data = {
                "image/svg+xml": figure["svg"],
                "text/plain": html.unescape(figure["alt"]),
            }
            made.append(nbformat.v4.new_output("display_data", data=data))
            at = figure.end()
    return made


def to_notebook(page, name="page.md", link=None, chapter_url=None):
    """Return the notebook of the chapter whose Markdown source is `page`, with
    the outputs of the build's run (`execution.results`) where it has them.

    `link(target)` rewrites a link to another page (`other.md#anchor`) for the
    notebook; `chapter_url` is where the chapter itself can be read.
    """
    if link is not None:
        page = LINK.sub(lambda m: m[1] + link(m["target"]) + (m["anchor"] or ""), page)
    cells = _exercises_last(_cells(page, name))
    title = next(
        (h["text"] for kind, text in cells if kind == "markdown"
         and (h := HEADING.match(text.split("\n", 1)[0])) and h["level"] == "#"),
        "",
    )  # fmt: skip
    modules = {}  # the shared modules the code imports, and theirs
    for kind, block in cells:
        if kind == "code":
            execution.shared_modules(block.code, modules)
    setup = [("setup", f"%%writefile {n}.py\n{s}") for n, s in sorted(modules.items())]
    exercises = any(kind == "exercise" for kind, _ in cells)
    cells[1:1] = [_preface(title, chapter_url, sorted(modules), exercises), *setup]

    notebook = nbformat.v4.new_notebook()
    notebook.metadata = {"kernelspec": KERNEL, "language_info": {"name": "python"}}
    for index, (kind, content) in enumerate(cells):
        if kind == "markdown":
            cell = nbformat.v4.new_markdown_cell(content)
        elif kind == "code":
            code = HIDDEN.sub("", content.code)
            if content.title.startswith("snippets/"):
                code = f"# {content.title}\n{code}"
            cell = nbformat.v4.new_code_cell(code)
            ran = execution.results.get(execution.key_of(content.code))
            if ran is not None and ran["error"] is None:
                cell.outputs = outputs(ran["output"])
        else:
            cell = nbformat.v4.new_code_cell(content or EMPTY_EXERCISE)
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


# ─── MkDocs hooks ─────────────────────────────────────────────────────────────

_build = {}  # per build: the temporary folder, chapter page -> notebook page


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


def _url(config, url, page_url):
    """`url` of the site as the notebook links it: absolute on the hosted site,
    relative to the notebook page on a local one (its address means nothing
    to whoever downloads the notebook)."""
    local = not config.site_url or re.match(
        r"https?://(127\.|localhost)", config.site_url
    )
    return get_relative_url(url, page_url) if local else config.site_url + url


@event_priority(50)  # before mkdocs-jupyter, which takes the .ipynb files as pages
def on_files(files, *, config):
    on_post_build()
    _build["folder"] = folder = tempfile.TemporaryDirectory(prefix="notebooks-")
    pages_ = [file for file in files if file.is_documentation_page()]
    for chapter in [p for p in pages_ if is_chapter(p.src_uri, p.content_string)]:
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
            # A missing page: MkDocs reports it on the chapter.
            return target if linked is None else _url(config, linked.url, page_url)

        chapter_url = _url(config, chapter.url, page_url)
        notebook = to_notebook(
            chapter.content_string, chapter.src_uri, link, chapter_url
        )
        # Not File.generated: mkdocs-jupyter's wrapper of the File finds the
        # notebook only from `src_dir`.
        (Path(folder.name) / uri).parent.mkdir(parents=True, exist_ok=True)
        (Path(folder.name) / uri).write_text(dumps(notebook), encoding="utf-8")
        file = File(uri, folder.name, config.site_dir, config.use_directory_urls)
        file.generated_by = "sitebuild/notebooks.py"  # not in docs/: no edit link
        files.append(file)
        _build[chapter.src_uri] = _build[uri] = uri
    return files


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


def on_post_build(**kwargs):
    folder = _build.pop("folder", None)
    if folder is not None:
        folder.cleanup()
    _build.clear()


on_build_error = on_post_build


if __name__ == "__main__":
    import jupytext

    for page in sys.argv[1:]:
        notebook = to_notebook(Path(page).read_text(encoding="utf-8"), page)
        print(jupytext.writes(notebook, fmt="py:percent"))
