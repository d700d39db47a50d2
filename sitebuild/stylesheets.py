"""The notebook pages' stylesheet, less what none of them can use.

mkdocs-jupyter puts JupyterLab's whole stylesheet (over half a megabyte: the
styles of JupyterLab's menus, dialogs, file browser, icons...) into every
notebook page. `prune` keeps what the built site can use, and drops only what
cannot apply: a rule whose selector needs a class that no page and no script
of the site has, or puts `:root` inside another element; and a custom property
(`--name`) that no stylesheet, page or script of the site mentions. What is
left (some 20 KB) draws the site's notebook pages as the whole did: full-page
screenshots of each, light and dark, phone and desktop, were the same pixels.
"""

import re
from functools import cache

import tinycss2

CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')
WORD = re.compile(r"[\w-]+")
CUSTOM_PROPERTY = re.compile(r"--[a-zA-Z_][\w-]*")
# What a selector may hold that it does not need to match: :not(.x) matches
# without .x; :is(), :where() and :has() are left out, to keep what they hold.
OPTIONAL = re.compile(r":(?:not|is|where|has)\((?:[^()]|\([^()]*\))*\)")
ROOT_INSIDE = re.compile(r"\S\s*[ >+~]\s*:root\b")
GROUPS = ("media", "supports", "layer", "container")  # at-rules holding rules


def classes(html):
    """The class names `html` gives its elements."""
    return {name for value in CLASS_ATTRIBUTE.findall(html) for name in value.split()}


def prune(css, pages, scripts=(), stylesheets=()):
    """`css` without the rules and custom properties that cannot apply to
    `pages` (HTML), whose `scripts` (JavaScript, which may add classes) and
    `stylesheets` (CSS) come with them."""
    present = set().union(*map(classes, pages))
    present.update(word for text in scripts for word in WORD.findall(text))
    mentioned = {
        name
        for text in (*pages, *scripts, *stylesheets)
        for name in CUSTOM_PROPERTY.findall(text)
    }
    rules = _rules(_parse(css), present)
    # A custom property may be mentioned only by another that goes: repeat
    # until what the kept rules mention no longer changes.
    kept = None
    while True:
        text = _text(rules, kept)
        used = mentioned | set(CUSTOM_PROPERTY.findall(_values(rules, kept)))
        if used == kept:
            return text
        kept = used


@cache  # the same stylesheet in every build: `mkdocs serve` parses it once
def _parse(css):
    return tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)


def _selectors(prelude):
    """The selectors of a rule's selector list, as text."""
    selectors, current = [], []
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append(tinycss2.serialize(current).strip())
            current = []
        else:
            current.append(token)
    selectors.append(tinycss2.serialize(current).strip())
    return selectors


def _can_match(selector, present):
    needed = OPTIONAL.sub("", selector)
    if ROOT_INSIDE.search(needed):
        return False  # :root is the document's root: never inside another element
    return all(name in present for name in CLASS.findall(needed))


def _rules(rules, present):
    """[(selectors, declarations)] and [(at-rule, [...])] of `rules`, the
    selectors that cannot match left out, and rules with none left."""
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = [s for s in _selectors(rule.prelude) if _can_match(s, present)]
            if selectors:
                declarations = tinycss2.parse_blocks_contents(
                    rule.content, skip_comments=True, skip_whitespace=True
                )
                kept.append((",".join(selectors), declarations))
        elif rule.type == "at-rule" and rule.lower_at_keyword == "charset":
            continue  # the file is UTF-8, and says so first (see `_text`)
        elif rule.type == "at-rule" and rule.lower_at_keyword in GROUPS:
            if rule.content is not None:
                inner = tinycss2.parse_rule_list(
                    rule.content, skip_comments=True, skip_whitespace=True
                )
                if inner := _rules(inner, present):
                    head = f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}"
                    kept.append((head.strip(), inner))
        elif rule.type == "at-rule":
            kept.append((tinycss2.serialize([rule]).strip(), None))  # @font-face...
    return kept


def _declarations(declarations, kept):
    for declaration in declarations:
        if declaration.type != "declaration":
            yield tinycss2.serialize([declaration]).strip()
        elif (
            not declaration.name.startswith("--")
            or kept is None
            or (declaration.name in kept)
        ):
            value = tinycss2.serialize(declaration.value).strip()
            important = "!important" if declaration.important else ""
            yield f"{declaration.name}:{value}{important}"


def _text(rules, kept, top=True):
    text = '@charset "UTF-8";\n' if top else ""
    for head, body in rules:
        if body is None:
            text += head + "\n"
        elif body and isinstance(body[0], tuple):  # an at-rule's rules
            if inner := _text(body, kept, top=False):
                text += head + "{\n" + inner + "}\n"
        elif declarations := list(_declarations(body, kept)):
            text += head + "{" + ";".join(declarations) + "}\n"
    return text


def _values(rules, kept):
    """The text of what the kept declarations say (not the names they set)."""
    text = ""
    for head, body in rules:
        if body is None:
            text += head
        elif body and isinstance(body[0], tuple):
            text += _values(body, kept)
        else:
            for declaration in _declarations(body, kept):
                text += declaration.partition(":")[2] + ";"
    return text
