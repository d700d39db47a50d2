"""The author's loop: under `mkdocs serve`, a saved snippet reruns and its page
shows the new output; a broken one shows an error box on its page while the
site goes on; the next good save clears it. The workers that rerun it are
started with the server, even when its first build had nothing to run."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import small_project

PAGES = {
    "page.md": '# Page\n\n```python exec="on" result="text"\n'
    '--8<-- "snippets/demo/answer.py"\n```\n',
    "other.md": "# Other\n\nNo code here.\n",
}


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return ""


def _wait_for(url, text, seconds=90):
    """The page at `url` once it contains `text`; fails after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = _get(url)
        if text in page:
            return page
        time.sleep(0.3)
    pytest.fail(f"{url} never showed {text!r}; last:\n{page[-2000:]}")


def _workers_of(pid):
    """How many pool workers (processes multiprocessing spawned) `pid` has."""
    found = 0
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        try:
            found += b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:  # gone meanwhile
            pass
    return found


@pytest.fixture
def served(tmp_path):
    """A copy of the project's configuration and hooks with two pages, served by
    `mkdocs serve` on a free port: (base URL, the snippet's path)."""
    small_project(tmp_path, PAGES)
    for name, text in PAGES.items():
        (tmp_path / "docs" / name).write_text(text)
    snippet = tmp_path / "snippets" / "demo" / "answer.py"
    snippet.parent.mkdir(parents=True)
    snippet.write_text("print('answer:', 6 * 7)\n")
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MOL_WORKERS": "2"}
    env["MOL_CACHE_DIR"] = str(tmp_path / "cache")
    # Built before, in the build's own process: the server's first build finds
    # every result in the cache and starts no worker to run one.
    build = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", "built"]
    subprocess.run(build, cwd=tmp_path, env={**env, "MOL_EXECUTOR": "serial"},
                   check=True)  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}", snippet, server.pid
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_saved_snippet_shows_on_its_page_and_an_error_box_until_fixed(served):
    base, snippet, server = served
    page = f"{base}/page/"
    _wait_for(page, "answer: 42")
    deadline = time.monotonic() + 60
    while _workers_of(server) < 2 and time.monotonic() < deadline:
        time.sleep(0.3)
    assert _workers_of(server) == 2, "the server started no workers for a save"

    snippet.write_text("print('answer:', 6 * 9)\n")
    _wait_for(page, "answer: 54")

    snippet.write_text(
        "print('answer:', 6 * 9)\nraise ValueError('broken on purpose')\n"
    )
    broken = _wait_for(page, "ValueError: broken on purpose")
    assert 'class="admonition failure"' in broken
    assert "snippets/demo/answer.py failed" in broken and "page.md" in broken
    assert "No code here." in _get(f"{base}/other/")  # the rest of the site works

    snippet.write_text("print('answer:', 7 * 6)\n")
    fixed = _wait_for(page, "answer: 42")
    assert "broken on purpose" not in fixed
