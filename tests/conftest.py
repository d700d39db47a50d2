"""Shared test helpers: run a snippet once per session, build a small site, and
build the whole site from scratch (once per test session, for every test that
needs a clean build)."""

import contextlib
import fcntl
import hashlib
import html
import importlib.metadata
import importlib.util
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
from packaging.requirements import Requirement

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
    data = re.search(r"<figure class=\"explorable\" data-frames='([^']*)'>", output)
    summary = re.search(
        r'<p class="explorable-summary" aria-live="polite">(.*?)</p>', output
    )
    return SimpleNamespace(**json.loads(html.unescape(data[1])), summary=summary[1])


def build_site(project, *args, env=None):
    """Run a strict MkDocs build of `project`; return the finished process.
    `env` adds environment variables, such as the MOL_* build settings."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", *args]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)


def small_project(folder, nav, hooks=("hooks.py",), extra=""):
    """Make `folder` a project with this one's configuration and build hooks
    (those of sitebuild/ named), its own `nav` and its own docs/, snippets/ and
    checks/ (mkdocs.yml watches them, and they must exist)."""
    for name in ("docs", "snippets", "checks"):
        (folder / name).mkdir(exist_ok=True)
    hooks = ", ".join(str(ROOT / "sitebuild" / hook) for hook in hooks)
    (folder / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"nav: [{', '.join(nav)}]\n"
        f"hooks: [{hooks}]\n"
        # custom_dir would be taken relative to this file, not the inherited one
        f"theme: {{custom_dir: {ROOT / 'overrides'}}}\n" + extra,
        encoding="utf-8",
    )


@pytest.fixture
def one_page_site(tmp_path):
    """A site with this project's configuration and build hooks, and one page whose
    content the test writes. Returns a function: page text (and the snippets it
    embeds, and build settings) -> the finished build process."""

    def build(page_text, snippets=None, env=None):
        small_project(tmp_path, ["page.md"])
        (tmp_path / "docs" / "page.md").write_text(page_text, encoding="utf-8")
        for name, code in (snippets or {}).items():
            path = tmp_path / "snippets" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(code, encoding="utf-8")
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
# Its workers do not sample their own stacks every 10 ms for Dask's profile
# (no dashboard here shows it): a clean build on it took 91 s of the
# cluster's CPU with it, 83 without.
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
        env={**os.environ, "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"},
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


# The bare environment a learner's notebook has to run in: only these, and what
# they require, not this project, not its modules (Colab's stock image has
# torch and matplotlib).
BARE = ["torch", "matplotlib", "ipykernel"]


def _requirements(names):
    """The distributions installed here that `names` need, themselves included."""
    found, wanted = {}, list(names)
    while wanted:
        distribution = importlib.metadata.distribution(wanted.pop())
        name = distribution.metadata["Name"].lower()
        if name not in found:
            found[name] = distribution
            for requirement in map(Requirement, distribution.requires or []):
                if not requirement.marker or requirement.marker.evaluate({"extra": ""}):
                    wanted.append(requirement.name)
    return found.values()


def _make_bare_environment():
    """The python of the bare environment, made once and kept under .cache/,
    named by what it holds. A new venv, into which the files of BARE and of
    what they require, as installed in this one (torch==2.13.0, as pinned),
    are hard-linked: what pip would unpack again, a minute of the gate's
    critical path, in a second."""
    distributions = sorted(
        f"{d.metadata['Name']}=={d.version}" for d in _requirements(BARE)
    )
    key = hashlib.sha256(" ".join([sys.version, *distributions]).encode())
    venv = ROOT / ".cache" / f"bare-venv-{key.hexdigest()[:12]}"
    python = venv / "bin" / "python"
    venv.parent.mkdir(exist_ok=True)
    with _locked(venv.with_name(f"{venv.name}.lock")):  # two workers: one makes it
        if (venv / "complete").exists():
            return python
        shutil.rmtree(venv, ignore_errors=True)
        new_venv = [sys.executable, "-m", "venv", "--without-pip", venv]
        subprocess.run(new_venv, check=True)
        packages = next((venv / "lib").glob("python*/site-packages"))
        for distribution in _requirements(BARE):
            for file in distribution.files:  # those in site-packages: no scripts
                source = Path(file.locate())
                target = Path(os.path.normpath(packages / file))
                if target.is_relative_to(packages) and source.exists():
                    _link(source, target)
                    # and its bytecode, where this environment has it (torch's:
                    # this module imported it), or each kernel compiles it again
                    if source.suffix == ".py" and (pyc := _bytecode(source)).exists():
                        _link(pyc, _bytecode(target))
        (venv / "complete").touch()
    return python


def _link(source, target):
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except FileExistsError:
        pass
    except OSError:  # another file system
        shutil.copy2(source, target)


def _bytecode(path):
    """Where Python keeps the compiled `path`."""
    return Path(importlib.util.cache_from_source(path))


@cache
def bare_environment():
    """The bare environment in the making, begun once: its python, when done.
    The process build begins it, so that the linking, which mostly waits on the
    disk, goes on while it runs; the notebook tests, on the same worker, wait
    for it."""
    return ThreadPoolExecutor(1).submit(_make_bare_environment)


def _shared_folder(tmp_path_factory):
    """A folder of this run of the tests that its pytest-xdist workers share."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def _locked(path):
    """Hold the lock file `path`: one worker at a time, across processes."""
    with open(path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def clean_build(folder, name, executor):
    """The whole site built from scratch in `folder`, with an empty cache, on
    `executor`: (site, timings). Made once per run of the tests, whichever
    worker asks first; the others wait for it. The process build's results
    then join the shared cache (.cache/snippets), as any build's would: a
    build or doc test run after these tests reruns nothing."""
    site, cache = folder / f"site-{name}", folder / f"cache-{name}"
    timings, done = folder / f"timings-{name}.json", folder / f"site-{name}.done"
    with _locked(folder / f"site-{name}.lock"):
        if not done.exists():
            shutil.rmtree(site, ignore_errors=True)
            shutil.rmtree(cache, ignore_errors=True)
            env = {
                "MOL_EXECUTOR": executor,
                "MOL_CACHE_DIR": str(cache),
                "MOL_TIMINGS": str(timings),
            }
            build = build_site(ROOT, "--site-dir", str(site), env=env)
            assert build.returncode == 0, build.stderr
            if name == "process":
                for entry in cache.glob("*.json"):
                    if entry.name != "timings.json":
                        execution.write_cache(entry.stem, json.loads(entry.read_text()))
            done.touch()
    return site, json.loads(timings.read_text())


@pytest.fixture(scope="session")
def process_build(tmp_path_factory):
    """The whole site built from scratch on the process pool, as `nox -s docs`
    builds it: (site, the timings of its blocks)."""
    bare_environment()  # the notebook tests, which read this build, need it
    return clean_build(_shared_folder(tmp_path_factory), "process", "process")


@pytest.fixture(scope="session")
def clean_builds(tmp_path_factory, cluster):
    """The site built from scratch on each executor: {"serial": site, "dask":
    site, "process": site}. The process build last: under pytest-xdist,
    another worker is making it meanwhile, for the notebook tests."""
    folder = _shared_folder(tmp_path_factory)
    executors = {"serial": "serial", "dask": cluster, "process": "process"}
    return {name: clean_build(folder, name, how)[0] for name, how in executors.items()}


def pytest_configure(config):
    # pytest-xdist registers it; without xdist (`-p no:xdist`) it is a mere label
    config.addinivalue_line("markers", "xdist_group(name): run these on one worker")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items):
    """Under pytest-xdist (`-n 2 --dist loadgroup`, as `nox -s tests` runs),
    the tests that need the clean builds go to two workers: one makes the
    process build and runs the notebooks, the other the serial and Dask builds.
    Both groups first, so each starts on its own worker at once; the rest of
    the tests fill in around them."""
    groups = {}
    for item in items:
        needs = set(getattr(item, "fixturenames", ()))
        if "clean_builds" in needs:
            groups[item] = "every-executor"
        elif {"process_build", "published"} & needs:
            groups[item] = "process-build"
    for item, group in groups.items():
        item.add_marker(pytest.mark.xdist_group(group))
    first = {"every-executor": 0, "process-build": 1}
    items.sort(key=lambda item: first.get(groups.get(item), 2))
