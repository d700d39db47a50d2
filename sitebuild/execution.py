"""How the build runs the snippets: each once, all before any page is rendered,
on every core (or a Dask cluster), each result kept in one content-addressed cache.

`run_all(blocks)` takes the executed blocks of every page, looks each up in the
cache by a key of everything its output can depend on (its code, the shared
modules it imports, the Python and library versions), and runs the misses on
an executor, longest first by the last build's timings. `run` is what a worker
executes: the snippet as a fresh module, as `python snippets/…` would run it
(fresh random state, shared modules imported anew, one torch thread), with a
time limit and a NaN guard. Rendering then reads the results (`result`).

Settings, from the environment: MOL_EXECUTOR=process (default: a process per
core) | serial (in the build's process) | a Dask scheduler address such as
tcp://127.0.0.1:8786; MOL_WORKERS (default: the cores); MOL_EXECUTE=0 (preview:
run nothing); MOL_CACHE=0 (no cache); MOL_CACHE_DIR (default .cache/snippets);
MOL_CACHE_DAYS (prune entries unused this long, default 30); MOL_TIME_LIMIT
(seconds per snippet, default 60); MOL_TIMINGS=path (write the timings as JSON).
"""

import ast
import atexit
import contextlib
import hashlib
import importlib.abc
import importlib.util
import io
import json
import linecache
import logging
import os
import platform
import re
import signal
import sys
import threading
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from functools import cache
from importlib.metadata import version
from multiprocessing import get_context
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
LIBRARIES = ("torch", "numpy", "matplotlib")
NAN = re.compile(r"\bnan\b")
PREVIEW_OUTPUT = "(preview build: this code was not run)"


def setting(name, default):
    return os.environ.get(f"MOL_{name}", default)


EXECUTE = setting("EXECUTE", "1") != "0"
USE_CACHE = setting("CACHE", "1") != "0"
CACHE = Path(setting("CACHE_DIR", ROOT / ".cache" / "snippets"))
TIME_LIMIT = float(setting("TIME_LIMIT", "60"))


# ─── In a worker ──────────────────────────────────────────────────────────────


@cache
def warm_up():
    """Pay once per process what the first use of the libraries costs (imports,
    the autograd engine's start, fonts), so no snippet's time includes it, and
    note the random state that every snippet starts from."""
    import matplotlib

    matplotlib.use("agg")  # no display: figures are saved, never shown
    import matplotlib.pyplot as plt
    import numpy
    import torch

    # The examples' tensors hold a handful of numbers: a second thread only adds
    # hand-offs (log_softmax on 11 values took 10x longer with two).
    torch.set_num_threads(1)
    weight = torch.ones(2, requires_grad=True)
    (weight * weight).sum().backward()
    torch.optim.SGD([weight], lr=0.1).step()
    fig, ax = plt.subplots()
    ax.plot([0, 1], label="warm-up")
    ax.legend()
    fig.savefig(io.StringIO(), format="svg")
    plt.close(fig)
    return torch.random.get_rng_state(), numpy.random.get_state()


def _worker():
    """A pool worker's start: warm up, and end with the build, even a killed one
    (a killed `mkdocs serve` runs no exit handler to stop its pool)."""
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
    warm_up()


class SharedModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports the shared modules from the sources sent with the snippet, so a
    worker anywhere runs the same code, and a long-lived one never a stale copy."""

    def __init__(self, sources):
        self.sources = sources

    def find_spec(self, name, path=None, target=None):
        if name in self.sources:
            return importlib.util.spec_from_loader(name, self, origin=name)

    def exec_module(self, module):
        name = module.__name__
        filename = f"snippets/{name}.py"
        _remember(filename, self.sources[name])
        exec(compile(self.sources[name], filename, "exec"), module.__dict__)


def _remember(filename, code):
    """Let tracebacks quote the lines of `code` under `filename`."""
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)


def run(code, title, modules, time_limit=TIME_LIMIT):
    """Run `code` as a fresh module; return what it printed and its timing, or
    its error as a traceback that names `title` and quotes the lines that ran."""
    names = _imported_names(code).union(*map(_imported_names, modules.values()))
    if not names & set(LIBRARIES):  # no state of theirs to reset: no imports
        return _execute(code, title, modules, time_limit)
    import matplotlib
    import numpy
    import torch

    torch_state, numpy_state = warm_up()
    torch.random.set_rng_state(torch_state)
    numpy.random.set_state(numpy_state)
    with matplotlib.rc_context():  # the caller's settings come back after
        matplotlib.rcdefaults()
        return _execute(code, title, modules, time_limit)


def _execute(code, title, modules, time_limit):
    finder = SharedModules(modules)
    sys.meta_path.insert(0, finder)
    module = ModuleType(re.sub(r"\W", "_", title))
    sys.modules[module.__name__] = module  # some libraries look their module up
    _remember(title, code)
    output, error = io.StringIO(), None
    start, start_cpu = time.perf_counter(), time.thread_time()
    try:
        with _time_limit(time_limit, title), contextlib.redirect_stdout(output):
            exec(compile(code, title, "exec"), module.__dict__)
    except (Exception, SystemExit) as raised:  # a snippet may call sys.exit()
        below_us = raised.__traceback__.tb_next
        error = "".join(traceback.format_exception(type(raised), raised, below_us))
    finally:
        sys.meta_path.remove(finder)
        for name in [*modules, module.__name__]:
            sys.modules.pop(name, None)
    seconds, cpu_seconds = time.perf_counter() - start, time.thread_time() - start_cpu
    output = output.getvalue()
    if error is None and NAN.search(output) and "# expect: nan" not in code:
        error = f"{title} printed nan; if that is the point, say `# expect: nan` in it"
        error += f"\n\n{output}"
    return {
        "output": output,
        "error": error,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
    }


@contextlib.contextmanager
def _time_limit(seconds, title):
    def stop(signum, frame):
        raise TimeoutError(f"{title} ran past the {seconds:g} s time limit")

    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach the main thread only: a Dask worker has no limit
        return
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# ─── The cache ────────────────────────────────────────────────────────────────


@cache
def _versions():
    pinned = [f"{library}={version(library)}" for library in LIBRARIES]
    return " ".join([platform.python_version(), *pinned])


def shared_modules(code, found=None):
    """{name: source} of the shared modules in snippets/ that `code` imports,
    and that those import."""
    found = {} if found is None else found
    for name in sorted(_imported_names(code) - found.keys()):
        path = SNIPPETS / f"{name}.py"
        if path.exists():
            found[name] = path.read_text(encoding="utf-8")
            shared_modules(found[name], found)
    return found


@cache
def _imported_names(code):
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return frozenset()  # running it will report the error
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return frozenset(names)


def cache_key(code, modules):
    parts = [code, *(f"{n}\n{s}" for n, s in sorted(modules.items())), _versions()]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def read_cache(key):
    path = CACHE / f"{key}.json"
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    os.utime(path)  # used now: pruning keeps it
    return entry


def write_cache(key, entry):
    CACHE.mkdir(parents=True, exist_ok=True)
    partial_file = CACHE / f"{key}.{os.getpid()}.tmp"
    partial_file.write_text(json.dumps(entry), encoding="utf-8")
    partial_file.replace(CACHE / f"{key}.json")  # atomic: no half-written entry


def prune_cache(days=None):
    """Remove the entries that no build has used for `days`, and what killed
    builds left half-written."""
    days = float(setting("CACHE_DAYS", "30")) if days is None else days
    cutoff = time.time() - days * 86400
    for path in CACHE.glob("*.json"):
        if path.stat().st_mtime < cutoff and path.name != "timings.json":
            path.unlink(missing_ok=True)
    for path in CACHE.glob("*.tmp"):
        if path.stat().st_mtime < time.time() - 3600:
            path.unlink(missing_ok=True)


# ─── In the build ─────────────────────────────────────────────────────────────

results = {}  # cache key -> result of `run`, for the pages being built
executed = []  # (page, Block) of every executed block of the pages being built
timings = []  # of every block: page, snippet, seconds, cpu_seconds, cached, key


@cache
def executor():
    """The executor that runs the snippets, as MOL_EXECUTOR says; None: serial."""
    choice = setting("EXECUTOR", "process")
    if choice == "serial":
        return None
    if choice == "process":
        # spawn: a clean process, not a fork of the build and its threads.
        spawn = get_context("spawn")
        pool = ProcessPoolExecutor(_workers(), spawn, initializer=_worker)
        atexit.register(pool.shutdown, cancel_futures=True)
        return pool
    from distributed import Client  # the optional extra `.[cluster]`

    return Client(choice).get_executor()


def _workers():
    return int(setting("WORKERS", os.cpu_count() or 1))


def start_workers():
    """Start the pool's workers now, each warming up as it starts (some 4 s of
    imports), so that the next snippet to run need not wait for them."""
    pool = executor()
    if isinstance(pool, ProcessPoolExecutor):
        for _ in range(_workers()):
            pool.submit(int)  # a task for each: the pool starts a worker for each


def key_of(code):
    """The cache key of `code`: it, the shared modules it imports, the versions."""
    return cache_key(code, shared_modules(code))


def run_all(blocks, log):
    """Run every (page, block) that has no cached result, longest first by the
    last build's timings; keep every block's result for the rendering."""
    results.clear()
    timings.clear()
    executed[:] = blocks
    if not EXECUTE:
        return
    todo = {}
    for page, block in blocks:
        modules = shared_modules(block.code)
        key = cache_key(block.code, modules)
        cached = read_cache(key) if USE_CACHE else None
        if cached is not None:
            results[key] = cached
            _time(page, block.title, cached, True, key)
        elif key not in todo:
            todo[key] = (page, (block.code, block.title, modules))
    last = _last_timings()
    order = sorted(todo, key=lambda key: -last.get(todo[key][1][1], float("inf")))
    for key, ran in _run(order, {key: task for key, (_, task) in todo.items()}):
        results[key] = ran
        _time(todo[key][0], todo[key][1][1], ran, False, key)
        if ran["error"] is None and USE_CACHE:
            write_cache(key, ran)
    log.info("Snippets: %s", _summary())


def _run(order, tasks):
    """(key, result) of each task as it finishes, on the executor."""
    pool = executor()
    if pool is None:
        yield from ((key, run(*tasks[key])) for key in order)
        return
    futures = {pool.submit(run, *tasks[key]): key for key in order}
    for future in as_completed(futures):
        try:
            yield futures[future], future.result()
        except BrokenProcessPool as error:  # a snippet killed its worker
            executor.cache_clear()  # the next build starts a new pool
            died = f"{tasks[futures[future]][1]}: its worker died ({error})"
            yield futures[future], {"output": "", "error": died, "seconds": 0.0,
                                    "cpu_seconds": 0.0}  # fmt: skip


def result(code, title):
    """The result of an executed block; run now if `run_all` did not see it."""
    modules = shared_modules(code)
    key = cache_key(code, modules)
    if key not in results:  # the reader missed it: say so, as it costs a core
        logging.getLogger("mkdocs.hooks").warning("%s was not run ahead", title)
        results[key] = run(code, title, modules)
    return results[key]


def _time(page, snippet, entry, cached, key):
    seconds, cpu_seconds = entry["seconds"], entry["cpu_seconds"]
    timings.append(dict(page=page, snippet=snippet, seconds=seconds,
                        cpu_seconds=cpu_seconds, cached=cached, key=key))  # fmt: skip


def _last_timings():
    try:
        return json.loads((CACHE / "timings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _summary():
    ran = [t for t in timings if not t["cached"]]
    slowest = sorted(ran, key=lambda t: -t["cpu_seconds"])[:5]
    return (
        f"{len(ran)} run in {sum(t['seconds'] for t in ran):.1f} s of work "
        f"({sum(t['cpu_seconds'] for t in ran):.1f} s of CPU), "
        f"{len(timings) - len(ran)} from cache"
    ) + "".join(f"\n  {t['cpu_seconds']:6.2f} s  {t['snippet']} ({t['page']})"
                for t in slowest)  # fmt: skip


def save_timings():
    """Keep this build's timings for the next build's order; write them as
    JSON where MOL_TIMINGS says; prune the cache."""
    if USE_CACHE and timings:
        merged = {
            **_last_timings(),
            **{t["snippet"]: t["cpu_seconds"] for t in timings},
        }
        write_cache("timings", merged)
        prune_cache()
    if path := setting("TIMINGS", ""):
        Path(path).write_text(json.dumps(timings, indent=1))
