"""Search, as a reader uses it: type a word, follow the first result."""

from urllib.parse import urlsplit

import pytest

# What a reader types, and the pages whose first result may lead there: the
# chapter that teaches it.
SEARCHES = {
    "zero_grad": ("autograd/", "optimizers/"),
    "overfitting": ("training-validation-overfitting/",),
}
RESULT = ".md-search-result__item > .md-search-result__link"


def search(page, query):
    """Type `query` into the header's search box; return the first result link."""
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(query)
    first = page.locator(RESULT).first
    first.wait_for(timeout=10_000)
    return first


@pytest.mark.parametrize("query", SEARCHES)
def test_search_leads_to_the_page_that_teaches_it(open_page, server, report, query):
    visit = open_page("", fresh=True)
    page = visit.page
    first = search(page, query)
    title = first.locator("h1").inner_text()
    first.click()
    page.wait_for_url(lambda url: urlsplit(url).path != urlsplit(server).path)
    reached = urlsplit(page.url).path.removeprefix(urlsplit(server).path)
    report.note(f"search {query!r}: first result {title!r}, opens /{reached}")
    assert reached in SEARCHES[query], f"{query!r} led to /{reached}"
    assert page.locator("h1").first.is_visible()
    assert not visit.problems(), visit.problems()


def test_loaded_page_works_offline(open_page, site):
    """Once a page is loaded, the network can go: search still answers and the
    theme still switches, since everything came from the site with the page."""
    path = "parameter-estimation/"
    visit = open_page(path, alone=True)
    page = visit.page
    page.context.set_offline(True)
    first = search(page, "learning rate")
    assert first.is_visible()
    page.keyboard.press("Escape")
    before = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("#__theme").click()
    after = page.evaluate("document.body.dataset.mdColorScheme")
    assert {before, after} == {"default", "slate"}, (before, after)
    assert not visit.problems(), visit.problems()
