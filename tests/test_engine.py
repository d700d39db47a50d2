"""The build engine's promises: a broken snippet fails the strict build and
names the page and the snippet; outputs are repeatable."""

import filecmp

from conftest import ROOT, build_site

PAGE = (
    '# Page\n\n```python exec="on" source="above" result="text"\n--8<-- "{path}"\n```\n'
)


def test_snippet_that_raises_fails_the_build_naming_page_and_snippet(one_page_site):
    code = 'print("fine so far")\nraise ValueError("broken on purpose")\n'
    build = one_page_site(
        PAGE.format(path="snippets/demo/raises.py"), {"demo/raises.py": code}
    )
    assert build.returncode != 0
    assert "Page 'page.md'" in build.stderr
    assert "'snippets/demo/raises.py' exited with errors" in build.stderr
    assert "ValueError: broken on purpose" in build.stderr


def test_snippet_with_syntax_error_fails_the_build_naming_page_and_snippet(
    one_page_site,
):
    build = one_page_site(
        PAGE.format(path="snippets/demo/typo.py"), {"demo/typo.py": 'print("x"\n'}
    )
    assert build.returncode != 0
    assert "Page 'page.md'" in build.stderr and "snippets/demo/typo.py" in build.stderr
    assert "SyntaxError" in build.stderr


def test_embed_of_missing_file_fails_the_build_naming_page_and_path(one_page_site):
    build = one_page_site(PAGE.format(path="snippets/demo/absent.py"))
    assert build.returncode != 0
    assert "Error reading page 'page.md'" in build.stderr
    assert "'snippets/demo/absent.py' could not be found" in build.stderr


def test_working_snippet_is_titled_with_its_path_and_shows_its_output(
    one_page_site, tmp_path
):
    build = one_page_site(
        PAGE.format(path="snippets/demo/ok.py"), {"demo/ok.py": "print(6 * 7)\n"}
    )
    assert build.returncode == 0, build.stderr
    html = (tmp_path / "site" / "page" / "index.html").read_text()
    assert '<span class="filename">snippets/demo/ok.py</span>' in html
    assert ">42\n<" in html


def test_math_is_rendered_to_mathml_at_build_time(one_page_site, tmp_path):
    build = one_page_site("# Page\n\nInline $w$ and\n\n$$\nL = \\frac{1}{N}\n$$\n")
    assert build.returncode == 0, build.stderr
    html = (tmp_path / "site" / "page" / "index.html").read_text()
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">' in html
    assert "<mfrac>" in html and "arithmatex" not in html


def test_two_clean_builds_give_identical_html(tmp_path):
    sites = [tmp_path / "first", tmp_path / "second"]
    for site in sites:
        build = build_site(ROOT, "--site-dir", str(site))
        assert build.returncode == 0, build.stderr
    pages = sorted(p.relative_to(sites[0]) for p in sites[0].rglob("*.html"))
    assert len(pages) >= 5
    _, differing, missing = filecmp.cmpfiles(
        *sites, [str(p) for p in pages], shallow=False
    )
    assert not differing and not missing, f"builds differ in {differing + missing}"
