"""`nox -s bench`: how long building the site takes, measured side by side.

Every measurement runs in a scratch copy of the project (edits never touch your
work tree), several times; the table shows medians and the ratios the project
aims for. Results are also written as JSON (default .cache/bench.json).

    python -m engine.bench [--repeat 3] [--json PATH]
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

from engine.execution import ROOT

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

# One process, as cheap as running the examples can be: import the libraries,
# run every snippet once (what any build must do at least).
FLOOR = """
import contextlib, io, runpy, sys
from pathlib import Path
import torch, matplotlib.pyplot
for path in sorted(Path("snippets").rglob("*.py")):
    with contextlib.redirect_stdout(io.StringIO()):
        runpy.run_path(str(path), run_name="__main__")
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
        return seconds

    def build(self, **settings):
        return self.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"],
            **settings,
        )

    def executed(self):
        """Snippets the last build actually ran (not served from the cache)."""
        return [t for t in json.loads(self.timings.read_text()) if not t["cached"]]

    def clear_cache(self):
        shutil.rmtree(self.cache, ignore_errors=True)
        shutil.rmtree(self.root / ".cache", ignore_errors=True)  # mkdocs-jupyter's

    def edit(self, relative_path, old, new):
        path = self.root / relative_path
        text = path.read_text()
        assert old in text, f"{old!r} not in {relative_path}"
        path.write_text(text.replace(old, new, 1))


def measure(repeat, scratch, prepare, action):
    """Median and samples of `action()`'s seconds, calling `prepare(i)` before each."""
    samples = []
    for i in range(repeat):
        prepare(i)
        samples.append(action())
    return statistics.median(samples), samples


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, default=ROOT / ".cache" / "bench.json")
    args = parser.parse_args()
    results = {}

    def record(name, median_and_samples, **extra):
        median, samples = median_and_samples
        results[name] = {
            "median_s": round(median, 3),
            "samples_s": [round(s, 3) for s in samples],
            **extra,
        }
        print(f"  {name:<22} {median:7.2f} s   {extra or ''}", flush=True)

    with tempfile.TemporaryDirectory(prefix="mol-bench-") as tmp:
        scratch = Scratch(tmp)
        nothing = lambda i: None  # noqa: E731
        print(f"bench: {args.repeat} runs each, in {tmp}", flush=True)

        floor = [sys.executable, "-c", FLOOR]
        record(
            "floor", measure(args.repeat, scratch, nothing, lambda: scratch.run(floor))
        )
        render_only = lambda: scratch.build(MOL_EXECUTE="0")  # noqa: E731
        record("render only", measure(args.repeat, scratch, nothing, render_only))

        empty_caches = lambda i: scratch.clear_cache()  # noqa: E731
        record(
            "clean build", measure(args.repeat, scratch, empty_caches, scratch.build)
        )
        execution_s = sum(t["seconds"] for t in scratch.executed())
        results["clean build"]["snippet_execution_s"] = round(execution_s, 3)

        record(
            "no-change rebuild", measure(args.repeat, scratch, nothing, scratch.build)
        )

        def edit_prose(i):
            old = "Learning, in machine learning,"
            scratch.edit(PROSE_PAGE, old, old.replace(",", f" (edit {i}),", 1))

        record("prose edit", measure(args.repeat, scratch, edit_prose, scratch.build))

        def edit_snippet(i):
            scratch.edit(
                EDITED_SNIPPET, "import torch\n", f"import torch  # edit {i}\n"
            )

        reran = set()

        def rebuild_and_note_what_ran():
            seconds = scratch.build()
            reran.update(t["snippet"] for t in scratch.executed())
            return seconds

        record(
            "one-snippet edit",
            measure(args.repeat, scratch, edit_snippet, rebuild_and_note_what_ran),
        )
        results["one-snippet edit"]["re-executed"] = sorted(reran)

        doctest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        doctest += ["--markdown-docs", "docs", "README.md"]
        record(
            "doc tests",
            measure(args.repeat, scratch, nothing, lambda: scratch.run(doctest)),
        )
        notebooks = notebook_path(scratch, args.repeat)
        if notebooks:
            record("notebook path", notebooks)
        results["page weight"] = page_weights(scratch.root / "site")

    results["ratios"] = ratios(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1))
    print_table(results)
    print(f"\nresults: {args.json}")


def notebook_path(scratch, repeat):
    """The chapters run as Jupyter notebooks in fresh kernels (nbclient), as
    notebook-based documentation tools run them; None if notebooks are not set up."""
    try:
        from engine import notebooks  # noqa: F401
    except ImportError:
        return None
    code = (
        "import nbclient\n"
        "from engine.notebooks import chapter_notebooks\n"
        "for name, notebook in chapter_notebooks():\n"
        "    client = nbclient.NotebookClient(notebook, kernel_name='python3')\n"
        "    client.execute()\n"
    )
    return measure(
        repeat,
        scratch,
        lambda i: None,
        lambda: scratch.run([sys.executable, "-c", code]),
    )


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


TARGETS = [
    ("clean build / floor", "clean build", "floor", "<=", 1.3),
    ("no-change rebuild / render only", "no-change rebuild", "render only", "<=", 1.2),
    ("prose edit / render only", "prose edit", "render only", "<=", 1.2),
    ("notebook path / floor", "notebook path", "floor", ">=", 2.0),
]


def ratios(results):
    out = {}
    for label, top, bottom, sense, target in TARGETS:
        if top in results and bottom in results:
            value = results[top]["median_s"] / results[bottom]["median_s"]
            met = value <= target if sense == "<=" else value >= target
            out[label] = {
                "value": round(value, 2),
                "target": f"{sense} {target}",
                "met": met,
            }
    execution_s = results["clean build"]["snippet_execution_s"]
    value = results["doc tests"]["median_s"] / execution_s
    out["doc tests / build's snippet execution"] = {
        "value": round(value, 2),
        "target": "<= 1.5",
        "met": value <= 1.5,
    }
    reran = results["one-snippet edit"]["re-executed"]
    out["one-snippet edit re-executes"] = {
        "value": reran,
        "target": f"only {EDITED_SNIPPET}",
        "met": reran == [EDITED_SNIPPET],
    }
    return out


def print_table(results):
    print("\n| measurement | median (s) | runs (s) |\n|---|---:|---|")
    for name, result in results.items():
        if "median_s" in result:
            runs = ", ".join(f"{s:.2f}" for s in result["samples_s"])
            print(f"| {name} | {result['median_s']:.2f} | {runs} |")
    print("\n| ratio | value | target | met |\n|---|---|---|---|")
    for label, ratio in results["ratios"].items():
        met = "yes" if ratio["met"] else "NO"
        print(f"| {label} | {ratio['value']} | {ratio['target']} | {met} |")
    print("\n| page | HTML (KiB) | with assets (KiB) |\n|---|---:|---:|")
    for page, weight in results["page weight"].items():
        print(f"| {page} | {weight['html_kb']} | {weight['total_kb']} |")


if __name__ == "__main__":
    main()
