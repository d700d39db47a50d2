"""The machinery behind the pages, kept small: the libraries do the rest.

- `hooks`: MkDocs hooks (snippet titles, page names in failures, MathML).
- `includes`: expands `--8<--` embeds exactly as the site build does.
- `doctest_plugin`: lets pytest-markdown-docs read pages the way readers see them.
"""
