"""Explorable figures (snippets/plotting.py, docs/javascripts/explorable.js): by
keyboard alone, every control moves the figure to the frame the build computed,
drawing, alt text and spoken summary; and without JavaScript the default frame
is an ordinary figure with its alt text."""

import json
import re

import pytest
from playwright.sync_api import expect
from test_pages import AXE, SAMPLE_CODE, SERIOUS, listing

# The figure as the reader gets it: what each part draws, what is said.
READ = """figure => {
  const data = JSON.parse(figure.dataset.frames);
  const svg = figure.querySelector("figure.plot svg");
  const drawing = group => [...group.querySelectorAll("path, text, use")].map(
    e => e.getAttribute("d") ?? e.getAttribute("x") + "," + e.textContent);
  const expected = data.pieces.map(piece => {
    const group = document.createElementNS("http://www.w3.org/2000/svg", "g");
    group.innerHTML = piece;
    return drawing(group);
  });
  return {
    data, expected,
    drawn: data.ids.map(id => drawing(svg.querySelector(`[id="${id}"]`))),
    alt: svg.getAttribute("aria-label"),
    summary: figure.querySelector('[aria-live="polite"]').textContent,
    values: [...figure.querySelectorAll("input, select")].map(c => Number(c.value)),
    valuetexts: [...figure.querySelectorAll("input[type=range]")].map(
      c => c.getAttribute("aria-valuetext")),
  };
}"""


def frame_index(sizes, values):
    index = 0
    for size, value in zip(sizes, values):
        index = index * size + value
    return index


def check_frame(figure, values, said):
    """The figure shows frame `values` (one index per control), as built."""
    state = figure.evaluate(READ)
    data = state["data"]
    assert state["values"] == values, said
    alt, summary, pieces = data["frames"][frame_index(data["sizes"], values)]
    assert state["summary"] == summary, said
    assert state["alt"] == alt, said
    assert state["drawn"] == [state["expected"][piece] for piece in pieces], said
    ranges = [k for k, c in enumerate(figure.locator("input, select").all())
              if c.get_attribute("type") == "range"]  # fmt: skip
    for k, text in zip(ranges, state["valuetexts"]):
        assert text == data["values"][k][values[k]][1], said
    return state


def keys_for(kind, size):
    """Keys that take a control through each of its values: (key, step)."""
    forward, back = (
        ("ArrowDown", "ArrowUp") if kind == "select" else ("ArrowRight", "ArrowLeft")
    )
    return [("Home", None)] + [(forward, 1)] * (size - 1) + [(back, -1)]


@pytest.mark.pages("explorable")
def test_every_control_moves_the_figure_to_the_frame_the_build_drew(
    open_page, path, scheme
):
    visit = open_page(path, scheme, fresh=True)
    page = visit.page
    figures = page.locator("figure.explorable").all()
    assert figures, "the page's HTML has explorable figures, the browser found none"
    for figure in figures:
        state = figure.evaluate(READ)
        values, sizes = state["values"], state["data"]["sizes"]
        check_frame(figure, values, "as loaded")
        controls = figure.locator("input, select").all()
        assert all(c.is_visible() for c in controls), "controls hidden with JS on"
        for k, control in enumerate(controls):
            label = control.evaluate("c => c.labels[0].textContent.trim()")
            assert label, f"control {k} has no visible label"
            kind = (
                "select" if control.evaluate("c => c.tagName") == "SELECT" else "range"
            )
            control.focus()
            drawn = set()
            for key, step in keys_for(kind, sizes[k]):
                page.keyboard.press(key)
                values[k] = 0 if step is None else values[k] + step
                state = check_frame(figure, values, f"control {label!r} after {key}")
                drawn.add(json.dumps(state["drawn"]))
            assert len(drawn) > 1, f"moving {label!r} never changed the drawing"
        for button in figure.locator("button[data-step]").all():
            k = [c.get_attribute("id") for c in controls].index(
                button.get_attribute("data-for")
            )
            before = values[k]
            button.focus()
            page.keyboard.press("Enter")
            values[k] = min(max(before + int(button.get_attribute("data-step")), 0),
                            sizes[k] - 1)  # fmt: skip
            check_frame(figure, values, f"button {button.text_content()!r}")
    page.evaluate(SAMPLE_CODE)  # axe's work grows with the whole page's elements
    page.evaluate(AXE.axe_script)
    axe = page.evaluate("() => axe.run('figure.explorable')")
    serious = [v for v in axe["violations"] if v["impact"] in SERIOUS]
    assert not serious, listing(f"{v['id']}: {v['help']}" for v in serious)
    assert not visit.errors, f"console errors:{listing(visit.errors)}"
    assert not visit.external, f"requests off 127.0.0.1:{listing(visit.external)}"


@pytest.mark.pages("explorable")
def test_without_javascript_the_default_frame_is_a_figure_with_alt_text(
    browser, server, site, path
):
    html = (site / path / "index.html").read_text(encoding="utf-8")
    defaults = re.findall(
        r"<figure class=\"explorable\" data-frames='[^']*'>.*?"
        r'<figure class="plot" id="([^"]+)"[^>]*>\n'
        r'<svg role="img" aria-label="([^"]+)".*?aria-live="polite">([^<]+)</p>',
        html,
        re.DOTALL,
    )
    assert defaults
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.route(
            "**/*",
            lambda route: (
                route.abort()
                if "127.0.0.1" not in route.request.url
                else route.continue_()
            ),
        )
        page.goto(server + path)
        for name, alt, summary in defaults:
            figure = page.locator(f"figure.explorable:has([id='{name}'])")
            svg = figure.locator("figure.plot svg")
            svg.scroll_into_view_if_needed()  # drawn once near the view (offscreen.py)
            expect(svg).to_be_visible()
            assert svg.bounding_box()["width"] > 200, name
            assert svg.get_attribute("role") == "img"
            assert svg.get_attribute("aria-label") == alt.replace("&quot;", '"')
            assert figure.locator("[aria-live]").inner_text() == summary
            assert not figure.locator("input, select, button").first.is_visible()
    finally:
        context.close()


@pytest.mark.pages("explorable")
def test_figure_works_after_instant_navigation(open_page, path):
    """Material's instant navigation swaps pages in without a load: the script
    wires the figures of each page it brings in."""
    visit = open_page("", fresh=True)
    page = visit.page
    page.locator(f".md-nav--primary a[href$='{path}']").first.click()
    page.wait_for_function("path => location.pathname.endsWith(path)", arg=path)
    figure = page.locator("figure.explorable").first
    control = figure.locator("input, select").first
    control.wait_for(state="visible")
    values = figure.evaluate(READ)["values"]
    control.focus()
    page.keyboard.press("End" if control.get_attribute("type") == "range" else "Home")
    values[0] = figure.evaluate(READ)["values"][0]
    check_frame(figure, values, "after instant navigation")
    assert len(visit.local) > 0 and not visit.errors and not visit.external
