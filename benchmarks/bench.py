"""`nox -s bench`: how long building the site takes, measured side by side.

Every measurement runs in a scratch copy of the project (edits never touch your
work tree), one after the other on an otherwise idle machine; the table shows
medians and the ratios the project aims for. The VM's speed varies by ±20%
from run to run: compare the ratios of one run, not seconds across runs.
Rebuilds run --repeat times (three by default); what executes every example
once. Results are also written as JSON (default .cache/bench.json).

    python benchmarks/bench.py [--repeat 3] [--json PATH]
"""

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ["docs", "snippets", "checks", "sitebuild", "overrides", "mkdocs.yml",
           "book.toml", "README.md"]  # fmt: skip
PROSE_PAGE = "docs/parameter-estimation.md"
SNIPPET = "snippets/parameter_estimation/initial_loss.py"  # its page shows its output
NOTEBOOK = "site/notebooks/parameter-estimation/parameter-estimation.ipynb"  # theirs
CORES = os.cpu_count() or 1
SETTLE = 10  # seconds an author reads the served page before saving a snippet

# The work any build must do at least: every distinct executed block of every
# page, run once in one process by the build's own runner, in CPU seconds.
IN_PROCESS = """
import json, sys
from pathlib import Path
from sitebuild import execution, pages
blocks = {b.code: b for p in sorted(Path("docs").rglob("*.md"))
          for b in pages.read(p.read_text(), p.name)[0]}
execution.warm_up()
runs = {b.title: execution.run(b.code, b.title, execution.shared_modules(b.code))
        for b in blocks.values()}
json.dump({title: r["cpu_seconds"] for title, r in runs.items()}, sys.stdout)
"""
# What a build's worker does before its first snippet: start, import the
# libraries, warm up (the in-process CPU above leaves it out).
WORKER_START = "from sitebuild import execution; execution.warm_up()"
# What mkdocs-jupyter does again for a notebook that changed (it caches the
# page it makes by the notebook's content): each notebook to HTML, once.
NOTEBOOKS_TO_HTML = """
import json, sys, time
from pathlib import Path
from mkdocs_jupyter.nbconvert2 import nb2html
seconds = {}
for path in sorted(Path("site/notebooks").glob("*/*.ipynb")):
    start = time.perf_counter()
    nb2html(str(path), execute=False)
    seconds[path.as_posix()] = time.perf_counter() - start
json.dump(seconds, sys.stdout)
"""
# Every published notebook top to bottom in a fresh kernel, two at a time, as
# the tests check them (in this environment, not the tests' bare one).
NOTEBOOK_CHECK = """
import sys, tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import nbclient, nbformat
def run(path):
    with tempfile.TemporaryDirectory() as folder:
        notebook = nbformat.read(path, as_version=4)
        resources = {"metadata": {"path": folder}}
        # An exercise's check fails on its empty answer, by design.
        nbclient.NotebookClient(notebook, resources=resources,
                                allow_error_names=["AssertionError"]).execute()
with ThreadPoolExecutor(2) as kernels:
    list(kernels.map(run, sorted(Path("site").glob("notebooks/*/*.ipynb"))))
"""


class Scratch:
    """A copy of the project in a temporary directory, with its own cache."""

    def __init__(self, root):
        self.root = Path(root)
        for name in PROJECT:
            source = ROOT / name
            if source.is_dir():
                ignore = shutil.ignore_patterns("__pycache__")
                shutil.copytree(source, self.root / name, ignore=ignore)
            else:
                shutil.copy2(source, self.root / name)
        self.env = {
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            "MOL_CACHE_DIR": str(self.root / "cache"),
            "MOL_TIMINGS": str(self.root / "timings.json"),
            "PYTHONPATH": str(self.root),  # its sitebuild, not the installed one
        }

    def run(self, *command, **settings):
        """Seconds that `command` took; its output is kept in `self.output`."""
        start = time.perf_counter()
        done = subprocess.run(
            command,
            cwd=self.root,
            env={**self.env, **settings},
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"bench: {' '.join(command)} failed:\n{done.stderr[-3000:]}")
        self.output = done.stdout
        return seconds

    def build(self, **settings):
        mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"]
        return self.run(*mkdocs, **settings)

    def forget(self):
        """Empty the caches, as on a fresh clone: snippets' results, timings
        (the next build runs them in no known order) and notebook pages."""
        shutil.rmtree(self.root / "cache", ignore_errors=True)
        shutil.rmtree(self.root / ".cache", ignore_errors=True)

    def clean_build(self):
        self.forget()
        return self.build()

    def html_megabytes(self):
        """The size of the built pages, in MB."""
        return sum(p.stat().st_size for p in (self.root / "site").rglob("*.html")) / 1e6

    def ran(self):
        """The snippets the last build ran (not taken from the cache)."""
        timings = json.loads((self.root / "timings.json").read_text())
        return sorted(t["snippet"] for t in timings if not t["cached"])

    def edit(self, relative_path, after, new):
        """Put `new` into the file after the first `after` (which stays)."""
        path = self.root / relative_path
        text = path.read_text()
        assert after in text, f"{after!r} not in {relative_path}"
        path.write_text(text.replace(after, after + new, 1))

    def serve_edit(self, edits):
        """Under `mkdocs serve`: for each (replace, with, until) in `edits`, the
        seconds from saving the snippet to the served page showing `until`."""
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=self.root,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}/parameter-estimation/"
        try:
            _wait_for(url, "loss at w = 1")
            time.sleep(SETTLE)  # the workers start meanwhile (sitebuild/hooks.py)
            times = []
            for replace, new, until in edits:
                path = self.root / SNIPPET
                path.write_text(path.read_text().replace(replace, new))
                saved = time.perf_counter()
                _wait_for(url, until)
                times.append(time.perf_counter() - saved)
            return times
        finally:
            server.terminate()
            server.wait(timeout=30)


def _wait_for(url, text, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if text in response.read().decode():
                    return
        except OSError:
            pass
        time.sleep(0.05)
    sys.exit(f"bench: {url} never showed {text!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each rebuild")
    parser.add_argument("--json", type=Path, default=ROOT / ".cache" / "bench.json")
    args = parser.parse_args()
    results, notes = {}, {}

    def record(name, samples):
        results[name] = {
            "median_s": round(statistics.median(samples), 3),
            "samples_s": [round(s, 3) for s in samples],
        }
        print(f"  {name:<26} {results[name]['median_s']:7.2f} s", flush=True)

    with tempfile.TemporaryDirectory(prefix="mol-bench-") as tmp:
        scratch = Scratch(tmp)
        print(f"bench: {CORES} cores, rebuilds {args.repeat}x, in {tmp}", flush=True)
        scratch.run(sys.executable, "-c", IN_PROCESS)
        cpu = json.loads(scratch.output)
        record("in-process (CPU)", [sum(cpu.values())])
        scratch.build(MOL_EXECUTE="0")  # not counted: the first render of all
        record(
            "render only", [scratch.build(MOL_EXECUTE="0") for _ in range(args.repeat)]
        )
        preview_megabytes = scratch.html_megabytes()
        starting = [sys.executable, "-c", WORKER_START]
        record("worker start", [scratch.run(*starting) for _ in range(args.repeat)])
        record("clean build", [scratch.clean_build() for _ in range(args.repeat)])
        notes["clean build"] = f"ran {len(scratch.ran())} snippets"
        record("no-change rebuild", [scratch.build() for _ in range(args.repeat)])
        notes["no-change rebuild"] = (
            f"ran {scratch.ran()}; its pages hold the outputs and figures: "
            f"{scratch.html_megabytes():.1f} MB of HTML, "
            f"{preview_megabytes:.1f} MB in render only"
        )

        def prose_edit(i):
            scratch.edit(PROSE_PAGE, "Learning, in machine learning,", f" {i}")
            return scratch.build()

        record("prose edit", [prose_edit(i) for i in range(args.repeat)])
        notes["prose edit"] = f"ran {scratch.ran()}"
        edits = [
            ("w = 1, b = 0", f"w = 1, b = 0 (edit {i})", f"(edit {i})")
            if i == 0
            else (f"(edit {i - 1})", f"(edit {i})", f"(edit {i})")
            for i in range(args.repeat)
        ]
        record("saved snippet under serve", scratch.serve_edit(edits))
        record("one snippet's run (CPU)", [cpu[SNIPPET]])
        scratch.run(sys.executable, "-c", NOTEBOOKS_TO_HTML)
        to_html = json.loads(scratch.output)
        record("its notebook to HTML", [to_html[NOTEBOOK]])
        record("all notebooks to HTML", [sum(to_html.values())])
        doctest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        doctest += ["-p", "sitebuild.doctest_plugin", "--markdown-docs", "docs"]
        record("doc tests", [scratch.run(*doctest, "README.md")])
        record("notebook check", [scratch.run(sys.executable, "-c", NOTEBOOK_CHECK)])

    median = {name: r["median_s"] for name, r in results.items()}
    floor = median["in-process (CPU)"] / CORES + median["render only"]
    one_core = median["in-process (CPU)"] + median["render only"]
    results["parallel floor"] = {"median_s": round(floor, 3), "samples_s": []}
    results["one-core floor"] = {"median_s": round(one_core, 3), "samples_s": []}
    serve_target = median["render only"] + median["one snippet's run (CPU)"] + 1
    # What each target leaves out, measured on its own above, to say why a
    # measurement misses its target and by how much once that is counted.
    start, notebook = median["worker start"], median["its notebook to HTML"]
    notebooks = median["all notebooks to HTML"]

    def beyond(measured, base, what, seconds):
        return (f"; with {what} ({seconds:.1f} s) counted: "
                f"{median[measured] / (base + seconds):.2f}")  # fmt: skip

    targets = [
        ("clean build / parallel floor", median["clean build"] / floor, 1.15,
         f"in-process ÷ {CORES} cores + render only; {notes['clean build']}"
         + beyond("clean build", floor, "the workers' start, side by side, and "
                  "all notebooks to HTML, which render only reads from its cache",
                  start + notebooks)),
        ("saved snippet / (render + its run + 1 s)",
         median["saved snippet under serve"] / serve_target, 1.0,
         f"from save to the reloaded page showing the new output, {SNIPPET}"
         + beyond("saved snippet under serve", serve_target,
                  "its notebook to HTML", notebook)),
        ("prose edit / render only", median["prose edit"] / median["render only"],
         1.2, notes["prose edit"]
         # It builds the pages a no-change rebuild does, with their outputs
         # (render only has a line in place of each), and one notebook more.
         + beyond("prose edit", median["no-change rebuild"], "its notebook to "
                  "HTML, over the no-change rebuild", notebook)),
        ("no-change rebuild / render only",
         median["no-change rebuild"] / median["render only"], 1.2,
         notes["no-change rebuild"]),
        ("doc tests / build's execution",
         median["doc tests"] / median["in-process (CPU)"], 1.5,
         "blocks the build ran are read from its cache; the rest run"),
    ]  # fmt: skip
    results["ratios"] = {
        label: {"value": round(value, 3), "target": f"<= {target}",
                "met": value <= target, "why": why}
        for label, value, target, why in targets
    }  # fmt: skip
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1))
    print_table(results)
    print(f"\nresults: {args.json}")


def print_table(results):
    print("\n| measurement | median (s) | runs (s) |\n|---|---:|---|")
    for name, result in results.items():
        if "median_s" in result:
            runs = ", ".join(f"{s:.2f}" for s in result["samples_s"]) or "computed"
            print(f"| {name} | {result['median_s']:.2f} | {runs} |")
    print("\n| ratio | value | target | met | why |\n|---|---|---|---|---|")
    for label, r in results["ratios"].items():
        met = "yes" if r["met"] else "NO"
        print(f"| {label} | {r['value']} | {r['target']} | {met} | {r['why']} |")


if __name__ == "__main__":
    main()
