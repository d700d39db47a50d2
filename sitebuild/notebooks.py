"""Every chapter as a Jupyter notebook, assembled from the build's own run.

`to_notebook` reads a chapter with `pages.read`, like everything else: prose
becomes Markdown cells, every executed block a code cell with what it printed in
the build attached (text as a stream, each figure as `image/svg+xml`, an
explorable figure as its default frame). The
cells are one program: their imports of the shared modules are left out, as
the cells that show those definitions make them, and one setup cell at the top
holds what the chapter uses without showing it. The front matter's `notebook:`
says the page's words about the site as a notebook does. Each exercise's
solution becomes its hint, answer cell and check (checks/), and the exercises
come last. No kernel runs in the build: the tests run each published notebook
in a fresh kernel of a bare environment and compare. As MkDocs hooks, this
adds `notebooks/<chapter>.ipynb` for every page but the home page (unless its
front matter says `notebook: false`), in a temporary folder; mkdocs-jupyter
renders and publishes them, and overrides/main.html links each chapter to its
notebook.

`python -m sitebuild.notebooks docs/<page>.md` prints a page's notebook as text.
"""

import ast
import base64
import html
import itertools
import posixpath
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote, unquote

import nbformat
from markdown.extensions.toc import slugify
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from sitebuild import execution, pages, stylesheets
from sitebuild.mathml import typeset

FOLDER = "notebooks"  # where the notebook pages go in the site
FIGURES = "plotting"  # the shared module that draws the figures, as the site does
KERNEL = {
    "name": "python3",
    "display_name": "Python 3 (ipykernel)",
    "language": "python",
}
EMPTY_EXERCISE = "# Your solution here"
CHECK = "\n# ─── check ───\n"  # in checks/: what follows is the check cell
TRIED = "\n# ─── tried by the tests ───\n"  # and after this, answers for the tests
SETUP = "# Setup: what this chapter's code uses but does not show (or uses before it\n"
SETUP += "# shows it), from the modules the chapters share. Run this cell first.\n"
HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<text>.*?)[ \t]*$")
HIDDEN = re.compile(r"[ \t]*# markdown-exec: hide[ \t]*$", re.MULTILINE)
# A figure; or an explorable one (plotting.explorable), of which the notebook
# shows the figure inside, the default frame, as a browser without JavaScript does.
FIGURE = re.compile(
    r"(?P<explorable><figure class=\"explorable\" data-frames='[^']*'>\n.*?)?"
    r'<figure class="plot" id="[^"]*">\n(?P<svg><svg [^>]*aria-label="(?P<alt>[^"]*)"'
    r".*?</svg>\n?)</figure>\n?(?(explorable).*?</figure>\n?)",
    re.DOTALL,
)
# A link within the page: [text](#anchor)
IN_PAGE = re.compile(r"(\]\(#)([^)\s]+)(?=\))")
# A relative link or image: [text](other.md#anchor), ![alt](figure.png)
LINK = re.compile(
    r"(\]\()(?P<target>(?![\w+.-]+:|/)[^)\s#]+)(?P<anchor>#[^)\s]*)?(?=[)\s])"
)


# ─── The page as cells ────────────────────────────────────────────────────────


def _is_solution(aside):
    return aside.title.lower().startswith("solution")


def _cells(text, name, left_out=()):
    """("markdown", text) | ("code", Block) | ("exercise", its solution's
    first Block) cells of a page;
    admonitions other than solutions become quoted Markdown under their title,
    but those titled as in `left_out`, which the notebook leaves out."""
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
        if aside and aside.title in left_out:
            i = aside.lines[1]
        elif i in solution_at:
            end_prose()
            solution = [b for b in blocks if i < b.lines[0] < solution_at[i].lines[1]]
            cells.append(("exercise", solution[0] if solution else None))
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


def _for_a_notebook(cells, words, page, name):
    """`cells` with what the page says about the site said as a notebook says
    it: `words` (the front matter's `notebook:`) maps each passage of the page,
    as written there, to the notebook's words (empty: left out)."""
    for passage, replacement in words.items():
        pattern = re.compile(r"\s+".join(map(re.escape, passage.split())))
        found = [pattern.search(text) for kind, text in cells if kind == "markdown"]
        aside = re.search(rf'^ *[!?]{{3}}\+? \w+ "{re.escape(passage)}"', page, re.M)
        if not any(found) and not (aside and not replacement):
            raise ValueError(f"{name}: notebook: no passage {passage[:50]!r}...")
        as_written = replacement.replace("\\", "\\\\")  # no escapes: LaTeX
        cells = [(kind, pattern.sub(as_written, text) if kind == "markdown" else text)
                 for kind, text in cells]  # fmt: skip
    return [(kind, text) for kind, text in cells if kind != "markdown" or text.strip()]


def _jupyter_id(heading):
    """The id Jupyter (JupyterLab, Notebook, nbconvert) gives a heading: its
    text, spaces as hyphens ("Step-through-backward()")."""
    return heading.replace(" ", "-")


def _anchors_as_jupyter_names_them(cells):
    """Links within the page (`#common-errors`, the site's ids) to the ids
    Jupyter gives the same headings (`#Common-errors`)."""
    ids = {}
    for kind, text in cells:
        for line in text.split("\n") if kind == "markdown" else []:
            if heading := HEADING.match(line):
                plain = heading["text"].replace("`", "")
                ids[slugify(plain, "-")] = quote(_jupyter_id(plain), safe=":")
    return [
        (kind, IN_PAGE.sub(lambda m: m[1] + ids.get(m[2], m[2]), text))
        if kind == "markdown" else (kind, text)
        for kind, text in cells
    ]  # fmt: skip


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


def _preface(title, chapter_url, exercises, shared):
    chapter = f"[the chapter {title}]({chapter_url})" if chapter_url else title
    text = (
        f"This notebook is {chapter}, with what its code printed when the site was"
        " built: run the cells from the top, and change them."
    )
    if shared:
        headed = " or ".join(f"`# {module}`" for module in shared)
        text += f" Cells headed {headed} hold what the chapters share (the text's"
        text += " *shared module*): the cells after them use those definitions."
    if exercises:
        solutions = f"[on the site]({chapter_url}#exercises)" if chapter_url else ""
        text += " The exercises at the end check your answers; the solutions are"
        text += f" {solutions or 'on the site'}."
    return ("markdown", text)


# ─── The code, as one program ─────────────────────────────────────────────────


def _shared_modules():
    return sorted(path.stem for path in execution.SNIPPETS.glob("*.py"))


def _bound(tree):
    """{name: statement} of the names bound at the top level of `tree`."""
    bound = {}
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.ClassDef)):
            bound[stmt.name] = stmt
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            bound.update({(a.asname or a.name).split(".")[0]: stmt for a in stmt.names})
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = getattr(stmt, "targets", None) or [stmt.target]
            bound.update({n.id: stmt for t in targets for n in ast.walk(t)
                          if isinstance(n, ast.Name)})  # fmt: skip
    return bound


def _names(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def without_shared_imports(code):
    """`code` without its imports from the shared modules (snippets/*.py), and
    the names it imports at its top level: in a notebook, earlier cells define
    them; the names it imports inside a function, too."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return code, set(), set()
    lines, top, inside = code.split("\n"), set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in _shared_modules():
            names = top if node in tree.body else inside
            names |= {alias.name for alias in node.names}
            for line in range(node.lineno - 1, node.end_lineno):
                lines[line] = None
    code = "\n".join(line for line in lines if line is not None)
    return re.sub(r"\n{3,}", "\n\n", code).strip("\n"), top, inside


def _definitions(module):
    """{name: (where, source, names it runs now, names it calls)} of
    the top-level statements of a shared module, each with the comment lines
    just above it (section markers aside); its docstring left out."""
    source = (execution.SNIPPETS / f"{module}.py").read_text(encoding="utf-8")
    tree, lines = ast.parse(source), source.split("\n")
    found = {}
    for position, stmt in enumerate(tree.body):
        if position == 0 and isinstance(stmt, ast.Expr):
            continue  # the module's docstring
        start = (getattr(stmt, "decorator_list", None) or [stmt])[0].lineno - 1
        while start and re.match(r"#(?! --8<--)", lines[start - 1]):
            start -= 1  # a comment above it, not a section marker
        code = "\n".join(lines[start : stmt.end_lineno])
        text, _, inside = without_shared_imports(code)
        uses = _names(stmt) | inside
        is_def = isinstance(stmt, (ast.FunctionDef, ast.ClassDef))
        entry = ((module, position), text, set() if is_def else uses, uses)
        for name in _bound(ast.Module([stmt], [])) or [f"{module}:{position}"]:
            found[name] = entry
    return found


def _summary(module):
    """What a shared module is, as comment lines: its docstring's first paragraph."""
    source = (execution.SNIPPETS / f"{module}.py").read_text(encoding="utf-8")
    first = ast.get_docstring(ast.parse(source)).split("\n\n", 1)[0]
    return "\n".join(f"# {line}" for line in first.split("\n"))


def _setup(codes):
    """The setup cell of a notebook whose code cells are `codes` (title, code,
    names it imports from the shared modules, whether it shows a part of one):
    the parts of the shared modules that a cell uses before, or without, a
    cell that shows them, with what those need; or None."""
    table, needed, shown = {}, [], set()
    for module in _shared_modules():
        table.update(_definitions(module))
    for _, code, imported, shows in codes:
        needed += [(name, shown) for name in sorted(imported - shown)]
        try:
            bound = set(_bound(ast.parse(code))) & table.keys()
        except SyntaxError:  # the build names the snippet as it renders it
            bound = set()
        shown = shown | bound if shows else shown - bound  # another `model`, say
    chosen = {}
    while needed:
        name, shown = needed.pop()
        if name in table and table[name][0] not in chosen:
            where, text, runs, calls = table[name]
            chosen[where] = text
            needed += [(n, shown) for n in runs | (calls - shown)]
            needed += [(n, shown) for n in table if n.startswith(f"{where[0]}:")]
    parts = [SETUP.rstrip()] if chosen else []
    # The figures' module last: what the chapter's own code uses comes first.
    for module in sorted(_shared_modules(), key=lambda module: module == FIGURES):
        texts = [text for (m, _), text in sorted(chosen.items()) if m == module]
        if texts:
            parts.append(f"# ─── from snippets/{module}.py\n{_summary(module)}")
            parts[-1] += f"\n{texts[0]}"
        for before, text in itertools.pairwise(texts):  # PEP 8 blank lines
            defs = any(re.search(r"^(def|class|@)", t, re.M) for t in (before, text))
            parts[-1] += ("\n\n\n" if defs else "\n") + text
    return "\n\n\n".join(parts) or None


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
    words = get_data(page)[1].get("notebook")
    words = words if isinstance(words, dict) else {}
    left_out = [title for title, replacement in words.items() if not replacement]
    cells = _for_a_notebook(_cells(page, name, left_out), words, page, name)
    cells = _anchors_as_jupyter_names_them(_exercises_last(cells))
    title = next(
        (h["text"] for kind, text in cells if kind == "markdown"
         and (h := HEADING.match(text.split("\n", 1)[0])) and h["level"] == "#"),
        "",
    )  # fmt: skip
    codes = []
    for kind, block in cells:
        if kind == "code":
            code, imported, _ = without_shared_imports(HIDDEN.sub("", block.code))
            shows = block.title[9:-3] in _shared_modules()  # snippets/<name>.py
            codes.append((block.title, code, imported, shows))
    exercises = any(kind == "exercise" for kind, _ in cells)
    setup = _setup(codes)
    shared = sorted({snippet for snippet, _, _, shows in codes if shows})
    cells[1:1] = [_preface(title, chapter_url, exercises, shared)] + (
        [("setup", setup)] if setup else []
    )

    notebook = nbformat.v4.new_notebook()
    notebook.metadata = {"kernelspec": KERNEL, "language_info": {"name": "python"}}
    codes = iter(codes)
    for kind, content in cells:
        if kind == "markdown":
            cell = nbformat.v4.new_markdown_cell(content)
        elif kind == "setup":
            cell = nbformat.v4.new_code_cell(content)
        elif kind == "code":
            code = next(codes)[1]
            if content.title.startswith("snippets/"):
                code = f"# {content.title}\n{code}"
            cell = nbformat.v4.new_code_cell(code)
            ran = execution.results.get(execution.key_of(content.code))
            if ran is not None and ran["error"] is None:
                cell.outputs = outputs(ran["output"])
        else:
            hint, answer, check = _check(content)
            if hint:
                notebook.cells.append(nbformat.v4.new_markdown_cell(f"*Hint:* {hint}"))
            cell = nbformat.v4.new_code_cell(answer, metadata={"tags": ["answer"]})
            if check:
                notebook.cells.append(cell)
                cell = nbformat.v4.new_code_cell(check, metadata={"tags": ["check"]})
        notebook.cells.append(cell)
    for index, cell in enumerate(notebook.cells):
        cell.id = f"cell-{index}"  # stable: the same page gives the same bytes
    nbformat.validate(notebook)
    return notebook


def _check(solution):
    """(hint, answer cell, check cell) of the exercise whose solution begins
    with `solution`: from checks/<chapter>/<its snippet>.py, whose docstring is
    the hint, then the answer's empty form, then after `CHECK` the check (and
    after `TRIED`, answers the tests try it on, which the notebook leaves out)."""
    path = solution and execution.SNIPPETS.parent / solution.title.replace(
        "snippets/", "checks/", 1
    )
    if not path or not path.exists():
        return None, EMPTY_EXERCISE, None
    source = path.read_text(encoding="utf-8").split(TRIED)[0]
    docstring = ast.parse(source).body[0]
    answer, check = "\n".join(source.split("\n")[docstring.end_lineno :]).split(CHECK)
    return (
        " ".join(ast.get_docstring(ast.Module([docstring], [])).split("\n")),
        answer.strip(),
        check.strip(),
    )


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
    _end()
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
    page.meta.pop("notebook", None)  # the notebook's words: the page, unchanged
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
# mkdocs-jupyter shows a figure as an <img> of its SVG, which cannot take the
# theme's colours (black lines on the dark theme) and says "No description has
# been provided for this image"; inline, as on the chapters, it is drawn in the
# theme's colours and named by its own aria-label.
SVG_IMAGE = re.compile(
    r'<img [^>]*src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"[^>]*>'
)
STYLE = re.compile(r"[ \t]*<style[^>]*>(.*?)</style>\n?", re.DOTALL)
STYLESHEET = "assets/stylesheets/notebooks.css"  # the notebook pages' one stylesheet
IN_PAGE_HREF = re.compile(r'href="#([^"]+)"')
HEADING_ID = re.compile(r'<h[1-6] id="([^"]+)">(.*?)<a class="anchor-link"', re.DOTALL)
MATH = re.compile(r"(<code>.*?</code>)|\$\$(.+?)\$\$|\$(.+?)\$", re.DOTALL)


def _mathml(match):
    code, block, inline = match.groups()
    if code is not None:
        return code  # a dollar in code is not math
    latex, display = (block, "block") if block is not None else (inline, "inline")
    return typeset(latex, display)


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
    """On notebook pages: no script from a CDN, links relative, math typeset
    as MathML and figures inline SVG, as on every other page; the styles
    mkdocs-jupyter puts in each page, in one stylesheet of them all instead
    (`on_post_build`)."""
    if not page.file.src_uri.startswith(f"{FOLDER}/"):
        return content
    # Its last <style> holds a Python list's repr, which is no CSS.
    css = "\n".join(s.strip() for s in STYLE.findall(content) if s.strip()[:1] != "[")
    if _build.setdefault("css", css) != css:
        raise ValueError(f"{page.file.src_uri}: styles unlike other notebook pages'")
    page.stylesheet = STYLESHEET  # linked in the page's head (overrides/main.html)
    content = _relative_links(
        LOADERS.sub("", STYLE.sub("", content)), page, config.site_url
    )
    content = SVG_IMAGE.sub(_figure, content)
    headings = HEADING_ID.findall(content)
    _match_toc_to_headings(page.toc, headings)
    content = _in_page_links_to(headings, content)
    return MARKDOWN_CELL.sub(lambda m: m[1] + MATH.sub(_mathml, m[2]) + m[3], content)


def _in_page_links_to(headings, content):
    """The notebook's links within itself name headings as Jupyter does; the
    page's headings have the ids mkdocs-jupyter gave them: link to those."""
    ids = {_jupyter_id(html.unescape(_without_tags(text))): id
           for id, text in headings}  # fmt: skip
    return IN_PAGE_HREF.sub(
        lambda m: f'href="#{ids.get(unquote(m[1]), m[1])}"', content
    )


def _without_tags(html_text):
    return re.sub(r"<[^>]+>", "", html_text).strip()


def _figure(match):
    svg = base64.b64decode(match[1]).decode("utf-8")
    return f'<figure class="plot">\n{svg.strip()}\n</figure>'


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
            link.title = _without_tags(text)  # still HTML


def on_post_page(output, *, page, config):
    if getattr(page, "stylesheet", None):
        _build.setdefault("pages", []).append(output)


def on_post_build(*, config):
    """Write the notebook pages' stylesheet: what mkdocs-jupyter put in each,
    less what none of them can use (sitebuild/stylesheets.py)."""
    if "css" in _build:
        site = Path(config.site_dir)
        scripts = [p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.js"))]
        others = [p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.css"))
                  if p != site / STYLESHEET]  # fmt: skip
        pruned = stylesheets.prune(_build["css"], _build["pages"], scripts, others)
        (site / STYLESHEET).parent.mkdir(parents=True, exist_ok=True)
        (site / STYLESHEET).write_text(pruned, encoding="utf-8")
    _end()


def on_build_error(**kwargs):
    _end()


def _end():
    folder = _build.pop("folder", None)
    if folder is not None:
        folder.cleanup()
    _build.clear()


if __name__ == "__main__":
    import jupytext

    for page in sys.argv[1:]:
        notebook = to_notebook(Path(page).read_text(encoding="utf-8"), page)
        print(jupytext.writes(notebook, fmt="py:percent"))
