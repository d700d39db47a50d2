"""`nox -s bench`: how long building the site takes, measured side by side.

Every measurement runs in a scratch copy of the project (edits never touch your
work tree); the table shows medians and the ratios the project aims for.
Rebuilds run --repeat times (twice by default); what executes every example
(the floor, a clean build, the doc tests, the notebook path) runs --repeat-full
times, once by default, so that the whole bench stays under five minutes.
Results are also written as JSON (default .cache/bench.json).

    python -m engine.bench [--repeat 2] [--repeat-full 1] [--json PATH]
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

from engine.execution import ROOT
from engine.notebooks import chapter_notebooks

PROJECT_FILES = [
    "docs",
    "snippets",
    "engine",
    "overrides",
    "mkdocs.yml",
    "README.md",
    "pyproject.toml",
]
PROSE_PAGE = "docs/parameter-estimation.md"
EDITED_SNIPPET = "snippets/parameter_estimation/initial_loss.py"
ITS_NOTEBOOK = "notebooks/parameter-estimation.ipynb"
KERNEL_RUN = re.compile(r"Notebook (\S+) ran in a kernel in ([\d.]+) s")

# One process, as cheap as running the examples can be: import the libraries,
# run every snippet once (what any build must do at least), with the build's
# one torch thread.
IN_PROCESS = """
import contextlib, io, runpy, sys
from pathlib import Path
import torch, matplotlib.pyplot
torch.set_num_threads(1)
for path in sorted(Path("snippets").rglob("*.py")):
    with contextlib.redirect_stdout(io.StringIO()):
        runpy.run_path(str(path), run_name="__main__")
"""
# The chapters as notebooks, each in a fresh kernel, one after the other.
NOTEBOOK_PATH = """
import tempfile, nbclient
from engine.notebooks import chapter_notebooks
for name, notebook in chapter_notebooks():
    with tempfile.TemporaryDirectory() as folder:  # where it writes its modules
        resources = {"metadata": {"path": folder}}
        nbclient.NotebookClient(notebook, resources=resources).execute()
"""


class Scratch:
    """A copy of the project in a temporary directory, with its own caches."""

    def __init__(self, root):
        self.root = Path(root)
        for name in PROJECT_FILES:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(
                    source,
                    self.root / name,
                    ignore=shutil.ignore_patterns("__pycache__"),
                )
            elif source.exists():
                shutil.copy2(source, self.root / name)
        self.cache = self.root / "cache"
        self.timings = self.root / "timings.json"

    def run(self, command, **settings):
        env = {
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            "MOL_CACHE_DIR": str(self.cache),
            "MOL_TIMINGS": str(self.timings),
            **settings,
        }
        start = time.perf_counter()
        done = subprocess.run(
            command, cwd=self.root, env=env, capture_output=True, text=True
        )
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"bench: {' '.join(command)} failed:\n{done.stderr[-3000:]}")
        self.log = done.stderr
        return seconds

    def build(self, **settings):
        return self.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"],
            **settings,
        )

    def executed(self):
        """Snippets the last build actually ran (not served from the cache)."""
        return [t for t in json.loads(self.timings.read_text()) if not t["cached"]]

    def kernel_runs(self):
        """Notebook -> seconds, for the notebooks the last build ran in a kernel."""
        return {name: float(s) for name, s in KERNEL_RUN.findall(self.log)}

    def notebook_pages_rendered(self):
        """How many notebook pages the last build rendered (mkdocs-jupyter's
        cache of rendered pages missed)."""
        return self.log.count("Cache miss, writing:")

    def clear_cache(self):
        shutil.rmtree(self.cache, ignore_errors=True)
        shutil.rmtree(self.root / ".cache", ignore_errors=True)  # mkdocs-jupyter's

    def insert(self, relative_path, after, new):
        """Put `new` into the file after the first `after` (which stays)."""
        path = self.root / relative_path
        text = path.read_text()
        assert after in text, f"{after!r} not in {relative_path}"
        path.write_text(text.replace(after, after + new, 1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs of each rebuild")
    parser.add_argument(
        "--repeat-full", type=int, default=1, help="runs of what executes everything"
    )
    parser.add_argument("--json", type=Path, default=ROOT / ".cache" / "bench.json")
    args = parser.parse_args()
    results = {}

    def record(name, repeat, prepare, action):
        samples = []
        for i in range(repeat):
            prepare(i)
            samples.append(action())
        median = statistics.median(samples)
        results[name] = {
            "median_s": round(median, 3),
            "samples_s": [round(s, 3) for s in samples],
        }
        print(f"  {name:<22} {median:7.2f} s", flush=True)
        return results[name]

    with tempfile.TemporaryDirectory(prefix="mol-bench-") as tmp:
        scratch = Scratch(tmp)
        nothing = lambda i: None  # noqa: E731
        print(
            f"bench: rebuilds {args.repeat}x, full executions {args.repeat_full}x,"
            f" in {tmp}",
            flush=True,
        )
        in_process = [sys.executable, "-c", IN_PROCESS]
        record("in-process", args.repeat_full, nothing, lambda: scratch.run(in_process))
        render_only = lambda: scratch.build(MOL_EXECUTE="0")  # noqa: E731
        render_only()  # not counted: its first build compiles and renders afresh
        record("render only", args.repeat, nothing, render_only)

        empty_caches = lambda i: scratch.clear_cache()  # noqa: E731
        clean = record("clean build", args.repeat_full, empty_caches, scratch.build)
        clean["snippets_s"] = round(sum(t["seconds"] for t in scratch.executed()), 3)
        clean["kernels_s"] = round(sum(scratch.kernel_runs().values()), 3)

        def what_ran(result):
            snippets = {t["snippet"] for t in scratch.executed()}
            result["snippets re-run"] = sorted(snippets)
            result["notebooks re-run"] = sorted(scratch.kernel_runs())
            result["notebook pages rendered"] = scratch.notebook_pages_rendered()

        what_ran(record("no-change rebuild", args.repeat, nothing, scratch.build))

        def edit_prose(i):
            scratch.insert(PROSE_PAGE, "Learning, in machine learning,", f" {i}")

        what_ran(record("prose edit", args.repeat, edit_prose, scratch.build))

        def edit_snippet(i):
            scratch.insert(EDITED_SNIPPET, "import torch\n", f"# edit {i}\n")

        what_ran(record("one-snippet edit", args.repeat, edit_snippet, scratch.build))

        doctest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        doctest += ["--markdown-docs", "docs", "README.md"]
        record("doc tests", args.repeat_full, nothing, lambda: scratch.run(doctest))
        notebook_path = [sys.executable, "-c", NOTEBOOK_PATH]
        record(
            "notebook path",
            args.repeat_full,
            nothing,
            lambda: scratch.run(notebook_path),
        )["chapters"] = [name for name, _ in chapter_notebooks()]
        results["page weight"] = page_weights(scratch.root / "site")

    results["floor"] = {
        "median_s": round(
            results["in-process"]["median_s"] + results["render only"]["median_s"], 3
        ),
        "samples_s": [],
        "of": "in-process + render only",
    }
    results["ratios"] = ratios(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1))
    print_table(results)
    print(f"\nresults: {args.json}")


class _Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.paths = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src"):
            self.paths.append(attrs["src"])
        elif (
            tag == "link"
            and attrs.get("rel") in ("stylesheet", "preload", "icon")
            and attrs.get("href")
        ):
            self.paths.append(attrs["href"])
        elif tag == "img" and attrs.get("src"):
            self.paths.append(attrs["src"])


def page_weights(site):
    """Bytes a reader downloads for each chapter page: HTML (figures are inline
    SVG) plus the local scripts, stylesheets, icons and images it loads."""
    weights = {}
    for page in sorted(site.glob("*/index.html")):
        parser = _Assets()
        parser.feed(page.read_text())
        assets = {
            (page.parent / p.split("?")[0].split("#")[0]).resolve()
            for p in parser.paths
            if "://" not in p
        }
        asset_bytes = sum(p.stat().st_size for p in assets if p.is_file())
        html_bytes = page.stat().st_size
        weights[page.parent.name] = {
            "html_kb": round(html_bytes / 1024, 1),
            "total_kb": round((html_bytes + asset_bytes) / 1024, 1),
        }
    return weights


def ratios(results):
    """Each target: the measured value, the target, whether it is met, and the
    numbers that explain it."""
    median = {name: r["median_s"] for name, r in results.items() if "median_s" in r}
    clean = results["clean build"]

    chapters = len(results["notebook path"]["chapters"])
    overhead = (median["notebook path"] - median["in-process"]) / chapters

    def ratio(label, top, bottom, sense, target, why):
        value = median[top] / median[bottom]
        met = value <= target if sense == "<=" else value >= target
        return label, {
            "value": round(value, 3),
            "target": f"{sense} {target}",
            "met": met,
            "why": why,
        }

    def reran(name):
        result = results[name]
        return result["snippets re-run"], result["notebooks re-run"]

    def reran_text(name):
        snippets, notebooks = reran(name)
        rendered = results[name]["notebook pages rendered"]
        return (
            f"re-ran {len(snippets)} snippets and {len(notebooks)} notebooks;"
            f" nbconvert rendered {rendered} notebook pages again"
        )

    out = dict(
        [
            ratio(
                "clean build / floor",
                "clean build",
                "floor",
                "<=",
                1.3,
                f"snippets {clean['snippets_s']:.1f} s in this process; the chapters"
                f" as notebooks {clean['kernels_s']:.1f} s in kernels, meanwhile on"
                " the other core, and on both once the snippets are done",
            ),
            ratio(
                "no-change rebuild / render only",
                "no-change rebuild",
                "render only",
                "<=",
                1.2,
                reran_text("no-change rebuild"),
            ),
            ratio(
                "prose edit / render only",
                "prose edit",
                "render only",
                "<=",
                1.2,
                reran_text("prose edit"),
            ),
            ratio(
                "notebook path / in-process",
                "notebook path",
                "in-process",
                ">=",
                2.0,
                "the chapters' code in a fresh kernel each, the exercises' solutions"
                " left out; in-process ran every snippet, solutions included; a"
                f" kernel adds {overhead:.1f} s per chapter (its start, its imports)",
            ),
        ]
    )
    value = median["doc tests"] / clean["snippets_s"]
    out["doc tests / build's snippet execution"] = {
        "value": round(value, 3),
        "target": "<= 1.5",
        "met": value <= 1.5,
        "why": f"the build ran its snippets in {clean['snippets_s']:.1f} s",
    }
    snippets, notebooks = reran("one-snippet edit")
    out["one-snippet edit re-executes"] = {
        "value": snippets + notebooks,
        "target": f"only {EDITED_SNIPPET} and its page's notebook",
        "met": snippets == [EDITED_SNIPPET] and notebooks in ([], [ITS_NOTEBOOK]),
        "why": reran_text("one-snippet edit"),
    }
    return out


def print_table(results):
    print("\n| measurement | median (s) | runs (s) |\n|---|---:|---|")
    for name, result in results.items():
        if "median_s" in result:
            runs = ", ".join(f"{s:.2f}" for s in result["samples_s"])
            print(f"| {name} | {result['median_s']:.2f} | {runs or result['of']} |")
    print("\n| ratio | value | target | met | why |\n|---|---|---|---|---|")
    for label, r in results["ratios"].items():
        met = "yes" if r["met"] else "NO"
        print(f"| {label} | {r['value']} | {r['target']} | {met} | {r['why']} |")
    print("\n| page | HTML (KiB) | with assets (KiB) |\n|---|---:|---:|")
    for page, weight in results["page weight"].items():
        print(f"| {page} | {weight['html_kb']} | {weight['total_kb']} |")


if __name__ == "__main__":
    main()
