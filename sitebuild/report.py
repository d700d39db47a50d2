"""The page "How this site was built", written in the build from its own run.

As a MkDocs hook, once every block has run (hooks.py), this adds two generated
Markdown pages, which MkDocs renders like any other; their words are Jinja
templates in `templates/`, filled here with what this build knows:

- `how-this-site-was-built.md`, last in the nav: the build's environment, what
  ran, and the book's numbers (`book.toml`) beside what this build printed,
  each read from its snippet's output with the pattern given there. Nothing on
  it changes between two builds of one commit: the date is the commit's.
- `how-this-site-was-built/timings.md`, linked from it, out of the nav and the
  search: every executed block, its CPU seconds and whether this build ran it
  or took it from the cache. These change from run to run, so this page alone
  differs between two builds; the test that compares builds leaves it out.
"""

import json
import logging
import os
import platform
import posixpath
import re
import subprocess
import tomllib
from collections import Counter
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path

import jinja2
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

from sitebuild import execution

PAGE = "how-this-site-was-built.md"
TIMINGS = "how-this-site-was-built/timings.md"
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    undefined=jinja2.StrictUndefined,
)
log = logging.getLogger("mkdocs.hooks")


def book(project):
    """The book's numbers that the chapters reproduce, as book.toml lists them."""
    return tomllib.loads((project / "book.toml").read_text("utf-8"))["number"]


def difference(book_value, today):
    """today - book, in the last digit the less precise of the two prints."""
    book_value, today = Decimal(book_value), Decimal(today)
    if not (book_value.is_finite() and today.is_finite()):
        return "0" if book_value == today else "differs"
    unit = Decimal(1).scaleb(max(book_value.as_tuple()[2], today.as_tuple()[2]))
    change = today.quantize(unit) - book_value.quantize(unit)
    return "0" if change == 0 else f"{change:+f}"


def _git(project, *args):
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}  # read only: no index refresh
    command = ["git", "-C", str(project), *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env)
    except OSError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def environment(project):
    rows = [("Python", platform.python_version())]
    libraries = {"PyTorch": "torch", "NumPy": "numpy", "matplotlib": "matplotlib"}
    rows += [(name, version(library)) for name, library in libraries.items()]
    rows.append(("Platform", platform.platform()))
    commit = _git(project, "log", "-1", "--format=%H %cs")
    if commit:
        sha, date = commit.split()
        changed = _git(project, "status", "--porcelain", "--untracked-files=no")
        commit = f"`{sha[:12]}`, committed {date}"
        commit += ", with changes not yet committed" if changed else ""
    rows.append(("Commit", commit or "not known: git named none"))
    return rows


def _titles(nav):
    for item in nav or []:
        for title, value in item.items() if isinstance(item, dict) else [(None, item)]:
            if isinstance(value, list):
                yield from _titles(value)
            elif title:
                yield value, title


def book_beside_today(project, blocks):
    """{page: [the book's numbers on it, each with what this build printed]}."""
    where = {}  # snippet -> (page, its output in this build)
    for page, block in blocks:
        ran = execution.results.get(execution.key_of(block.code))
        where.setdefault(block.title, (page, ran and ran["output"]))
    sections = {}
    for number in book(project):
        page, output = where.get(number["snippet"], ("?", None))
        found = re.search(number["printed"], output or "", re.MULTILINE)
        if found is None and execution.EXECUTE:
            log.warning(
                "book.toml: %s printed no %r", number["snippet"], number["what"]
            )
        sections.setdefault(page, []).append({
            **number,
            "today": found[1] if found else "not run",
            "change": difference(number["book"], found[1]) if found else "",
            "snippet": posixpath.basename(number["snippet"]),
            "note": number.get("note"),
        })  # fmt: skip
    return sections.items()


def timings(blocks):
    """Every executed block's timing in this build, with its page and line."""
    timing = {t["key"]: t for t in execution.timings}
    return [{**timing[key], "page": page, "line": block.lines[0] + 1}
            for page, block in blocks
            if (key := execution.key_of(block.code)) in timing]  # fmt: skip


def notebook_check(project):
    try:
        check = json.loads((project / ".cache" / "bench.json").read_text())
        check = f"{check['notebook check']['median_s']:.0f} s when `nox -s bench` last"
        return check + " timed it on the machine that built this site"
    except (OSError, ValueError, KeyError):
        return (
            "not recorded on the machine that built this site (`nox -s bench` times it)"
        )


def render(uri, project, blocks, titles):
    """The Markdown of the page `uri`, from its template."""

    def link(page):
        relative = posixpath.relpath(page, posixpath.dirname(uri))
        return f"[{titles.get(page, page)}]({relative})"

    listed = timings(blocks)
    return TEMPLATES.get_template(posixpath.basename(uri)).render(
        link=link,
        blocks=blocks,
        per_page=Counter(page for page, _ in blocks).items(),
        environment=environment(project),
        book=book_beside_today(project, blocks) if uri == PAGE else [],
        timings_page=posixpath.relpath(TIMINGS, posixpath.dirname(PAGE)),
        report_page=PAGE,
        listed=listed,
        ran=[t for t in listed if not t["cached"]],
        cached=[t for t in listed if t["cached"]],
        slowest=sorted(listed, key=lambda t: -t["cpu_seconds"])[:5],
        notebook_check=notebook_check(project),
        per_page_timings=[(p, [t for t in listed if t["page"] == p])
                          for p in dict.fromkeys(t["page"] for t in listed)],
    )  # fmt: skip


@event_priority(90)  # once hooks.py ran every block; before the notebooks
def on_files(files, *, config):
    add(files, config, execution.executed)
    return files


def add(files, config, blocks):
    """Add the two pages to `files`, made from `blocks` ((page, Block) of every
    page, as run) and this build's results."""
    project = Path(config.config_file_path).parent
    titles = dict(_titles(config.nav))
    titles.setdefault(PAGE, "How this site was built")
    order = list(titles)  # the pages in the order of the nav
    blocks = sorted(
        blocks, key=lambda b: order.index(b[0]) if b[0] in order else len(order)
    )
    for uri in (PAGE, TIMINGS):
        if files.get_file_from_path(uri) is None:
            content = render(uri, project, blocks, titles)
            file = File.generated(config, uri, content=content)
            if uri == TIMINGS:
                file.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(file)
