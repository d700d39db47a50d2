"""The page "How this site was built" (sitebuild/report.py) tells the truth:
its "today" column is what the chapters' snippets printed in that very build,
every executed block is on its timings page, and the book's numbers it sets
beside them (book.toml, the one copy) are the ones the chapters reproduce."""

import html
import json
import re
import tomllib
from collections import Counter
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest
from conftest import DOCS, ROOT

from sitebuild import execution, pages, report

BOOK = tomllib.loads((ROOT / "book.toml").read_text(encoding="utf-8"))["number"]
SECTION = re.compile(r'<h3 id="[^"]*">(.*?)</h3>(.*?)(?=<h[23] |</article>)', re.S)
HREF = re.compile(r'href="([^"#]*)"')


def cells(section):
    """The rows of the tables in `section` (HTML), each as the text of its cells."""
    rows = re.findall(r"<tr>(.*?)</tr>", section, re.S)
    text = [re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S) for row in rows]
    return [[html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in r] for r in text]


def page_of(href, depth):
    """The Markdown page that a link from a page `depth` folders down leads to."""
    path = href.removeprefix("../" * depth).removesuffix("/")
    return f"{path or 'index'}.md"


def same_at_printed_precision(book, today):
    book, today = Decimal(book), Decimal(today)
    if not (book.is_finite() and today.is_finite()):
        return book == today
    unit = Decimal(1).scaleb(max(book.as_tuple()[2], today.as_tuple()[2]))
    return book.quantize(unit) == today.quantize(unit)


@pytest.fixture(scope="module")
def built(process_build):
    """The clean build on the process pool, and the snippet results it cached."""
    site, _ = process_build
    return site, site.parent / "cache-process"


def recorded_output(cache, snippet):
    """What `snippet` printed in the build, as the build's cache recorded it."""
    for page in sorted(DOCS.glob("*.md")):
        for block in pages.read(page.read_text(encoding="utf-8"), page.name)[0]:
            if block.title == snippet:
                entry = cache / f"{execution.key_of(block.code)}.json"
                return json.loads(entry.read_text(encoding="utf-8"))["output"]
    raise AssertionError(f"no page runs {snippet}")


def test_book_table_shows_what_the_chapters_printed_in_that_build(built):
    site, cache = built
    page = (site / "how-this-site-was-built" / "index.html").read_text("utf-8")
    rows = [row for _, section in SECTION.findall(page) for row in cells(section)]
    rows = [row for row in rows if row[0] != "What"]  # the headers
    assert len(rows) == len(BOOK), "one row for each number of book.toml"
    for (what, book, today, change, snippet), number in zip(rows, BOOK, strict=True):
        assert (what, book) == (number["what"], number["book"])
        assert snippet == number["snippet"].rsplit("/", 1)[1]
        printed = recorded_output(cache, number["snippet"])
        found = re.search(number["printed"], printed, re.MULTILINE)
        assert found and found[1] == today, f"{what}: the page says {today}"
        assert re.search(rf"(?<![\w.]){re.escape(today)}(?![\w.])", printed)
        assert (change == "0") == same_at_printed_precision(book, today), what
        # Each row that differs says why, and only those.
        assert ("note" in number) == (change != "0"), f"{what}: note or not"
        if "note" in number:
            note = number["note"].replace("`", "")  # code: its tags stripped below
            assert f"today {today}. {note}" in html.unescape(
                re.sub(r"<[^>]+>", "", page)
            )


def test_timings_page_lists_every_executed_block_each_run_by_a_clean_build(built):
    site, _ = built
    page = (site / report.TIMINGS.removesuffix(".md") / "index.html").read_text()
    every = page.split('id="every-block"')[1]
    listed = Counter()
    for heading, section in SECTION.findall(every):
        source = page_of(HREF.search(heading)[1], depth=2)
        for line, snippet, cpu_seconds, this_build in cells(section)[1:]:
            listed[source, int(line), snippet] += 1
            assert float(cpu_seconds) >= 0 and this_build == "ran"  # an empty cache
    executed = Counter(
        (page.name, block.lines[0] + 1, block.title)
        for page in DOCS.glob("*.md")
        for block in pages.read(page.read_text(encoding="utf-8"), page.name)[0]
    )
    assert listed == executed
    assert f"{sum(executed.values())} blocks: {sum(executed.values())} run" in page


def test_each_book_number_is_printed_where_book_toml_says(snippet):
    """Without a build: each snippet named prints its number, and it is the
    book's to the digits printed, unless a note says why not."""
    for number in BOOK:
        output = snippet(number["snippet"].removeprefix("snippets/")).output
        found = re.search(number["printed"], output, re.MULTILINE)
        assert found, f"{number['snippet']} printed no {number['what']!r}"
        same = same_at_printed_precision(number["book"], found[1])
        assert same != ("note" in number), f"{number['what']}: {found[1]}"


def test_notes_state_the_exact_values_right():
    t_c = ["0.5", "14.0", "15.0", "28.0", "11.0", "8.0", "3.0", "-4.0", "6.0",
           "13.0", "21.0"]  # fmt: skip
    t_u = ["35.7", "55.9", "58.2", "81.9", "56.3", "48.9", "33.9", "21.8", "48.4",
           "60.4", "68.4"]  # fmt: skip
    exact = [Fraction(u) - Fraction(c) for u, c in zip(t_u, t_c)]
    gradient = 2 * sum(e * Fraction(u) for e, u in zip(exact, t_u)) / len(exact)
    as_stored = [Fraction(float(np.float32(x))) for x in t_u + t_c]
    stored = [u - c for u, c in zip(as_stored[:11], as_stored[11:])]
    loss_stored = sum(e * e for e in stored) / 11
    gradient_stored = 2 * sum(e * u for e, u in zip(stored, as_stored)) / 11
    notes = {number["book"]: number.get("note", "") for number in BOOK}
    loss = notes["1763.8846"]
    assert f"the loss is {float(loss_stored):.5f}" in loss
    nearest = np.float32(float(loss_stored))
    assert f"book's {nearest:.6f}" in loss
    assert f"at {np.nextafter(nearest, np.float32(2000)):.6f}" in loss
    assert f"({np.spacing(nearest):.6f})" in loss
    grad = next(n["note"] for n in BOOK if "chain rule" in n["what"] and "note" in n)
    assert f"is {float(gradient):.5f} ({float(gradient_stored):.5f}" in grad
    nearest = np.float32(float(gradient_stored))
    assert f"nearest one, {nearest:.6f}" in grad
    assert f"{np.spacing(nearest):.5f} apart" in grad
