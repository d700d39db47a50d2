"""How the build runs a snippet: markdown-exec's Python runner, plus what it lacks.

markdown-exec renders the fences; `install()` swaps in `run_snippet` as the
code that executes them, which adds:

- a result cache, so a rebuild reruns only snippets whose code or imported
  shared modules (or library versions) changed; a stale output cannot match a
  key, and entries are written atomically, so an interrupted build is harmless;
- a time limit, so a runaway snippet stops the build with its name instead of
  hanging it;
- a NaN guard: output containing `nan` fails the build, unless the snippet says
  `# expect: nan` (a chapter that shows divergence on purpose);
- per-snippet timings, reported after each build, slowest first;
- a preview mode that renders pages without running anything.

Settings come from the environment, so every build command takes them:
MOL_EXECUTE=0 (preview), MOL_CACHE=0 (no cache), MOL_CACHE_DIR=path (default
.cache/snippets), MOL_TIME_LIMIT=seconds (default 60), MOL_TIMINGS=path (also
write the timings as JSON).
"""

import ast
import hashlib
import importlib
import io
import json
import linecache
import os
import platform
import re
import signal
import sys
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import cache, lru_cache, partial
from importlib.metadata import version
from pathlib import Path
from types import ModuleType

import markdown_exec
from markdown_exec import ExecutionError, base_format, code_block

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
LIBRARIES = ("torch", "numpy", "matplotlib")
# Imported once before the first snippet runs, so that no snippet's time includes
# them; torch._dynamo is what the first optimizer of a process imports (~1.5 s).
WARM_UP = ("torch", "torch._dynamo", "matplotlib.pyplot")
NAN = re.compile(r"\bnan\b")
PREVIEW_OUTPUT = "(preview build: this code was not run)"


def _setting(name, default):
    return os.environ.get(f"MOL_{name}", default)


EXECUTE = _setting("EXECUTE", "1") != "0"
USE_CACHE = _setting("CACHE", "1") != "0"
TIME_LIMIT = float(_setting("TIME_LIMIT", "60"))
CACHE = Path(_setting("CACHE_DIR", ROOT / ".cache" / "snippets"))


@dataclass
class Timing:
    page: str
    snippet: str
    seconds: float  # on the clock
    cpu_seconds: float  # working: what the snippet costs, however busy the machine
    cached: bool


timings: list[Timing] = []
current_page = ""  # set by the hooks before each page is rendered


def install():
    """Make markdown-exec run Python fences with `run_snippet`."""
    timings.clear()
    markdown_exec.formatters["python"] = partial(
        base_format, language="python", run=run_snippet
    )


def run_snippet(code, returncode=None, session=None, id=None, **extra):
    """Run `code` as a fresh module and return what it printed."""
    name = extra.get("title") or id or "<snippet>"
    try:
        return _run(code, name, extra)
    except ExecutionError:
        raise
    except Exception as error:  # markdown-exec would print the fence as plain text
        raise ExecutionError(f"{name}: the engine failed: {error!r}") from error


def _run(code, name, extra):
    if not EXECUTE:
        return PREVIEW_OUTPUT
    key = cache_key(code)
    cached = read_cache(key) if USE_CACHE else None
    if cached is not None:
        seconds, cpu_seconds = cached["seconds"], cached["cpu_seconds"]
        timings.append(Timing(current_page, name, seconds, cpu_seconds, cached=True))
        return cached["output"]

    _warm_up()  # once per build, so the first snippet's time is its own
    start, start_cpu = time.perf_counter(), time.thread_time()
    output = _execute(code, name, extra)
    seconds, cpu_seconds = time.perf_counter() - start, time.thread_time() - start_cpu
    timings.append(Timing(current_page, name, seconds, cpu_seconds, cached=False))

    if NAN.search(output) and "# expect: nan" not in code:
        message = "printed nan; if that is the point, say `# expect: nan` in it"
        raise ExecutionError(code_block("text", f"{name} {message}\n\n{output}"))
    if USE_CACHE:
        entry = {"output": output, "seconds": seconds, "cpu_seconds": cpu_seconds}
        write_cache(key, entry)
    return output


@cache
def _warm_up():
    """Pay what the first use of the libraries costs in a process (imports,
    the autograd engine's start, loading fonts) before the first snippet."""
    for module in WARM_UP:
        importlib.import_module(module)
    torch, plt = sys.modules["torch"], sys.modules["matplotlib.pyplot"]
    # The examples' tensors hold a handful of numbers: a second thread only adds
    # hand-offs (log_softmax on 11 values took 10x longer with two).
    torch.set_num_threads(1)
    weight = torch.ones(2, requires_grad=True)
    optimizer = torch.optim.SGD([weight], lr=0.1)
    (weight * weight).sum().backward()
    optimizer.step()
    fig, ax = plt.subplots()
    ax.plot([0, 1], label="warm-up")
    ax.legend()
    fig.savefig(io.StringIO(), format="svg", bbox_inches="tight")
    plt.close(fig)


def _execute(code, name, extra):
    module = ModuleType(re.sub(r"\W", "_", name))
    sys.modules[module.__name__] = module  # some libraries look their module up
    buffer = io.StringIO()
    module.print = partial(print, file=buffer)
    # Tracebacks name the snippet's path and quote the lines that actually ran.
    linecache.cache[name] = (len(code), None, code.splitlines(keepends=True), name)
    try:
        with _time_limit(TIME_LIMIT, name):
            exec(compile(code, name, "exec"), module.__dict__)
    except Exception as error:
        below_us = error.__traceback__.tb_next
        trace = "".join(traceback.format_exception(type(error), error, below_us))
        raise ExecutionError(code_block("python", trace, **extra)) from error
    finally:
        del sys.modules[module.__name__]
    return buffer.getvalue()


@contextmanager
def _time_limit(seconds, name):
    def stop(signum, frame):
        raise TimeoutError(
            f"{name} ran past the {seconds:g} s time limit (MOL_TIME_LIMIT)"
        )

    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach the main thread only; MkDocs builds there
        return
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def cache_key(code):
    """Hash of everything the output can depend on: the code, the shared
    modules it imports (and theirs), and the Python and library versions."""
    digest = hashlib.sha256(code.encode())
    for module in sorted(_local_imports(code)):
        digest.update((SNIPPETS / f"{module}.py").read_bytes())
    digest.update(_versions())
    return digest.hexdigest()


@cache
def _versions():
    """Python's and the libraries' versions (looked up once: it is slow)."""
    pinned = [f"{library}={version(library)}" for library in LIBRARIES]
    return " ".join([platform.python_version(), *pinned]).encode()


def _local_imports(code, found=None):
    """The shared modules in snippets/ that `code` imports, and that they do."""
    found = set() if found is None else found
    for module in _imported_names(code) - found:
        path = SNIPPETS / f"{module}.py"
        if path.exists():
            found.add(module)
            _local_imports(path.read_text(encoding="utf-8"), found)
    return found


@lru_cache(maxsize=1024)  # the shared modules are parsed once per build, not per use
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


def read_cache(key, folder=CACHE):
    try:
        return json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_cache(key, entry, folder=CACHE):
    folder.mkdir(parents=True, exist_ok=True)
    partial_file = folder / f"{key}.{os.getpid()}.tmp"
    partial_file.write_text(json.dumps(entry), encoding="utf-8")
    partial_file.replace(folder / f"{key}.json")  # atomic: never a half-written entry


def report(log):
    """Log the build's snippet timings, slowest first; write them as JSON if asked."""
    if not timings:
        return
    ran = [t for t in timings if not t.cached]
    log.info(
        "Snippets: %d run in %.1f s (%.1f s of CPU), %d from cache.%s",
        len(ran),
        sum(t.seconds for t in ran),
        sum(t.cpu_seconds for t in ran),
        len(timings) - len(ran),
        " Slowest:" if ran else "",
    )
    for timing in sorted(ran, key=lambda t: -t.seconds)[:8]:
        log.info("  %6.2f s  %s (%s)", timing.seconds, timing.snippet, timing.page)
    if path := _setting("TIMINGS", ""):
        Path(path).write_text(json.dumps([asdict(t) for t in timings], indent=1))
