"""The published site as a reader's browser gets it: pytest, Playwright, Chromium.

`pytest tests/browser` builds the site strictly into a temporary folder (so it
never tests a stale `site/`), serves it on 127.0.0.1 under the path of its
`site_url`, as GitHub Pages will, and drives Chromium through it. Every request
a page makes is recorded; one that would leave 127.0.0.1 is blocked and fails
the page. A failing test leaves a full-page screenshot of each page it looked
at in .cache/browser-screenshots/. The session ends with a report per page.

    --site DIR       test this built site instead of building one
    --chromium PATH  use this browser (default: `chromium` on PATH, else
                     Playwright's own Chromium, installed if it can be)

No test here is ever skipped: a skip fails the session, and so does a machine
without a browser, with a message saying how to get one.
"""

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / ".cache" / "browser-screenshots"  # of the pages of failed tests
SCHEMES = ("light", "dark")
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_ARGS = [  # headless, and quiet: no update checks or other background traffic
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    # A safety net under the tests' own blocking: no other host even resolves.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
SEARCH_READY = """() => !document.querySelector(".md-search-result__meta")
  ?.textContent.includes("Initializing")"""
HOW_TO_GET_CHROMIUM = """\
The browser tests need Chromium, and none was found or could be installed.
Get one, then run the tests again:
  - Debian or Ubuntu: `apt-get install chromium` (what .ci/run does);
  - anywhere: `python -m playwright install chromium` in the tests' environment
    (`.nox/site/bin/python -m playwright install chromium`);
  - or name one: `pytest tests/browser --chromium /path/to/chrome`."""

ROWS = pytest.StashKey[dict]()  # page -> its line in the report
WORKER_ROWS = pytest.StashKey[
    dict
]()  # page -> its line, as pytest-xdist workers sent it
NOTES = pytest.StashKey[list]()  # lines under the table
VISITED = pytest.StashKey[list]()  # per test: the pages it looked at


def pytest_addoption(parser):
    group = parser.getgroup("browser", "browser tests of the built site")
    group.addoption("--site", help="test this built site instead of building one")
    group.addoption("--chromium", help="path of the Chromium (or Chrome) to drive")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "pages(kind): run the test on each page of that kind (PAGE_KINDS)"
    )
    config.stash[ROWS] = defaultdict(Row)
    config.stash[WORKER_ROWS] = {}
    config.stash[NOTES] = []


# ─── The site ─────────────────────────────────────────────────────────────────


@functools.cache
def _site(chosen):
    if chosen:
        site = Path(chosen).resolve()
        if not (site / "index.html").exists():
            pytest.exit(f"--site {chosen}: no index.html there", returncode=4)
        return site, f"site: {site}"
    site = Path(tempfile.mkdtemp(prefix="browser-site-")) / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)]
    start = time.perf_counter()
    build = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if build.returncode != 0:
        shutil.rmtree(site.parent, ignore_errors=True)
        lines = build.stderr.splitlines()
        said = "\n".join(line for line in lines if not line.startswith("INFO"))
        pytest.exit(f"the site did not build:\n{said[:4000]}", returncode=1)
    return site, f"site: built in {time.perf_counter() - start:.0f} s"


def pytest_sessionstart(session):
    if not _is_worker(session.config):  # under pytest-xdist: once, before workers
        shutil.rmtree(SCREENSHOTS, ignore_errors=True)  # this session's failures
    built_site(session.config)  # first thing: a site that does not build stops all


def pytest_unconfigure(config):
    if _site.cache_info().currsize and not config.getoption("site"):
        shutil.rmtree(built_site(config).parent, ignore_errors=True)


def built_site(config):
    """The built site's folder (built on first use, once per session; under
    pytest-xdist, by the main process, which hands it to every worker)."""
    if _is_worker(config):
        return Path(config.workerinput["browser_site"])
    return _site(config.getoption("site"))[0]


def _is_worker(config):
    return hasattr(config, "workerinput")


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """pytest-xdist: a worker starts with the site this process built."""
    node.workerinput["browser_site"] = str(built_site(node.config))


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items):
    """Under pytest-xdist (`-n 2 --dist loadgroup`, as `nox -s browser` runs),
    the tests of one page go to one worker, which loads the page once."""
    for item in items:
        path = getattr(item, "callspec", None) and item.callspec.params.get("path")
        if path is not None:
            item.add_marker(pytest.mark.xdist_group(page_id(path)))


def page_paths(site):
    """Every page of the site, as its path under the site's root ('', 'x/',
    '404.html')."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site).as_posix()
        paths.append(relative.removesuffix("index.html"))
    return paths


def site_prefix(site):
    """The path the site is served under: that of its `site_url`, as on Pages."""
    home = (site / "index.html").read_text(encoding="utf-8")
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', home)
    return urlsplit(canonical[1]).path if canonical else "/"


PAGE_KINDS = {  # which pages a test marked `pages(kind)` runs on
    "all": lambda path, html: True,
    "content": lambda path, html: path != "404.html",
    "figures": lambda path, html: '<figure class="plot"' in html,
    "explorable": lambda path, html: '<figure class="explorable"' in html,
}


def pytest_generate_tests(metafunc):
    """Parametrize `path` with the site's pages, `scheme` with light and dark."""
    if "path" in metafunc.fixturenames:
        marker = metafunc.definition.get_closest_marker("pages")
        kind = PAGE_KINDS[marker.args[0] if marker else "all"]
        site = built_site(metafunc.config)
        paths = [
            path
            for path in page_paths(site)
            if kind(path, page_file(site, path).read_text(encoding="utf-8"))
        ]
        metafunc.parametrize("path", paths, ids=page_id)
    if "scheme" in metafunc.fixturenames:
        metafunc.parametrize("scheme", SCHEMES)


def page_id(path):
    return path.removesuffix("/").removesuffix(".html") or "home"


def page_file(site, path):
    """The HTML file of the page at `path`."""
    return site / path / "index.html" if path.endswith("/") or not path else site / path


@pytest.fixture(scope="session")
def site(pytestconfig):
    return built_site(pytestconfig)


class _Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def translate_path(self, path):
        path = urlsplit(path).path
        if not path.startswith(self.prefix):  # outside the site: a 404, as on Pages
            return str(Path(self.directory) / "\x00outside")
        return super().translate_path("/" + path.removeprefix(self.prefix))

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site):
    """The site served on 127.0.0.1; its address, ending in '/'."""
    handler = type("Handler", (_Handler,), {"prefix": site_prefix(site)})
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}{handler.prefix}"
    httpd.shutdown()
    httpd.server_close()


# ─── The browser ──────────────────────────────────────────────────────────────


def _chromium(config, playwright):
    if chosen := config.getoption("chromium"):
        if not Path(chosen).exists():
            pytest.fail(f"--chromium {chosen}: no such file", pytrace=False)
        return chosen
    for name in CHROMIUM_NAMES:
        if found := shutil.which(name):
            return found
    own = Path(playwright.chromium.executable_path)
    said = ""
    if not own.exists():  # Playwright's own Chromium: download it if we can
        install = [sys.executable, "-m", "playwright", "install", "chromium"]
        try:
            done = subprocess.run(install, capture_output=True, text=True, timeout=600)
            lines = (done.stdout + done.stderr).strip().splitlines() or [""]
            said = next((line for line in lines if "Error" in line), lines[-1])
        except subprocess.TimeoutExpired:
            said = "timed out"
        said = f"\n(`playwright install chromium` said: {said.strip()})"
    if own.exists():
        return str(own)
    pytest.fail(HOW_TO_GET_CHROMIUM + said, pytrace=False)


@pytest.fixture(scope="session")
def browser(pytestconfig):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        executable = _chromium(pytestconfig, playwright)
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS
        )
        pytestconfig.stash[NOTES].insert(
            0, f"browser: {Path(executable).name} {browser.version} ({executable})"
        )
        yield browser
        browser.close()


@dataclass
class Visit:
    """A page open in the browser, and everything it did since it opened."""

    path: str
    scheme: str
    page: object = None
    local: list = field(default_factory=list)  # requests to the local server
    external: list = field(default_factory=list)  # requests elsewhere (blocked)
    failed: list = field(default_factory=list)  # failed, or answered 4xx/5xx
    errors: list = field(default_factory=list)  # console errors, uncaught errors
    settled: bool = False  # loaded, with every request it makes on its own

    def problems(self):
        return self.external + self.failed + self.errors


def _new_context(browser, scheme):
    viewport = {"width": 1280, "height": 900}
    return browser.new_context(color_scheme=scheme, viewport=viewport)


def _start(context, server, path, scheme):
    """Start loading `path` in a new page of `context`, recording all it does."""
    visit = Visit(path, scheme)
    page = visit.page = context.new_page()

    def only_local(route):  # sees the requests of the page's workers too
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            visit.external.append(route.request.url)
            route.abort("blockedbyclient")

    def failed(request):
        if request.url not in visit.external:
            visit.failed.append(f"{request.url} ({request.failure})")

    def answered(response):
        if response.status >= 400:
            visit.failed.append(f"{response.url} (HTTP {response.status})")

    def console(message):
        if message.type == "error":
            visit.errors.append(f"console: {message.text}")

    page.route("**/*", only_local)
    page.on("request", lambda r: r.url.startswith(server) and visit.local.append(r.url))
    page.on("requestfailed", failed)
    page.on("response", answered)
    page.on("console", console)
    page.on("pageerror", lambda error: visit.errors.append(f"uncaught: {error}"))
    page.goto(server + path, wait_until="commit")
    return visit


def _settle(visit):
    """Wait until the page is loaded and has made every request it will make:
    Material fetches the search index (and more) after "load", so wait until
    search is ready, then until the network is quiet."""
    if not visit.settled:
        visit.page.wait_for_load_state("load")
        visit.page.wait_for_function(SEARCH_READY)
        visit.page.wait_for_load_state("networkidle")
        visit.settled = True
    return visit


@pytest.fixture(scope="session")
def _shared(browser):
    """One browser context per theme, and the pages loaded in it so far."""
    shared = {"contexts": {s: _new_context(browser, s) for s in SCHEMES}, "pages": {}}
    yield shared
    for context in shared["contexts"].values():
        context.close()
    # An error that came after the tests of its page looked (say, while another
    # test pressed keys on it) fails the session here.
    late = [f"{path or '/'} ({scheme}): {problem}"
            for (path, scheme), visit in shared["pages"].items()
            for problem in visit.problems()]  # fmt: skip
    assert not late, "errors on shared pages after their tests:\n" + "\n".join(late)


@pytest.fixture
def open_page(request, browser, server, _shared):
    """`open_page(path, scheme)`: the page at `path` (as in `page_paths`), loaded
    in the light or dark theme, and shared by the tests that only look at it.
    `fresh=True`: a page of its own, for a test that clicks or types;
    `alone=True`: that, in a browser context of its own (offline, storage);
    `beside=visit`: a page of its own in the context of that visit's page
    (a second tab, which shares its storage)."""
    contexts, pages = _shared["contexts"], _shared["pages"]

    def open_(path, scheme="light", fresh=False, alone=False, beside=None):
        if beside:
            visit = _settle(_start(beside.page.context, server, path, scheme))
        elif alone:
            context = _new_context(browser, scheme)
            request.addfinalizer(context.close)
            visit = _settle(_start(context, server, path, scheme))
        elif fresh:
            visit = _settle(_start(contexts[scheme], server, path, scheme))
            request.addfinalizer(visit.page.close)
        else:
            if (path, scheme) not in pages:  # each theme has its own process:
                for theme in SCHEMES:  # load the page in both at once
                    if (path, theme) not in pages:
                        loading = _start(contexts[theme], server, path, theme)
                        pages[path, theme] = loading
            visit = _settle(pages[path, scheme])
            request.config.stash[ROWS][path].visits[scheme] = visit
        request.node.stash.setdefault(VISITED, []).append(visit)
        return visit

    return open_


# ─── Reporting ────────────────────────────────────────────────────────────────


@dataclass
class Row:
    visits: dict = field(default_factory=dict)  # scheme -> Visit
    axe: dict = field(default_factory=dict)  # scheme -> (serious, critical)
    figures: int = 0  # figures checked, over both themes

    def count(self, kind):
        return sum(len(getattr(visit, kind)) for visit in self.visits.values())

    def numbers(self):
        """The row as the report prints it: plain numbers, which a pytest-xdist
        worker can send."""
        counts = {kind: self.count(kind) for kind in (*REQUESTS, "errors")}
        return {**counts, "axe": dict(self.axe), "figures": self.figures}


REQUESTS = ("local", "external", "failed")


def _merge(numbers, more):
    """Two workers' rows of one page: the counts of its loads (the same page
    makes the same requests), the figures each worker checked."""
    for kind in (*REQUESTS, "errors"):
        numbers[kind] = max(numbers.get(kind, 0), more[kind])
    numbers.setdefault("axe", {}).update(more["axe"])
    numbers["figures"] = numbers.get("figures", 0) + more["figures"]


@pytest.fixture
def report(pytestconfig):
    """`report.row(path)`: the page's line in the session's report;
    `report.note(text)`: a line under the table."""

    class Report:
        @staticmethod
        def row(path):
            return pytestconfig.stash[ROWS][path]

        @staticmethod
        def note(text):
            pytestconfig.stash[NOTES].append(text)

    return Report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed and report.when == "call":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for visit in item.stash.get(VISITED, []):
            name = f"{item.originalname}--{page_id(visit.path)}-{visit.scheme}.png"
            name = re.sub(r"[^\w.-]+", "_", name)
            try:
                visit.page.screenshot(path=SCREENSHOTS / name, full_page=True)
            except Exception as error:  # the page may be what broke
                report.sections.append(("screenshot", f"{name}: {error}"))
            else:
                report.sections.append(("screenshot", str(SCREENSHOTS / name)))
    return report


def pytest_sessionfinish(session, exitstatus):
    config = session.config
    if _is_worker(config):  # the report's part of this worker, to the main process
        rows = {path: row.numbers() for path, row in config.stash[ROWS].items()}
        config.workeroutput["browser_report"] = {
            "rows": rows,
            "notes": config.stash[NOTES],
        }
    if _skipped(config) and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _skipped(config):
    """The tests skipped, as the terminal reports them (under pytest-xdist too)."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    return [report.nodeid for report in skipped]


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """pytest-xdist: a worker is done; its part of the report joins ours."""
    sent = getattr(node, "workeroutput", {}).get("browser_report")
    if sent:
        for path, numbers in sent["rows"].items():
            _merge(node.config.stash[WORKER_ROWS].setdefault(path, {}), numbers)
        node.config.stash[NOTES].extend(sent["notes"])


def pytest_terminal_summary(terminalreporter, config):
    rows = config.stash[WORKER_ROWS]
    for path, row in config.stash[ROWS].items():
        _merge(rows.setdefault(path, {}), row.numbers())
    notes = config.stash[NOTES]
    skipped = _skipped(config)
    if not (rows or notes or skipped):
        return
    write = terminalreporter.write_line
    terminalreporter.section("browser report")
    header = ("page", "HTML KB", "requests local/external/failed", "console errors")
    header += ("axe serious/critical light, dark", "figures checked")
    table = [header]
    for path, row in sorted(rows.items()):
        size = page_file(built_site(config), path).stat().st_size
        requests = "/".join(str(row[kind]) for kind in REQUESTS)
        axe = ", ".join(
            f"{row['axe'][s][0]}/{row['axe'][s][1]}" if s in row["axe"] else "-"
            for s in SCHEMES
        )
        table.append(("/" + path, f"{size / 1000:.0f}", requests, str(row["errors"])))
        table[-1] += (axe, str(row["figures"]))
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table if rows else ():
        write("  ".join(cell.ljust(width) for cell, width in zip(line, widths)))
    built = [_site(config.getoption("site"))[1]] if _site.cache_info().currsize else []
    for note in built + notes:
        write(note)
    for nodeid in skipped:
        write(f"SKIPPED, which fails this session: {nodeid}", red=True)
