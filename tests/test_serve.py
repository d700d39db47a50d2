"""The author's loop: under `mkdocs serve`, a saved snippet reruns and its page
shows the new output; a broken one shows an error box on its page while the
site goes on; the next good save clears it."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

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
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env["MOL_CACHE_DIR"] = str(tmp_path / "cache")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}", snippet
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_saved_snippet_shows_on_its_page_and_an_error_box_until_fixed(served):
    base, snippet = served
    page = f"{base}/page/"
    _wait_for(page, "answer: 42")

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
