"""Every task a contributor runs. `nox` alone runs the gate: all must pass.

nox -s serve      live preview while writing (http://127.0.0.1:8000)
nox -s docs       strict build into site/
nox -s doctest    every Python block on every page, under pytest
nox -s tests      the snippets' promises, and the build's
nox -s browser    the built site in Chromium: requests, errors, axe, figures, search
nox -s lint       ruff check and format check; zizmor on the CI workflow
nox -s bench      how long builds and rebuilds take (not part of the gate)
nox -s lighthouse every page's Lighthouse scores on a phone (not part of the gate)

Every session but lint works in one shared environment, .nox/site (the project
with its `browser` extra, which holds all the others): made once, not once per
session. nox prints each session's time when it ends.
"""

import functools
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|venv"  # uv where nox has it
nox.options.reuse_venv = "yes"
# The tests first: their clean build fills the shared snippet cache, so the
# strict build, the doc tests and the browser tests after them rerun nothing.
nox.options.sessions = ["lint", "tests", "docs", "doctest", "browser"]

# Material 9.8 prints a notice about MkDocs 2 on every build; we pin MkDocs 1.x.
# Python may keep the bytecode it compiles: a machine that sets
# PYTHONDONTWRITEBYTECODE would otherwise compile torch's modules afresh in
# every process that imports them (seconds of CPU in each build worker,
# test worker and kernel), since nothing is compiled at install (below).
# mkdocs-jupyter imports nbconvert's command-line app, which on import makes
# one of every exporter installed to ask whether it is enabled: a second of
# CPU in every build, and the tests make dozens. It uses one exporter, by
# name; NBCONVERT_DISABLE_CONFIG_EXPORTERS skips the survey.
ENV = {
    "NO_MKDOCS_2_WARNING": "1",
    "PYTHONDONTWRITEBYTECODE": "",
    "NBCONVERT_DISABLE_CONFIG_EXPORTERS": "1",
}
SITE_ENV = Path(".nox/site")
LIGHTHOUSE = "13.5.0"  # from npm, into .cache/lighthouse (nox -s lighthouse)
_installed = []  # once per run of nox: the shared environment is up to date
_built = []  # site/ was built by the docs session of this run of nox


def run(session, program, *args):
    """Run `program` of the shared environment."""
    session.run(str(SITE_ENV / "bin" / program), *args, env=ENV)


def site_session(function):
    """A session that runs in the shared environment .nox/site."""

    @functools.wraps(function)
    def session(session):
        if not _installed:
            _install(session)
            _installed.append(True)
        function(session)

    return nox.session(venv_backend="none")(session)


def _install(session):
    """Make .nox/site, or bring it up to date: with uv where nox has it
    (`pip install 'nox[uv]'`, as the README says), else with pip. uv fetches
    and unpacks in parallel: 8 s here where pip takes 54 s."""
    python = SITE_ENV / "bin" / "python"
    if uv := _uv():
        if not python.exists():
            session.run(uv, "venv", "--quiet", str(SITE_ENV), external=True)
        links = [f"--find-links={link}" for link in _pip_find_links()]
        session.run(uv, "pip", "install", "--quiet", "--python", str(python),
                    *links, "-e", ".[browser]", external=True)  # fmt: skip
        return
    if not python.exists():
        session.run(sys.executable, "-m", "venv", str(SITE_ENV))
    # --no-compile: Python compiles what it imports, when it first does;
    # compiling all of torch up front costs a minute of CPU.
    pip = [python, "-m", "pip", "install", "--quiet", "--no-compile"]
    session.run(*pip, "-e", ".[browser]")


def _uv():
    try:
        import uv  # installed beside nox by `pip install 'nox[uv]'`

        return uv.find_uv_bin()
    except (ImportError, FileNotFoundError):
        return shutil.which("uv")


def _pip_find_links():
    """The folders of wheels pip is told to look in first, by its configuration
    or environment (a machine may keep a CPU build of torch there): uv reads
    neither, so it is told the same."""
    listed = subprocess.run([sys.executable, "-m", "pip", "config", "list"],
                            capture_output=True, text=True).stdout  # fmt: skip
    found = re.findall(r"find-links='([^']*)'", listed)
    return list(dict.fromkeys(link for value in found for link in value.split()))


@site_session
def serve(session):
    """Preview the site: a saved page or snippet reruns what changed, and reloads."""
    run(session, "mkdocs", "serve", *session.posargs)


@site_session
def docs(session):
    """Build the site strictly: a snippet that fails, fails the build. The build
    goes to a scratch folder and becomes site/ only once it passed, so a failed
    build leaves no site/ at all, never a half-built one that looks fine."""
    shutil.rmtree("site", ignore_errors=True)
    staging = Path(session.create_tmp()) / "site"
    shutil.rmtree(staging, ignore_errors=True)
    run(session, "mkdocs", "build", "--strict", "-d", str(staging), *session.posargs)
    staging.rename("site")
    _built.append(True)


@site_session
def doctest(session):
    """Run every Python block of the pages and the README (pytest-markdown-docs)."""
    run(session, "pytest", "--markdown-docs", "docs", "README.md", *session.posargs)


@site_session
def tests(session):
    """Run the unit tests: what each snippet promises, and how the build behaves.
    On every core (pytest-xdist); the clean builds all on one worker."""
    run(session, "pytest", "-n", "auto", "--dist", "loadgroup", *session.posargs)


@site_session
def browser(session):
    """Drive Chromium through the site: tests/browser builds a fresh copy of it
    (never a stale site/) and serves it on 127.0.0.1. Needs a Chromium, found
    or installed as tests/browser/conftest.py explains. After the docs session
    of the same run of nox, it tests the site/ that session just built."""
    fresh_site = ["--site", "site"] if _built else []
    # On every core (pytest-xdist): the tests of one page on one worker.
    every_core = ["-n", "auto", "--dist", "loadgroup"]
    run(session, "pytest", "tests/browser", *every_core, *fresh_site, *session.posargs)


@nox.session
def lint(session):
    """Lint and format-check the Python; audit the GitHub workflow with zizmor."""
    session.install("ruff", "zizmor")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # Offline: no GitHub API. Any finding of medium or high severity exits
    # non-zero (an action referenced by tag rather than commit is high).
    session.run("zizmor", "--offline", "--min-severity", "medium", ".github/workflows/")


@site_session
def bench(session):
    """Time clean builds, rebuilds, a saved snippet under serve, doc tests."""
    run(session, "python", "benchmarks/bench.py", *session.posargs)


@site_session
def lighthouse(session):
    """Lighthouse on every page, as a phone on a slow network gets the site:
    built afresh (or `-- --site site`), served gzipped; needs npm and Chromium."""
    prefix = Path(".cache/lighthouse")
    package = prefix / "node_modules" / "lighthouse" / "package.json"
    if not package.exists() or json.loads(package.read_text())["version"] != LIGHTHOUSE:
        npm = ["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund"]
        session.run(*npm, f"lighthouse@{LIGHTHOUSE}", external=True)
    run(session, "python", "benchmarks/lighthouse.py", *session.posargs)
