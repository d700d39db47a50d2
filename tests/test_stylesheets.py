"""The notebook pages' stylesheet (sitebuild/stylesheets.py) loses only what
cannot apply: rules for classes no page or script has, `:root` inside another
element, and custom properties nothing mentions."""

from sitebuild.stylesheets import prune

PAGE = '<div class="jupyter-wrapper"><div class="jp-Cell jp-CodeCell">x</div></div>'


def rules(css):
    return [line for line in prune(css, [PAGE]).splitlines()[1:] if line]


def test_a_rule_for_a_class_no_page_has_goes():
    css = ".jupyter-wrapper .jp-Cell{color:red}.jupyter-wrapper .jp-Toolbar{color:blue}"
    assert rules(css) == [".jupyter-wrapper .jp-Cell{color:red}"]


def test_of_a_selector_list_only_the_selectors_that_can_match_stay():
    css = ".jp-Toolbar,.jp-CodeCell>b,div:not(.jp-Toolbar){margin:0}"
    assert rules(css) == [".jp-CodeCell>b,div:not(.jp-Toolbar){margin:0}"]


def test_a_class_that_a_script_adds_keeps_its_rule():
    css = ".jp-Cell.jp-mod-active{color:red}"
    assert prune(css, [PAGE]).count("{") == 0
    assert "jp-mod-active" in prune(css, [PAGE], scripts=['e.add("jp-mod-active")'])


def test_root_inside_another_element_never_matches():
    css = ".jupyter-wrapper :root{--a:1}:root{--b:2}b{x:var(--a) var(--b)}"
    assert rules(css) == [":root{--b:2}", "b{x:var(--a) var(--b)}"]


def test_custom_properties_go_unless_something_mentions_them():
    css = (
        ".jupyter-wrapper{--used:var(--chained);--chained:1px;--unused:var(--only-here);"
        "--only-here:2px;--page:red;--theirs:blue;color:var(--used)}"
        "div{color:var(--page)}"
    )
    stylesheets = ["a{color:var(--theirs)}"]
    page = PAGE + '<p style="color: var(--page)">'
    kept = prune(css, [page], stylesheets=stylesheets).splitlines()[1:]
    assert kept[0] == (
        ".jupyter-wrapper{--used:var(--chained);--chained:1px;--page:red;"
        "--theirs:blue;color:var(--used)}"
    )


def test_at_rules_keep_what_can_apply_inside_them():
    css = (
        "@media (max-width:760px){.jp-Cell{padding:0}.jp-Toolbar{padding:1px}}"
        "@media print{.jp-Toolbar{display:none}}"
        "@keyframes spin{to{transform:rotate(1turn)}}"
        '@charset "UTF-8";'
    )
    text = prune(css, [PAGE])
    assert text.startswith('@charset "UTF-8";\n')
    assert "@media (max-width:760px){\n.jp-Cell{padding:0}\n}" in text
    assert "print" not in text and "@keyframes spin" in text
