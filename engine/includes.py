"""Expand `--8<--` embeds outside MkDocs, exactly as the site build does.

The doc tests (and anything else that reads the pages' code) call `expand`,
which runs pymdownx.snippets with the settings written in mkdocs.yml, so there
is one definition of what an embed means.
"""

from functools import cache
from pathlib import Path

import markdown
from mkdocs.utils.yaml import yaml_load  # understands MkDocs' tags, such as !ENV

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = "pymdownx.snippets"


@cache
def _preprocessor():
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    (settings,) = (
        entry[EXTENSION]
        for entry in config["markdown_extensions"]
        if isinstance(entry, dict) and EXTENSION in entry
    )
    settings = {
        **settings,
        "base_path": [str(ROOT / path) for path in settings["base_path"]],
    }
    md = markdown.Markdown(
        extensions=[EXTENSION], extension_configs={EXTENSION: settings}
    )
    return md.preprocessors["snippet"]


def expand(text):
    """Return `text` with every `--8<-- "path"` line replaced by what it embeds."""
    return "\n".join(_preprocessor().run(text.split("\n")))
