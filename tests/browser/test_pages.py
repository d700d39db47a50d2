"""Every page, as a reader's browser shows it: it loads cleanly, asks nothing of
any other host, and its figures, math and structure work for every reader."""

import json
import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

AXE = Axe()  # axe-core's own script, shipped inside the package: nothing is fetched
SERIOUS = ("serious", "critical")
THEMES = {"light": "default", "dark": "slate"}  # Material's schemes
OPEN_DETAILS = "() => document.querySelectorAll('details').forEach(d => d.open = true)"


def listing(items):
    return "".join(f"\n  {item}" for item in items)


def test_page_loads_without_errors(open_page, path, scheme):
    """No console error, no failed request, and the page in the theme that the
    reader's system prefers (no choice stored yet)."""
    visit = open_page(path, scheme)
    assert not visit.errors, f"console errors:{listing(visit.errors)}"
    assert not visit.failed, f"failed requests:{listing(visit.failed)}"
    shown = visit.page.evaluate("document.body.dataset.mdColorScheme")
    assert shown == THEMES[scheme], f"{scheme} preferred, {shown} shown"


def test_page_asks_nothing_of_another_host(open_page, path, scheme):
    """Fonts, icons, math and scripts all come from the site itself."""
    visit = open_page(path, scheme)
    assert visit.local, "the page made no request at all: was it served?"
    assert not visit.external, f"requests that left the site:{listing(visit.external)}"


# ─── Figures ──────────────────────────────────────────────────────────────────

# Show each figure (open its <details>, pick its tab), scroll to it and wait for
# it to be drawn (out of view, a browser may skip it: sitebuild/offscreen.py),
# then measure it: its box, whether it shows, and the colour it is drawn in
# against the colour behind it.
MEASURE_FIGURES = """async figures => {
  const measured = [];
  for (const figure of figures) {
    for (let node = figure; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
      if (node.classList.contains("tabbed-block")) {
        const index = [...node.parentElement.children].indexOf(node);
        const set = node.closest(".tabbed-set");
        set.querySelectorAll(":scope > input")[index].checked = true;
      }
    }
    figure.scrollIntoView({block: "center"});
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
    const svg = figure.querySelector("svg");
    let background = "rgb(255, 255, 255)";
    for (let node = svg; node; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor;
      if (!/^rgba\\(.*, 0\\)$/.test(color)) { background = color; break; }
    }
    const box = svg.getBoundingClientRect();
    const style = getComputedStyle(svg);
    measured.push({
      id: figure.id, width: box.width, height: box.height, color: style.color,
      background, visibility: style.visibility, opacity: Number(style.opacity),
      shown: svg.checkVisibility({contentVisibilityAuto: true}),
    });
  }
  return measured;
}"""


def _rgba(css):
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)]
    return (*numbers[:3], numbers[3] if len(numbers) > 3 else 1.0)


def contrast(foreground, background):
    """WCAG contrast ratio of two CSS rgb()/rgba() colours (foreground blended)."""
    *fg, alpha = _rgba(foreground)
    bg = _rgba(background)[:3]
    fg = [alpha * f + (1 - alpha) * b for f, b in zip(fg, bg)]

    def luminance(rgb):
        srgb = [c / 255 for c in rgb]
        linear = [
            c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in srgb
        ]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.pages("figures")
def test_every_figure_is_visible(open_page, report, path, scheme):
    """Each figure, once the reader scrolls to it, has a size, shows, and its
    ink stands out from the page (3:1, WCAG's contrast for graphics), in the
    light and the dark theme."""
    page = open_page(path, scheme).page
    figures = page.locator("figure.plot").evaluate_all(MEASURE_FIGURES)
    problems = []
    for figure in figures:
        ink = contrast(figure["color"], figure["background"])
        if not (figure["shown"] and figure["width"] > 0 and figure["height"] > 0):
            problems.append(f"{figure['id']}: not visible ({figure})")
        elif figure["visibility"] != "visible" or figure["opacity"] == 0:
            problems.append(f"{figure['id']}: hidden ({figure})")
        elif ink < 3:
            problems.append(f"{figure['id']}: ink contrast {ink:.2f} ({figure})")
    report.row(path).figures += len(figures)
    assert figures, "the page's HTML has figures, the browser found none"
    assert not problems, listing(problems)


@pytest.mark.pages("figures")
def test_every_figure_says_what_it_shows(open_page, path):
    """Alt text: each figure is an image with a name of its own, in words."""
    page = open_page(path).page
    figures = page.locator("figure.plot").evaluate_all(
        """figures => figures.map(figure => {
          const svg = figure.querySelector("svg");
          return {id: figure.id, role: svg.getAttribute("role"),
                  alt: svg.getAttribute("aria-label") || ""};
        })"""
    )
    for figure in figures:
        words = re.findall(r"[A-Za-z]{2,}", figure["alt"])
        assert figure["role"] == "img", f"{figure['id']}: svg is not role=img"
        assert len(words) >= 6, f"{figure['id']}: alt text too thin: {figure['alt']!r}"
        assert figure["alt"].strip() != figure["id"], f"{figure['id']}: alt is its id"
    alts = [figure["alt"] for figure in figures]
    repeated = sorted({alt for alt in alts if alts.count(alt) > 1})
    assert not repeated, (
        f"figures share an alt text, so it says too little:{listing(repeated)}"
    )


# Every block with a size hint, drawn (every <details> open, every tab shown):
# its height against the hint it has on this screen, while the browser skips it.
MEASURE_HINTS = """() => {
  document.querySelectorAll("details").forEach(d => d.open = true);
  const hints = new Map([...document.querySelectorAll("[data-offscreen]")].map(
    e => [e, parseFloat(getComputedStyle(e).containIntrinsicBlockSize.split(" ")[1])]));
  const style = document.createElement("style");
  style.textContent = `.tabbed-block { display: block !important; }
    [data-offscreen] { content-visibility: visible !important; }`;
  document.head.append(style);
  return [...hints].filter(([e]) => e.checkVisibility()).map(([e, hint]) => ({
    what: (e.id || e.textContent).trim().slice(0, 50),
    height: e.getBoundingClientRect().height,
    hint,
  }));
}"""


# What is wider than the screen: the page itself (it would scroll sideways),
# and the display formulas that reach past its edge.
MEASURE_OVERFLOW = """() => {
  const page = document.documentElement;
  const right = element => Math.max(
    ...[...element.children].map(child => child.getBoundingClientRect().right));
  const wide = [...document.querySelectorAll("math[display=block]")].filter(
    math => math.checkVisibility() && right(math) > page.clientWidth + 0.5);
  const sideways = page.scrollWidth > page.clientWidth;
  return [
    ...(sideways ? [`the page, ${page.scrollWidth} px`] : []),
    ...wide.map(math => `the formula "${math.textContent.trim().slice(0, 40)}", ` +
                        `to ${Math.round(right(math))} px`),
  ];
}"""


@pytest.mark.pages("content")
def test_layout_holds_on_a_phone_and_a_wide_screen(browser, server, path):
    """With every tab and <details> shown:
    - on a phone 360 pixels wide, nothing is wider than the screen: the page
      never scrolls sideways, and no display formula reaches past its edge (a
      formula of parts set apart by \\qquad wraps, sitebuild/mathml.py; a
      longer one is an array of rows);
    - a code block, figure or notebook cell out of view is not drawn until the
      reader nears it (sitebuild/offscreen.py), and meanwhile takes the height
      of its hint: on that phone, and on a screen as narrow as Material's
      widest layout (1220), that is never less than its height drawn, so it
      never reaches into what follows it.
    One load, measured at each width."""
    context = browser.new_context(viewport={"width": 360, "height": 800})
    faults = []
    try:
        page = context.new_page()
        local = server.removesuffix(urlsplit(server).path)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(local)
                   else r.abort())  # fmt: skip
        page.goto(server + path)
        for width in (360, 1220):
            page.set_viewport_size({"width": width, "height": 800})
            faults += [
                f"{width} px wide: {b['what']!r}: hint {b['hint']:.0f} px, "
                f"drawn {b['height']:.0f} px"
                for b in page.evaluate(MEASURE_HINTS)
                if b["hint"] < b["height"] - 0.5
            ]
            if width == 360:  # as loaded: a resize starts transitions
                faults += [f"{width} px wide: wider than the screen: {what}"
                           for what in page.evaluate(MEASURE_OVERFLOW)]  # fmt: skip
    finally:
        context.close()
    assert not faults, listing(faults)


# ─── Math ─────────────────────────────────────────────────────────────────────

RAW_TEX = re.compile(
    r"\\[()\[\]]|\$\$|\$[^$\s][^$\n]*\$"
    r"|\\(?:frac|sum|partial|cdot|mathrm|hat|sqrt|left|right|nabla|theta|alpha)\b"
)
READ_MATH = """() => {
  const content = document.querySelector(".md-content") || document.body;
  const prose = content.cloneNode(true);
  prose.querySelectorAll("pre, code, script, style, math").forEach(e => e.remove());
  const formulas = [...content.querySelectorAll("math")].map(math => ({
    display: getComputedStyle(math).display,
    height: math.getBoundingClientRect().height,
    text: math.textContent.trim().slice(0, 60),
  }));
  const fraction = content.querySelector("mfrac");
  const levels = fraction && [...fraction.children].map(
    part => part.getBoundingClientRect().top);
  return {prose: prose.textContent, formulas, levels};
}"""


def test_math_is_typeset_not_raw_tex(open_page, report, path):
    """Math is MathML the browser lays out (a fraction is two levels), and no
    TeX source is left in the prose for a script to find."""
    page = open_page(path).page
    page.evaluate(OPEN_DETAILS)
    math = page.evaluate(READ_MATH)
    raw = sorted(set(RAW_TEX.findall(math["prose"])))
    assert not raw, f"TeX left as text: {raw}"
    for formula in math["formulas"]:
        assert formula["display"] in ("math", "block math", "inline math"), formula
        assert formula["height"] > 0, f"formula not laid out: {formula}"
    if math["levels"]:
        numerator, denominator = math["levels"]
        assert numerator < denominator, "a fraction is not stacked: not typeset"


# ─── Accessibility ────────────────────────────────────────────────────────────


# Code blocks hold thousands of token spans, and axe's contrast check costs
# milliseconds an element: spans of one kind share their colours, so axe sees
# one of each kind per page (and all the rest of the page). The others become
# plain text, the same characters: axe's work grows with every element of the
# page, checked or not, and they are most of them (/notebooks/optimizers/:
# 13,146 elements, 3,999 after; axe 8.6 s, 5.3 s).
SAMPLE_CODE = """() => {
  const kinds = new Set();
  for (const span of document.querySelectorAll("pre span")) {
    const kind = [span.className, span.parentElement.className,
                  span.closest(".highlight, pre").className].join("|");
    if (!kinds.has(kind)) { kinds.add(kind); span.dataset.axeSample = ""; }
  }
  for (const span of document.querySelectorAll("pre span:not([data-axe-sample])")) {
    if (!span.querySelector("[data-axe-sample]")) span.replaceWith(span.textContent);
  }
}"""
AXE_CONTEXT = {"include": [["html"], ["[data-axe-sample]"]], "exclude": [["pre"]]}

# The same for formulas, inline code and tables, the most of what is left.
# Every token of a formula (<mi>, <mn>, <mo>: half a chapter's text elements)
# is drawn in the colour of the prose around it, which axe checks, or the test
# fails on it here: axe itself checks a formula's tokens only now and then (it
# often cannot tell what lies behind one). Inline code has one style per kind
# of place it sits in. So one of each kind (inline or display, its parent, the
# block it sits in) stays, and the others become their characters, in the same
# prose; the rows of a table share their styles, so two of each stay
# (/optimizers/: 1,252 text elements, 464 after; axe 4.1 s, 2.1 s).
SAMPLE_INLINE = """() => {
  const colour = element => getComputedStyle(element).color;
  const offColour = [...document.querySelectorAll("math, math *")].filter(
    e => colour(e) !== colour(e.closest("math").parentElement));
  const formulas = offColour.map(e => e.closest("math").textContent);
  window.formulasOffColour = [...new Set(formulas)];
  const kinds = new Set();
  const sample = (element, ...kind) => {
    const block = element.parentElement.closest(
      "p, li, td, th, h1, h2, h3, h4, h5, .admonition, details, .jp-Cell");
    kind.push(element.tagName, element.parentElement.tagName, block?.tagName,
              block?.className, element.closest(".admonition, details")?.className);
    if (kinds.has(kind.join("|"))) element.replaceWith(element.textContent);
    else kinds.add(kind.join("|"));
  };
  document.querySelectorAll("math").forEach(m => sample(m, m.getAttribute("display")));
  document.querySelectorAll(":not(pre) > code").forEach(code => sample(code));
  document.querySelectorAll("tbody tr:nth-child(n+3)").forEach(row => row.remove());
}"""
START_AXE = """context => {
  window.axeResults = axe.run(context, {resultTypes: ["violations"]});
}"""


# A figure is an image (role="img", named by its alt text): what it draws is
# no part of the page's accessibility tree, and axe has no rule for it, but a
# chapter's figures are hundreds of shapes axe would walk. They go; the svg,
# and so axe's check of its alt text, stays (test_every_figure_is_visible
# checks the ink's contrast).
EMPTY_FIGURES = """() => document.querySelectorAll("svg[role=img]").forEach(
  svg => svg.replaceChildren())"""


def start_axe(page):
    """Start axe-core on `page` (exercise solutions opened), without waiting."""
    page.evaluate(OPEN_DETAILS)
    page.evaluate(SAMPLE_CODE)
    page.evaluate(SAMPLE_INLINE)
    page.evaluate(EMPTY_FIGURES)
    page.evaluate(AXE.axe_script)
    page.evaluate(START_AXE, AXE_CONTEXT)


def test_no_serious_accessibility_violation(open_page, report, path, scheme):
    """axe-core, exercise solutions opened: nothing serious or critical, in
    either theme (colours, and so contrast, differ between them)."""
    page = open_page(path, scheme).page
    if scheme == "light":  # each theme has its own process: check both at once
        for theme in ("light", "dark"):
            start_axe(open_page(path, theme).page)
    elif not page.evaluate("'axeResults' in window"):
        start_axe(page)
    violations = page.evaluate("window.axeResults")["violations"]
    off_colour = page.evaluate("window.formulasOffColour")
    assert not off_colour, f"formulas not in their prose's colour:{listing(off_colour)}"
    serious = [v for v in violations if v["impact"] in SERIOUS]
    report.row(path).axe[scheme] = tuple(
        sum(v["impact"] == impact for v in serious) for impact in SERIOUS
    )
    assert not serious, listing(
        f"{v['id']} ({v['impact']}): {v['help']}; {len(v['nodes'])} elements, "
        f"first {v['nodes'][0]['target']}: {v['nodes'][0]['failureSummary']}"
        for v in serious
    )


FOCUS = """() => {
  const element = document.activeElement;
  return {
    inContent: !!element.closest(".md-content"),
    skip: element.classList.contains("md-skip"),
    shown: element.getBoundingClientRect().height > 0,
    href: element.getAttribute("href"),
  };
}"""


@pytest.mark.pages("content")
def test_keyboard_reaches_the_main_content(open_page, path):
    """The first Tab stop is a visible "Skip to content" link into the page's
    content; following it, Tab then reaches the content (no trap on the way)."""
    page = open_page(path).page  # no test clicks a shared page: focus is unmoved
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUS)
    assert first["skip"] and first["shown"], f"first Tab stop: {first}"
    target = "#" + first["href"].split("#")[1]
    assert page.locator(f".md-content [id='{target[1:]}']").count() == 1, target
    page.keyboard.press("Enter")
    page.wait_for_function("target => location.hash === target", arg=target)
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUS)["inContent"]:
            return
    pytest.fail("60 Tab presses after the skip link never reached the content")


TAB_SET = """set => ({
  shown: [...set.querySelectorAll(".tabbed-block")]
    .filter(block => block.offsetHeight > 0)
    .map(block => block.querySelector("svg") ? "figure" : "code"),
  marked: [...set.querySelectorAll(".tabbed-labels > label")]
    .filter(label => getComputedStyle(label).borderBottomColor !== "rgba(0, 0, 0, 0)")
    .map(label => label.textContent),
})"""


def test_figure_and_code_tabs_work_by_keyboard(open_page):
    """A figure's Figure/Code tabs (left to CSS, sitebuild/offscreen.py): the
    figure first; the arrow key on the focused tab shows the code instead, and
    the tab shown is the one underlined."""
    page = open_page("parameter-estimation/", alone=True).page
    tabs = page.locator(".tabbed-set").first
    assert tabs.evaluate(TAB_SET) == {"shown": ["figure"], "marked": ["Figure"]}
    tabs.locator("input").first.focus()
    page.keyboard.press("ArrowRight")
    assert tabs.evaluate(TAB_SET) == {"shown": ["code"], "marked": ["Code"]}


THEME = """() => ({
  scheme: document.body.dataset.mdColorScheme,
  label: document.getElementById("__theme").getAttribute("aria-label"),
  icon: document.querySelector("#__theme > :not([hidden])").dataset.mdColorSchemeIcon,
})"""


def test_theme_toggle_works_by_keyboard_and_the_choice_holds(open_page):
    """The header's theme button (overrides/partials/palette.html) is a button
    a keyboard reaches: pressed, it switches the theme, its icon and the words
    a screen reader announces; the choice holds on the next page, through
    instant navigation and a full load, over the system's preference."""
    visit = open_page("", "light", alone=True)
    page = visit.page
    assert page.evaluate(THEME) == {
        "scheme": "default", "label": "Switch to dark theme", "icon": "default"
    }  # fmt: skip
    page.locator("#__theme").focus()
    page.keyboard.press("Enter")
    dark = {"scheme": "slate", "label": "Switch to light theme", "icon": "slate"}
    assert page.evaluate(THEME) == dark
    page.locator(".md-nav--primary a[href$='autograd/']").first.click()
    page.wait_for_function("() => location.pathname.endsWith('autograd/')")
    # Once in a gate, on a busy machine, the new address came with a document
    # that had no body yet (a load of its own, not instant navigation): read
    # the page once it has loaded.
    page.wait_for_load_state("load")
    assert page.evaluate(THEME) == dark, "lost on instant navigation"
    # The full load in a second tab: taking the first one away would cut off
    # what it still fetched (its favicon, on a busy machine), a failed request.
    full_load = open_page("optimizers/", "light", beside=visit)
    assert full_load.page.evaluate(THEME) == dark, "lost on a full load"
    full_load.page.locator("#__theme").press("Space")  # still wired after a full load
    assert full_load.page.evaluate(THEME)["scheme"] == "default"
    assert not visit.problems(), visit.problems()
    assert not full_load.problems(), full_load.problems()


def test_theme_toggle_is_hidden_without_javascript(browser, server):
    """Without JavaScript the button could do nothing: it is not shown."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server)
        assert page.locator("#__theme").count() == 1
        assert not page.locator("#__theme").is_visible()
    finally:
        context.close()


# ─── Notebooks ────────────────────────────────────────────────────────────────

LOCAL_NOTEBOOK_LINKS = re.compile(r'href="(?!https?:|//)([^"#?]+\.ipynb)"')


@pytest.mark.pages("content")
def test_notebook_links_give_notebooks(open_page, server, path):
    """Every link to a notebook on the site downloads a notebook that parses."""
    page = open_page(path).page
    links = page.locator("a[href$='.ipynb']").evaluate_all("as => as.map(a => a.href)")
    for link in (link for link in links if link.startswith(server)):
        response = page.request.get(link)
        assert response.ok, f"{link}: HTTP {response.status}"
        notebook = json.loads(response.body())
        assert isinstance(notebook.get("nbformat"), int), f"{link}: no nbformat"
        assert notebook.get("cells"), f"{link}: no cells"


def test_site_with_notebooks_links_chapters_to_them(site, report):
    """If the site publishes notebooks, chapter pages offer them for download."""
    notebooks = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.ipynb"))
    linking = sorted(
        str(page.relative_to(site).parent)
        for page in site.rglob("*.html")
        if LOCAL_NOTEBOOK_LINKS.search(page.read_text(encoding="utf-8"))
    )
    report.note(
        f"notebooks: {len(notebooks)} in the site, linked from {len(linking)} pages"
        + (f" ({', '.join(linking)})" if linking else "")
    )
    if notebooks:
        assert linking, f"the site has notebooks, no page links to one: {notebooks}"
    else:
        assert not linking, "pages link to notebooks that the site does not have"
