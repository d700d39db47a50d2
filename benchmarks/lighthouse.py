"""`nox -s lighthouse`: every page's Lighthouse scores, as a phone gets the site.

Builds the site strictly (or takes `--site DIR`), serves it on 127.0.0.1 under
the path of its `site_url`, gzipped as GitHub Pages serves it, and runs
Lighthouse on every page but the 404: mobile, simulated throttling (a slow
phone on a slow network), the performance, accessibility, best practices and
SEO categories. Each page runs --runs times (five by default), the pages in
turn; the table shows medians. The targets: performance at least 95, the other
three 100, at most 400 KB transferred.

One run says little. Lighthouse scales the main-thread time it observes to a
slow phone, so a busy machine lowers the performance score: the table shows the
load average beside each page (`uptime`'s first number); measure on an idle
machine. And now and then, with or without JavaScript, this Chromium draws a
big page's first frame about a second late: in its trace the frame is ready at
once, then drawn some 60 idle vsyncs later (not once in ten runs of a small
page). "paint ms", the first paint Chromium saw before any scaling, is then
about 1200 rather than 200, and the run scores some 10 points lower.
Lighthouse's own advice (docs/variability.md) is the median of five runs,
which halves the spread.
Results are also written as JSON (default .cache/lighthouse.json).

    python benchmarks/lighthouse.py [--site DIR] [--runs 5] [--pages home notebooks/]

Lighthouse comes from npm: `nox -s lighthouse` installs the version it pins
into .cache/lighthouse; elsewhere, `--lighthouse PATH` names one.
"""

import argparse
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / ".cache" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROME_FLAGS = [  # headless, and quiet: no update checks or other background traffic
    "--headless=new",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# What GitHub Pages sends gzipped (to a browser that accepts it): text.
GZIPPED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map", ".ipynb")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
MAX_KB = 400
METRICS = {  # column: (audit, scale of its numericValue)
    "LCP s": ("largest-contentful-paint", 1e-3),
    "FCP s": ("first-contentful-paint", 1e-3),
    "TBT ms": ("total-blocking-time", 1),
    "CLS": ("cumulative-layout-shift", 1),
    "main thread s": ("mainthread-work-breakdown", 1e-3),
    "KB": ("total-byte-weight", 1e-3),
}


class Handler(http.server.SimpleHTTPRequestHandler):
    """The site under `prefix`, text gzipped for a client that accepts it."""

    prefix = "/"
    protocol_version = "HTTP/1.1"  # connections kept open, as a real host does
    gzipped: dict  # path -> its gzipped bytes (each file compressed once)

    def translate_path(self, path):
        path = urlsplit(path).path
        if not path.startswith(self.prefix):  # outside the site: a 404, as on Pages
            return str(Path(self.directory) / "\x00outside")
        return super().translate_path("/" + path.removeprefix(self.prefix))

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.endswith("/"):
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.endswith(GZIPPED) and os.path.isfile(path)):
            return super().send_head()
        if path not in self.gzipped:
            self.gzipped[path] = gzip.compress(Path(path).read_bytes(), mtime=0)
        body = self.gzipped[path]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", "max-age=600")  # as Pages sends
        self.end_headers()
        return _Body(body)

    def log_message(self, *args):
        pass


class _Body:
    """What `send_head` returns for `copyfile`: a file-like of bytes."""

    def __init__(self, data):
        self.data = data

    def read(self, *args):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def serve(site):
    """Serve `site` on 127.0.0.1 in a thread: the server, and the site's address."""
    home = (site / "index.html").read_text(encoding="utf-8")
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', home)
    prefix = urlsplit(canonical[1]).path if canonical else "/"
    handler = type("SiteHandler", (Handler,), {"prefix": prefix, "gzipped": {}})
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}{prefix}"


def pages(site):
    """Every page but the 404, as its path under the site's root ('', 'x/')."""
    paths = [html.relative_to(site).as_posix() for html in sorted(site.rglob("*.html"))]
    return [p.removesuffix("index.html") for p in paths if p != "404.html"]


def _chosen(path, wanted):
    """Whether `--pages` names the page at `path` ('home' is the home page)."""
    return any(path.startswith(w) if w != "home" else not path for w in wanted)


def build(folder):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(folder)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"lighthouse: the site did not build:\n{done.stderr[-3000:]}")


def lighthouse(program, chromium, url, output):
    """One Lighthouse run of `url`: its scores (0-100) and metrics."""
    command = [
        str(program),
        url,
        f"--chrome-path={chromium}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        f"--output-path={output}",
        "--quiet",
    ]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"lighthouse: {url} failed:\n{done.stderr[-3000:]}")
    report = json.loads(Path(output).read_text(encoding="utf-8"))
    if report.get("runtimeError"):
        sys.exit(f"lighthouse: {url}: {report['runtimeError']}")
    run = {
        name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES
    }
    for column, (audit, scale) in METRICS.items():
        run[column] = report["audits"][audit]["numericValue"] * scale
    observed = report["audits"]["metrics"]["details"]["items"][0]
    run["paint ms"] = observed["observedFirstContentfulPaint"]
    run["failed audits"] = sorted(
        audit["id"]
        for name in CATEGORIES[1:]
        for ref in report["categories"][name]["auditRefs"]
        if (audit := report["audits"][ref["id"]])["score"] is not None
        and audit["score"] < 1
        and ref["weight"] > 0
    )
    run["version"] = report["lighthouseVersion"]
    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="measure this built site")
    parser.add_argument("--runs", type=int, default=5, help="runs of each page")
    parser.add_argument("--pages", nargs="*", help="only pages whose path starts so")
    parser.add_argument("--lighthouse", type=Path, default=LIGHTHOUSE)
    parser.add_argument("--chromium", help="path of the Chromium (or Chrome)")
    parser.add_argument("--reports", type=Path, help="keep each run's report here")
    parser.add_argument(
        "--json", type=Path, default=ROOT / ".cache" / "lighthouse.json"
    )
    args = parser.parse_args()
    chromium = args.chromium or next(
        filter(None, map(shutil.which, CHROMIUM_NAMES)), None
    )
    if not chromium:
        sys.exit("lighthouse: no Chromium found; name one with --chromium PATH")
    if not args.lighthouse.exists():
        sys.exit(f"lighthouse: no {args.lighthouse}; `nox -s lighthouse` installs it")

    with tempfile.TemporaryDirectory(prefix="mol-lighthouse-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            print("lighthouse: building the site", flush=True)
            build(site)
        site = site.resolve()
        paths = pages(site)
        if args.pages:
            paths = [p for p in paths if _chosen(p, args.pages)]
        httpd, address = serve(site)
        runs = {path: [] for path in paths}
        try:
            for k in range(args.runs):  # the pages in turn, so load falls on all
                for path in paths:
                    load = os.getloadavg()[0]
                    run = lighthouse(args.lighthouse, chromium, address + path,
                                     Path(tmp) / "report.json")  # fmt: skip
                    run["load"] = load
                    if args.reports:
                        args.reports.mkdir(parents=True, exist_ok=True)
                        name = f"{path.strip('/').replace('/', '-') or 'home'}-{k + 1}"
                        shutil.copy(Path(tmp) / "report.json", args.reports / name)
                    runs[path].append(run)
                    said = f"performance {run['performance']}, load {load:.1f}"
                    print(f"  run {k + 1}/{args.runs} /{path}: {said}", flush=True)
        finally:
            httpd.shutdown()
            httpd.server_close()

    results = {"lighthouse": runs[paths[0]][0]["version"], "chromium": chromium,
               "runs": args.runs, "pages": {}}  # fmt: skip
    for path, page_runs in runs.items():
        numbers = [k for k, v in page_runs[0].items() if isinstance(v, (int, float))]
        median = {k: statistics.median(run[k] for run in page_runs) for k in numbers}
        median["performance runs"] = [run["performance"] for run in page_runs]
        median["failed audits"] = sorted(
            {a for r in page_runs for a in r["failed audits"]}
        )
        results["pages"]["/" + path] = {"median": median, "runs": page_runs}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1))
    print_table(results)
    print(f"\nresults: {args.json}")


def print_table(results):
    print(f"\nLighthouse {results['lighthouse']}, mobile, medians of "
          f"{results['runs']} runs\n")  # fmt: skip
    columns = ["perf", "a11y", "best pr.", "SEO", *METRICS, "paint ms", "load"]
    print("| page | " + " | ".join(columns) + " |")
    print("|---|" + "---:|" * len(columns))
    missed = []
    for path, page in results["pages"].items():
        m = page["median"]
        runs = "/".join(map(str, m["performance runs"]))
        cells = [f"{m['performance']:g} ({runs})"]
        cells += [f"{m[name]:g}" for name in CATEGORIES[1:]]
        cells += [f"{m['LCP s']:.1f}", f"{m['FCP s']:.1f}", f"{m['TBT ms']:.0f}",
                  f"{m['CLS']:.3f}", f"{m['main thread s']:.1f}", f"{m['KB']:.0f}",
                  f"{m['paint ms']:.0f}", f"{m['load']:.1f}"]  # fmt: skip
        print(f"| {path} | " + " | ".join(cells) + " |")
        short = [name for name, least in TARGETS.items() if m[name] < least]
        short += ["size"] * (m["KB"] > MAX_KB)
        if short or m["failed audits"]:
            missed.append(f"{path}: {', '.join(short + m['failed audits'])}")
    print("\nKB: transferred, gzipped; paint ms: first paint as Chromium saw it, "
          "unscaled; load: the 1-minute load average at its runs")  # fmt: skip
    print(
        "targets: performance >= 95, the others 100, <= 400 KB: "
        + ("met on every page" if not missed else "missed on\n  " + "\n  ".join(missed))
    )


if __name__ == "__main__":
    main()
