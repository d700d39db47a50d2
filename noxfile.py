"""Every task a contributor runs. `nox` alone runs the gate: all must pass.

nox -s serve      live preview while writing (http://127.0.0.1:8000)
nox -s docs       strict build into site/
nox -s doctest    every Python block on every page, under pytest
nox -s tests      the snippets' promises, and the engine's
nox -s browser    the built site in Chromium: requests, errors, axe, figures, search
nox -s lint       ruff check and format check; zizmor on the CI workflow
nox -s bench      how long builds and rebuilds take (not part of the gate)
"""

import shutil
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "docs", "doctest", "tests", "browser"]

# Material 9.8 prints a notice about MkDocs 2 on every build; we pin MkDocs 1.x.
ENV = {"NO_MKDOCS_2_WARNING": "1"}


def install(session, extra):
    session.install("-e", f".[{extra}]")


@nox.session
def serve(session):
    """Preview the site; each save rebuilds the page and reruns its snippets."""
    install(session, "docs")
    session.run("mkdocs", "serve", *session.posargs, env=ENV)


@nox.session
def docs(session):
    """Build the site strictly: a snippet that fails, fails the build. The build
    goes to a scratch folder and becomes site/ only once it passed, so a failed
    build leaves no site/ at all, never a half-built one that looks fine."""
    install(session, "docs")
    shutil.rmtree("site", ignore_errors=True)
    staging = Path(session.create_tmp()) / "site"
    shutil.rmtree(staging, ignore_errors=True)
    session.run(
        "mkdocs", "build", "--strict", "-d", str(staging), *session.posargs, env=ENV
    )
    staging.rename("site")


@nox.session
def doctest(session):
    """Run every Python block of the pages and the README (pytest-markdown-docs)."""
    install(session, "test")
    session.run(
        "pytest", "--markdown-docs", "docs", "README.md", *session.posargs, env=ENV
    )


@nox.session
def tests(session):
    """Run the unit tests: what each snippet promises, and how the engine behaves."""
    install(session, "test")
    session.run("pytest", *session.posargs, env=ENV)


@nox.session
def browser(session):
    """Drive Chromium through the site: tests/browser builds a fresh copy of it
    (never a stale site/) and serves it on 127.0.0.1. Needs a Chromium, found
    or installed as tests/browser/conftest.py explains."""
    install(session, "browser")
    session.run("pytest", "tests/browser", *session.posargs, env=ENV)


@nox.session
def lint(session):
    """Lint and format-check the Python; audit the GitHub workflow with zizmor."""
    session.install("ruff", "zizmor")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # Offline: no GitHub API. Any finding of medium or high severity exits
    # non-zero (an action referenced by tag rather than commit is high).
    session.run("zizmor", "--offline", "--min-severity", "medium", ".github/workflows/")


@nox.session
def bench(session):
    """Time clean builds, rebuilds after edits, doc tests and the notebook path."""
    install(session, "test")
    session.run("python", "-m", "engine.bench", *session.posargs, env=ENV)
