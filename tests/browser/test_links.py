"""Links: none inside the site leads nowhere. MkDocs checks the Markdown's links
when it builds (and `--strict` fails on any it cannot follow); this checks
what was published: every href and src of every page, every anchor, every
page the sitemap and the search index name, and every link into the
repository ("Edit this page") names a file that is there."""

import json
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

LOCAL = "http://site.invalid"  # where the checker pretends the site is served
ROOT = Path(__file__).resolve().parents[2]


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.canonical, self.repository = set(), [], None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        if tag == "a" and attrs.get("class") == "md-source":  # Material: repo_url
            self.repository = attrs["href"].rstrip("/") + "/"
        for name in ("href", "src", "xlink:href"):
            if attrs.get(name) is not None:
                self.links.append(attrs[name])


@cache
def parse(html_file):
    parser = _Links()
    parser.feed(Path(html_file).read_text(encoding="utf-8"))
    return parser


class Site:
    """The built site seen as URLs: resolves a link and says what is wrong."""

    def __init__(self, folder):
        canonical = parse(folder / "index.html").canonical  # from site_url
        self.folder = folder
        self.prefix = urlsplit(canonical).path if canonical else "/"
        self.site_url = canonical or LOCAL + self.prefix
        self.repository = parse(folder / "index.html").repository
        self.external = set()

    def url_of(self, html_file):
        return LOCAL + self.prefix + html_file.relative_to(self.folder).as_posix()

    def problem(self, link, base):
        """Why `link` (found at the URL `base`) is broken, or None if it is not."""
        if self.repository and link.startswith(self.repository):
            return self.repository_problem(link.removeprefix(self.repository))
        if link.startswith(self.site_url):  # the site's own absolute address
            link = LOCAL + self.prefix + link.removeprefix(self.site_url)
        url = urlsplit(urljoin(base, link))
        if url.scheme in ("mailto", "javascript", "data", "blob"):
            return None
        if f"{url.scheme}://{url.netloc}" != LOCAL:
            self.external.add(link)
            return None
        if not url.path.startswith(self.prefix):
            return f"outside the site's path {self.prefix}"
        target = self.folder / unquote(url.path.removeprefix(self.prefix))
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return "no such file"
        if url.fragment and target.suffix == ".html":
            if unquote(url.fragment) not in parse(target).ids:
                return f"no #{url.fragment} in {target.relative_to(self.folder)}"
        return None

    @staticmethod
    def repository_problem(rest):
        """A link into the repository (an "Edit this page" link, say) must name
        a file of this checkout: the site is built from it."""
        parts = urlsplit(rest).path.split("/", 2)  # edit|blob|tree, branch, path
        if len(parts) == 3 and parts[0] in ("edit", "blob", "tree", "raw"):
            if not (ROOT / unquote(parts[2])).exists():
                return f"no {parts[2]} in the repository"
        return None


@pytest.fixture(scope="module")
def checker(site):
    return Site(site)


def test_every_link_and_anchor_in_the_site_resolves(checker, site, report):
    pages = sorted(site.rglob("*.html"))
    broken, count = [], 0
    for page in pages:
        base = checker.url_of(page)
        for link in parse(page).links:
            count += 1
            if why := checker.problem(link, base):
                broken.append(f"{page.relative_to(site)}: {link} ({why})")
    report.note(
        f"links: {count} on {len(pages)} pages, {len(broken)} broken; "
        f"{len(checker.external)} distinct external links, not followed"
    )
    assert count > 10 * len(pages), "too few links found: is the parser reading?"
    assert not broken, "\n".join(broken)


def test_sitemap_and_search_index_name_only_real_pages(checker, site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    urls = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    home = checker.url_of(site / "index.html").removesuffix("index.html")
    locations = [home + doc["location"] for doc in index["docs"]]
    assert locations, "the search index is empty"
    broken = [
        f"{url} ({why})"
        for url in urls + locations
        if (why := checker.problem(url, home))
    ]
    assert not broken, "\n".join(broken)


def test_strict_build_fails_on_a_broken_link_or_anchor(one_page_site):
    build = one_page_site(
        "# Page\n\nSee [a page](missing.md) and [a section](#nowhere).\n"
    )
    assert build.returncode != 0
    assert "contains a link 'missing.md', but the target" in build.stderr
    assert "contains a link '#nowhere', but there is no such anchor" in build.stderr
