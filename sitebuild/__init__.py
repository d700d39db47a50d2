"""What builds the site, kept small: the libraries do the rest.

- `pages`: the one reader of the pages (markdown-it-py), embeds expanded.
- `execution`: runs every executed block once, on every core or a Dask cluster,
  each result in a content-addressed cache.
- `hooks`, `notebooks`: MkDocs hooks: run first, then render; each chapter as
  a notebook assembled from the same run.
- `mathml`: math typeset as MathML at build time, for both.
- `offscreen`, `stylesheets`: what keeps pages light (size hints; one notebook
  stylesheet).
- `report`: a MkDocs hook: the page "How this site was built", from the run.
- `doctest_plugin`: lets pytest-markdown-docs read the pages as the build does.
"""
