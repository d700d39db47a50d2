"""The one reader of the pages, shared by the build, the notebooks and the doc tests.

markdown-it-py parses a page (admonitions included) and each executed Python
fence becomes a `Block`, with its `--8<--` embeds expanded by pymdownx.snippets
with the settings written in mkdocs.yml: exactly the code the site runs.
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import markdown
from markdown_it import MarkdownIt
from mdit_py_plugins.admon import admon_plugin
from mkdocs.utils.meta import get_data
from mkdocs.utils.yaml import yaml_load  # understands MkDocs' tags, such as !ENV

ROOT = Path(__file__).resolve().parent.parent
EXECUTED = re.compile(r'^(?:python|py|python3)\b.*\bexec="(?:on|true|yes|1)"')
SNIPPETS_EXTENSION = "pymdownx.snippets"
EMBED = re.compile(r'^[ \t]*--8<-- "(?P<path>[^":]+)(?::[\w-]+)?"[ \t]*$', re.MULTILINE)


@dataclass(frozen=True)
class Block:
    """An executed fence of a page."""

    code: str  # what runs: embeds expanded, lines hidden on the page kept
    title: str  # the snippet it embeds (its path), else "page.md:line"
    info: str  # the fence's options, as written
    lines: tuple[int, int]  # where the fence is in the page (front matter excluded)
    solution: bool  # inside an exercise's "Solution"


@dataclass(frozen=True)
class Aside:
    """An admonition (`!!!` or `???`) of a page."""

    title: str
    lines: tuple[int, int]
    indent: int  # of its `!!!` line; its body is 4 deeper


def parser():
    """A Markdown parser that sees what the site sees: CommonMark, admonitions."""
    return MarkdownIt("commonmark").use(admon_plugin)


_parser = cache(parser)


_preprocessor = None  # pymdownx.snippets' own, as the build under way sets it up


def configure(settings, base=ROOT):
    """Expand embeds with the pymdownx.snippets `settings`, from `base`."""
    global _preprocessor
    base_path = [str(Path(base, path)) for path in settings["base_path"]]
    md = markdown.Markdown(
        extensions=[SNIPPETS_EXTENSION],
        extension_configs={SNIPPETS_EXTENSION: {**settings, "base_path": base_path}},
    )
    _preprocessor = md.preprocessors["snippet"]


def expand(text):
    """`text` with every `--8<-- "path"` line replaced by what it embeds: by
    default with the settings written in this project's mkdocs.yml."""
    if _preprocessor is None:
        config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
        (settings,) = (
            entry[SNIPPETS_EXTENSION]
            for entry in config["markdown_extensions"]
            if isinstance(entry, dict) and SNIPPETS_EXTENSION in entry
        )
        configure(settings)
    return "\n".join(_preprocessor.run(text.split("\n")))


def _title(info):
    match = re.search(r'\btitle="([^"]*)"', info)
    return match and match[1]


def read(text, name="page.md"):
    """The executed blocks and the admonitions of the page `text`, in order."""
    body, _ = get_data(text)
    lines = body.split("\n")
    blocks, asides = [], []
    for token in _parser().parse(body):
        if token.type == "admonition_open":
            kind, _, title = token.info.strip().partition(" ")
            title = title.strip('"') or kind.capitalize()
            opening = lines[token.map[0]]
            indent = len(opening) - len(opening.lstrip())
            asides.append(Aside(title, tuple(token.map), indent))
        elif token.type == "fence" and EXECUTED.match(token.info.strip()):
            start, end = token.map
            embeds = EMBED.findall(token.content)
            title = embeds[0] if len(embeds) == 1 else f"{name}:{start + 1}"
            solutions = [a for a in asides if a.title.lower().startswith("solution")]
            blocks.append(
                Block(
                    code=expand(token.content).strip("\n"),
                    title=_title(token.info) or title,
                    info=token.info.strip(),
                    lines=(start, end),
                    solution=any(a.lines[0] < start < a.lines[1] for a in solutions),
                )
            )
    return blocks, asides
