"""MkDocs hooks: run every snippet before any page is rendered, then render.

- As the build starts (`on_files`), every executed block of every page is read
  (`pages.read`) and run, each once, by `execution.run_all`: on every core, or
  a Dask cluster. markdown-exec renders the fences, its Python runner swapped
  for `render_block`, which only reads the results.
- A snippet that failed fails the strict build, naming page and snippet; under
  `mkdocs serve` it shows on its page as an error box, and the site goes on.
- Every executed fence that embeds a snippet gets that snippet's path as its
  title, so readers see which file they can run.
- Math (pymdownx.arithmatex, generic mode) becomes MathML at build time
  (`mathml.typeset`), so browsers typeset it natively and no script or font
  is fetched for it.
"""

import logging
import re
import textwrap
from functools import partial
from pathlib import Path

import markdown_exec
from markdown_exec import ExecutionError, base_format
from mkdocs.plugins import event_priority
from pymdownx.snippets import SnippetMissingError

from sitebuild import execution, pages
from sitebuild.mathml import typeset

log = logging.getLogger("mkdocs.hooks")

# ```python exec="on" ...            <- an executed fence...
# --8<-- "snippets/chapter/name.py"   <- ...that embeds one snippet (other lines,
# ```                                    such as a hidden setup line, may surround it)
EMBED_FENCE = re.compile(
    r'^(?P<indent>[ \t]*)(?P<fence>`{3,})python(?P<options>[^\n]*\bexec="on"[^\n]*)\n'
    r"(?:(?P=indent)(?!--8<--|`{3,}).*\n)*"
    r'(?P=indent)--8<-- "(?P<path>[^":]+)(?::[\w-]+)?"\n'
    r"(?:(?P=indent)(?!--8<--|`{3,}).*\n)*"
    r"(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE,
)
INLINE_MATH = re.compile(r'<span class="arithmatex">\\\((.+?)\\\)</span>', re.DOTALL)
BLOCK_MATH = re.compile(r'<div class="arithmatex">\\\[(.+?)\\\]</div>', re.DOTALL)
PREVIEW_BANNER = (
    '!!! warning "Preview build"\n\n'
    "    The code on this page was not run (`MOL_EXECUTE=0`): outputs and figures"
    " are placeholders.\n\n"
)
current_page = ""  # the page being rendered, for the messages


class NamePage(logging.Filter):
    """Prefix markdown-exec's failure warnings with the page being built."""

    def filter(self, record):
        if current_page:
            record.msg = f"Page '{current_page}': {record.msg}"
        return True


logging.getLogger("mkdocs.plugins.markdown_exec._internal.formatters.base").addFilter(
    NamePage()
)


def render_block(code, returncode=None, session=None, id=None, **extra):
    """What markdown-exec calls for a Python fence: its output, from the run."""
    if not execution.EXECUTE:
        return execution.PREVIEW_OUTPUT
    title = extra.get("title") or id or f"{current_page} (a block)"
    ran = execution.result(code.strip("\n"), title)
    if ran["error"] is not None:
        trace = textwrap.indent(ran["error"].rstrip(), "    ")
        raise ExecutionError(
            f'!!! failure "{title} failed"\n\n'
            f"    This snippet raised an error when `{current_page}` was built:\n\n"
            f"    ```text\n{trace}\n    ```\n"
        )
    return ran["output"]


def on_config(config, **kwargs):
    markdown_exec.formatters["python"] = partial(
        base_format, language="python", run=render_block
    )
    # Read the pages as this build does: its embeds, its shared modules.
    project = Path(config.config_file_path).parent
    pages.configure(config.mdx_configs["pymdownx.snippets"], base=Path.cwd())
    execution.SNIPPETS = project / "snippets"


@event_priority(100)  # before the notebooks are made from the results
def on_files(files, *, config):
    """Run every executed block of every page, each once, before any rendering."""
    blocks = []
    for page in files.documentation_pages():
        if page.src_uri.endswith(".md"):
            try:
                read = pages.read(page.content_string, page.src_uri)[0]
            except SnippetMissingError:
                continue  # MkDocs names the page and the path as it renders it
            blocks += [(page.src_uri, block) for block in read]
    execution.run_all(blocks, log)
    return files


def _title_with_path(match):
    if "title=" in match["options"]:
        return match[0]
    titled = f'{match["options"]} title="{match["path"]}"'
    return match[0].replace(match["options"], titled, 1)


def on_page_markdown(markdown, page, **kwargs):
    global current_page
    current_page = page.file.src_uri
    markdown = EMBED_FENCE.sub(_title_with_path, markdown)
    return markdown if execution.EXECUTE else PREVIEW_BANNER + markdown


def on_page_content(html_content, page, **kwargs):
    global current_page
    current_page = ""
    # A display formula keeps a block of its own (sitebuild/offscreen.py hints it).
    html_content = BLOCK_MATH.sub(
        lambda m: f'<div class="formula">{typeset(m[1], "block")}</div>', html_content
    )
    return INLINE_MATH.sub(lambda m: typeset(m[1], "inline"), html_content)


def on_post_build(config, **kwargs):
    execution.save_timings()


def on_serve(server, **kwargs):
    """Under `mkdocs serve`, once the site is up: start the workers, so the
    first snippet saved reruns at once (a fresh build may have run none)."""
    if execution.EXECUTE:
        execution.start_workers()
    return server
