"""MkDocs hooks: the little that the libraries do not do for this site.

- Snippets run through `engine.execution` (cache, time limit, NaN guard,
  timings, preview mode); the timings are reported after the build.
- Every executed fence that embeds a snippet gets that snippet's path as its
  title, so readers see which file they can run and a failure names the file.
- A failing snippet's warning also names the page it is on.
- Math (pymdownx.arithmatex, generic mode) becomes MathML at build time, so
  browsers typeset it natively and no script or font is fetched for it.
"""

import html
import logging
import re

from latex2mathml.converter import convert as latex_to_mathml

from engine import execution

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


class NamePage(logging.Filter):
    """Prefix markdown-exec's failure warnings with the page being built."""

    def filter(self, record):
        if execution.current_page:
            record.msg = f"Page '{execution.current_page}': {record.msg}"
        return True


logging.getLogger("mkdocs.plugins.markdown_exec._internal.formatters.base").addFilter(
    NamePage()
)


def on_config(config, **kwargs):
    execution.install()


def _title_with_path(match):
    if "title=" in match["options"]:
        return match[0]
    titled = f'{match["options"]} title="{match["path"]}"'
    return match[0].replace(match["options"], titled, 1)


def on_page_markdown(markdown, page, **kwargs):
    execution.current_page = page.file.src_uri
    markdown = EMBED_FENCE.sub(_title_with_path, markdown)
    return markdown if execution.EXECUTE else PREVIEW_BANNER + markdown


def _mathml(latex, display):
    return latex_to_mathml(html.unescape(latex).strip(), display=display)


def on_page_content(html_content, page, **kwargs):
    execution.current_page = ""
    html_content = BLOCK_MATH.sub(lambda m: _mathml(m[1], "block"), html_content)
    return INLINE_MATH.sub(lambda m: _mathml(m[1], "inline"), html_content)


def on_post_build(config, **kwargs):
    execution.report(log)
