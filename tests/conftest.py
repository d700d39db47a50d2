"""Shared test helpers: run a snippet once per session, build a small site, and
build the whole site from scratch (once per test session, for every test that
needs a clean build)."""

import contextlib
import io
import json
import os
import re
import runpy
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"


@cache
def _run(relative_path):
    stdout = io.StringIO()
    with contextlib.chdir(ROOT), contextlib.redirect_stdout(stdout):
        namespace = runpy.run_path(str(SNIPPETS / relative_path), run_name="__main__")
    return SimpleNamespace(output=stdout.getvalue(), globals=namespace)


@pytest.fixture
def snippet():
    """`snippet("chapter/name.py")` runs that file as `python` would (once per
    test session) and gives back what it printed and its global variables."""
    return _run


def explorable(output):
    """What an explorable figure (plotting.explorable) printed: its frames, as the
    page's script gets them, and the summary the page shows first."""
    data = re.search(r'<script type="application/json">(.*?)\n</script>', output, re.S)
    summary = re.search(
        r'<p class="explorable-summary" aria-live="polite">(.*?)</p>', output
    )
    return SimpleNamespace(
        **json.loads(data[1].replace("<\\/", "</")), summary=summary[1]
    )


def build_site(project, *args, env=None):
    """Run a strict MkDocs build of `project`; return the finished process.
    `env` adds environment variables, such as the MOL_* build settings."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", *args]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)


@pytest.fixture
def one_page_site(tmp_path):
    """A site with this project's configuration and build hooks, and one page whose
    content the test writes. Returns a function: page text (and the snippets it
    embeds, and build settings) -> the finished build process."""

    def build(page_text, snippets=None, env=None):
        for folder in ("docs", "snippets"):  # mkdocs.yml watches snippets/
            (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / "docs" / "page.md").write_text(page_text, encoding="utf-8")
        for name, code in (snippets or {}).items():
            path = tmp_path / "snippets" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(code, encoding="utf-8")
        (tmp_path / "mkdocs.yml").write_text(
            f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
            "nav: [page.md]\n"
            f"hooks: [{ROOT / 'sitebuild' / 'hooks.py'}]\n"
            # custom_dir would be taken relative to this file, not the inherited one
            f"theme: {{custom_dir: {ROOT / 'overrides'}}}\n",
            encoding="utf-8",
        )
        # One process: a pool's start (torch imported in each worker) would
        # cost more than these pages' snippets.
        settings = {
            "MOL_CACHE_DIR": str(tmp_path / "cache"),
            "MOL_EXECUTOR": "serial",
            **(env or {}),
        }
        return build_site(tmp_path, "--site-dir", str(tmp_path / "site"), env=settings)

    return build


# A Dask LocalCluster of two worker processes, in a process of its own (so
# that its event loop and sockets stay out of the tests'), until stdin closes.
LOCAL_CLUSTER = """
import sys
from distributed import LocalCluster
with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as c:
    print(c.scheduler_address, flush=True)
    sys.stdin.read()
"""


@pytest.fixture(scope="session")
def cluster():
    """The address of a Dask cluster of two worker processes on this machine."""
    process = subprocess.Popen(
        [sys.executable, "-c", LOCAL_CLUSTER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = process.stdout.readline().strip()
    assert address.startswith("tcp://"), "the Dask cluster did not start"
    yield address
    process.stdin.close()
    process.wait(timeout=60)
    process.stdout.close()


@pytest.fixture(scope="session")
def clean_builds(tmp_path_factory, cluster):
    """The whole site built from scratch (each with an empty cache) on each
    executor: {"process": site, "serial": site, "dask": site}, and the timings
    of the process build."""
    sites = {}
    executors = {"process": "process", "serial": "serial", "dask": cluster}
    for name, executor in executors.items():
        site = tmp_path_factory.mktemp(f"site-{name}")
        env = {
            "MOL_EXECUTOR": executor,
            "MOL_CACHE_DIR": str(site.parent / f"cache-{name}"),
            "MOL_TIMINGS": str(site.parent / f"timings-{name}.json"),
        }
        build = build_site(ROOT, "--site-dir", str(site), env=env)
        assert build.returncode == 0, build.stderr
        sites[name] = site
    timings = (sites["process"].parent / "timings-process.json").read_text()
    return sites, json.loads(timings)
