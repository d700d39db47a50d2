"""Shared test helpers: run a snippet once per session, build a small site, and
build the whole site from scratch (once per test session, for every test that
needs a clean build)."""

import contextlib
import hashlib
import io
import json
import os
import re
import runpy
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import cache, cached_property
from pathlib import Path
from types import SimpleNamespace

import pytest
import torch

from sitebuild import execution

# One torch thread, as in the build's workers: the tensors here are tiny, and a
# second thread costs more in hand-offs than it saves (several times, here).
torch.set_num_threads(1)

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"


class Snippet:
    """A snippet file as `python snippets/<path>` runs it. `output`, what it
    printed: the build's recorded run when the shared cache holds one for this
    very code (key: the code, the shared modules it imports, the versions),
    else a run here. `globals`, its variables: a run here, made only when a
    test asks for them."""

    def __init__(self, relative_path):
        self.path = SNIPPETS / relative_path
        code = self.path.read_text(encoding="utf-8").strip("\n")
        self._built = execution.read_cache(execution.key_of(code))

    @cached_property
    def output(self):
        if self._built is not None:  # the cache keeps only runs that passed
            return self._built["output"]
        return self._ran[0]

    @property
    def globals(self):
        return self._ran[1]

    @cached_property
    def _ran(self):
        stdout = io.StringIO()
        with contextlib.chdir(ROOT), contextlib.redirect_stdout(stdout):
            namespace = runpy.run_path(str(self.path), run_name="__main__")
        return stdout.getvalue(), namespace


_snippet = cache(Snippet)


@pytest.fixture
def snippet():
    """`snippet("chapter/name.py")`: that file's `output` and `globals`, each
    found or made once per test session (see `Snippet`)."""
    return _snippet


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


# The bare environment a learner's notebook has to run in: only these, not this
# project, not its modules (Colab's stock image has torch and matplotlib).
BARE = ["torch==2.13.0", "matplotlib", "ipykernel"]


def _make_bare_environment():
    """The python of the bare environment, made once (python -m venv, then pip)
    and kept under .cache/, named by what it holds, so a changed list makes
    another."""
    key = hashlib.sha256(" ".join([sys.version, *BARE]).encode()).hexdigest()[:12]
    venv = ROOT / ".cache" / f"bare-venv-{key}"
    python = venv / "bin" / "python"
    if not (venv / "complete").exists():
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        pip = [python, "-m", "pip", "install", "--quiet", "--no-compile", *BARE]
        subprocess.run(pip, check=True, capture_output=True)
        (venv / "complete").touch()
    return python


@cache
def bare_environment():
    """The bare environment in the making, begun once: its python, when done.
    The clean builds begin it, so that pip, which mostly waits on the disk,
    works while they run; the notebook tests, on the same worker, wait for it."""
    return ThreadPoolExecutor(1).submit(_make_bare_environment)


@pytest.fixture(scope="session")
def clean_builds(tmp_path_factory, cluster):
    """The whole site built from scratch (each with an empty cache) on each
    executor: {"process": site, "serial": site, "dask": site}, and the timings
    of the process build. The process build's results then join the shared
    cache (.cache/snippets), as any build's would: a build or doc test run
    after these tests reruns nothing."""
    bare_environment()
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
    for entry in (sites["process"].parent / "cache-process").glob("*.json"):
        if entry.name != "timings.json":
            execution.write_cache(entry.stem, json.loads(entry.read_text()))
    timings = (sites["process"].parent / "timings-process.json").read_text()
    return sites, json.loads(timings)


def pytest_configure(config):
    # pytest-xdist registers it; without xdist (`-p no:xdist`) it is a mere label
    config.addinivalue_line("markers", "xdist_group(name): run these on one worker")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items):
    """Under pytest-xdist (`-n 2 --dist loadgroup`, as `nox -s tests` runs),
    every test that needs the clean builds goes to one worker, which builds
    them once; the other worker takes the rest meanwhile."""
    for item in items:
        if {"clean_builds", "published"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group("clean-builds"))
