"""The page "How this site was built", written in the build from its own run.

As a MkDocs hook, once every block has run (hooks.py), this adds two generated
Markdown pages, which MkDocs renders like any other:

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

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

from sitebuild import execution

PAGE = "how-this-site-was-built.md"
TIMINGS = "how-this-site-was-built/timings.md"
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


def _link(page, titles, to):
    """A Markdown link to `page` from the page `to`."""
    relative = posixpath.relpath(page, posixpath.dirname(to))
    return f"[{titles.get(page, page)}]({relative})"


def _titles(nav):
    for item in nav or []:
        for title, value in item.items() if isinstance(item, dict) else [(None, item)]:
            if isinstance(value, list):
                yield from _titles(value)
            elif title:
                yield value, title


def book_sections(project, blocks, titles):
    """The book beside today, as Markdown: a table per chapter, the notes on
    the rows that differ under it."""
    where = {}  # snippet -> (page, its output in this build)
    for page, block in blocks:
        ran = execution.results.get(execution.key_of(block.code))
        where.setdefault(block.title, (page, ran and ran["output"]))
    sections = {}  # page -> (rows, notes)
    for number in book(project):
        page, output = where.get(number["snippet"], ("?", None))
        found = re.search(number["printed"], output or "", re.MULTILINE)
        if found is None and execution.EXECUTE:
            what = number["what"]
            log.warning("book.toml: %s printed no %r", number["snippet"], what)
        today = found[1] if found else "not run"
        change = difference(number["book"], today) if found else ""
        rows, notes = sections.setdefault(page, ([], []))
        snippet = posixpath.basename(number["snippet"])
        rows.append(f"| {number['what']} | {number['book']} | {today} | {change} "
                    f"| `{snippet}` |")  # fmt: skip
        if "note" in number:
            notes.append(f"- **{number['what']}**, the book {number['book']}, "
                         f"today {today}. {number['note']}")  # fmt: skip
    header = (
        "| What | The book | Today | Today − book | Snippet |\n|---|--:|--:|--:|---|"
    )
    for page, (rows, notes) in sections.items():
        yield f"### {_link(page, titles, PAGE)}\n\n{header}"
        yield "\n".join(rows) + "\n"
        if notes:
            yield "Where they differ:\n\n" + "\n".join(notes) + "\n"


def main_page(project, blocks, titles):
    facts = [f"- {name}: {value}" for name, value in environment(project)]
    per_page = Counter(page for page, _ in blocks)
    counts = ", ".join(f"{n} on {_link(p, titles, PAGE)}" for p, n in per_page.items())
    return "\n".join([
        "---\nnotebook: false\n---\n",
        "# How this site was built\n",
        "Every output on this site was computed when it was built. This page says"
        " with what, what ran, and how the numbers that *Deep Learning with PyTorch*"
        " prints in its chapter 5 compare with the ones this build computed. It is"
        " written by the build itself (`sitebuild/report.py`).\n",
        "## The build\n",
        *facts, "",
        "The versions are those of the process that built the site; the snippets'"
        " results are cached under the same versions. The date is the commit's,"
        " not the build's, so that two builds of one commit are the same bytes.\n",
        "## What ran\n",
        f"{len(blocks)} executed blocks: {counts}. Each ran as a fresh program, or"
        " its result was taken from the cache of an earlier run of the same code,"
        " modules and versions.\n",
        "How long each took, and which ones this build ran, change from one build"
        " to the next, so they are on a page of their own:"
        f" [the timings of this build]({TIMINGS}). It is the only page that"
        " differs between two builds of one commit, and the test that two clean"
        " builds are identical leaves it out.\n",
        "## The book beside today\n",
        "Every number the book prints that the chapters reproduce: the book's value,"
        " the value this build printed, read from the output of the snippet named,"
        " and today minus the book in the last digit the less precise of the two"
        " prints (0: the same).\n",
        *book_sections(project, blocks, titles),
    ])  # fmt: skip


def timings_page(project, blocks, titles):
    timing = {t["key"]: t for t in execution.timings}
    listed = [(page, block, timing[key]) for page, block in blocks
              if (key := execution.key_of(block.code)) in timing]  # fmt: skip
    ran = [t for *_, t in listed if not t["cached"]]
    cached = [t for *_, t in listed if t["cached"]]
    slowest = sorted(listed, key=lambda item: -item[2]["cpu_seconds"])[:5]
    try:
        check = json.loads((project / ".cache" / "bench.json").read_text())
        check = f"{check['notebook check']['median_s']:.0f} s when `nox -s bench` last"
        check += " timed it on the machine that built this site"
    except (OSError, ValueError, KeyError):
        check = "not recorded on the machine that built this site"
        check += " (`nox -s bench` times it)"

    def row(page, block, t):
        source = "from the cache" if t["cached"] else "ran"
        first = _link(page, titles, TIMINGS) if page else block.lines[0] + 1
        return f"| {first} | `{block.title}` | {t['cpu_seconds']:.2f} | {source} |"

    columns = "| {} | Snippet | CPU s | This build |\n|---|---|--:|---|"
    every = []
    for page in dict.fromkeys(page for page, *_ in listed):
        every += [f"### {_link(page, titles, TIMINGS)}\n", columns.format("Line")]
        every += [row(None, b, t) for p, b, t in listed if p == page] + [""]
    return "\n".join([
        "---\nnotebook: false\nsearch:\n  exclude: true\n---\n",
        "# Timings of this build\n",
        "What each executed block cost, in CPU seconds of its last run in a worker,"
        " and whether this build ran it or took its result from the cache. They"
        " change from run to run, so this page, alone on the site, differs between"
        f" two builds of one commit. {_link(PAGE, titles, TIMINGS)} has the rest.\n",
        "## In all\n",
        f"- {len(listed)} blocks: {len(ran)} run by this build, in"
        f" {sum(t['cpu_seconds'] for t in ran):.1f} s of CPU; {len(cached)} from the"
        f" cache ({sum(t['cpu_seconds'] for t in cached):.1f} s when they last ran).",
        f"- The check that runs every published notebook in a fresh kernel: {check}.\n",
        "## The slowest\n", columns.format("Page"), *(row(*item) for item in slowest),
        "", "## Every block\n", *every,
    ])  # fmt: skip


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
    for uri, make in ((PAGE, main_page), (TIMINGS, timings_page)):
        if files.get_file_from_path(uri) is None:
            content = make(project, blocks, titles)
            file = File.generated(config, uri, content=content)
            if uri == TIMINGS:
                file.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(file)
