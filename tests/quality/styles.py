"""Which pages the colour checks must visit: a few that, together, show every style the site has.

A colour-contrast problem, in either scheme, is a pair of colours the stylesheet gives some text. The colours an
element gets follow from the rules that match it, and the site's rules (Material's and ours) select by tag and
class, of the element and of its ancestors: a tip admonition's title, a table's header cell, a link in a
paragraph, a calculator's error message. So the text on a page is summed up by its *styles*: for each piece of
text, its element's tag and classes and the set of its styled ancestors' tags and classes. Two pages with the
same styles get the same colours in either scheme. So axe's colour rules (contrast, links told apart from the
text around them: three quarters of its time on a page) run in both schemes on the fewest pages that, together,
show every style of the site, and every other rule of WCAG A and AA runs on every page.

What this leaves out, and why that is safe here: rules that select on position (``:first-child``) or on attributes
other than classes (in the stylesheets' colour rules for the content these tell apart what classes already do, a
table with or without a class, or a state: hover, focus, a ticked box); inline styles, which no page has (a test
holds it); the header, footer and table of contents outside the content, the same styles on every page; SVG
drawings (charts and diagrams), whose colours are class-based too; and states a visit does not show at load
(hover, focus, live results in error), which the widget checks cover separately in both schemes.
"""

from __future__ import annotations

import functools
from html.parser import HTMLParser
from pathlib import Path

STRUCTURE = {
    "a", "blockquote", "code", "dd", "del", "details", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4",
    "h5", "h6", "ol", "p", "ul",
    "kbd", "label", "li", "mark", "pre", "small", "strong", "sub", "summary", "sup", "table", "td", "th", "thead",
}  # fmt: skip
"""Tags the stylesheets style by name inside the content, whether or not they carry a class."""
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _mark(tag: str, classes: str) -> str:
    return tag + "".join(f".{name}" for name in sorted(classes.split()))


class _Styles(HTMLParser):
    """Collects the styles of the text inside the page's content (the article Material renders Markdown into)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str, bool]] = []  # tag, mark, styled (counts as an ancestor's style)
        self.depth_in_content = 0
        self.styles: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        classes = dict(attrs).get("class") or ""
        root = self.depth_in_content == 0 and "md-content__inner" in classes.split()
        if root:
            self.depth_in_content = 1
        elif self.depth_in_content:
            self.depth_in_content += 1
        # The content's own element is every text's ancestor on every page: not a difference between pages.
        self.stack.append((tag, _mark(tag, classes), not root and (bool(classes) or tag in STRUCTURE)))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        while self.stack:
            opened, _, _ = self.stack.pop()
            if self.depth_in_content:
                self.depth_in_content -= 1
            if opened == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.depth_in_content or not data.strip() or not self.stack:
            return
        _, own, _ = self.stack[-1]
        ancestors = sorted({mark for _, mark, styled in self.stack[:-1] if styled})
        self.styles.add(own + " < " + " ".join(ancestors))


@functools.cache
def page_styles(html_path: Path) -> frozenset[str]:
    """The styles of the text in one built page's content."""
    parser = _Styles()
    parser.feed(html_path.read_text(encoding="utf-8"))
    return frozenset(parser.styles)


def covering_pages(styles_by_page: dict[str, frozenset[str]], always: tuple[str, ...] = ()) -> list[str]:
    """The fewest pages (greedily: the one adding most new styles first) whose styles include every page's.

    ``always`` are taken first (the page whose check includes the site navigation). Ties go to the page listed
    first, so the choice is the same on every run.
    """
    chosen = [page for page in always if page in styles_by_page]
    seen: set[str] = set().union(*(styles_by_page[page] for page in chosen))
    every = set().union(*styles_by_page.values())
    while seen != every:
        best = max(styles_by_page, key=lambda page: len(styles_by_page[page] - seen))
        chosen.append(best)
        seen |= styles_by_page[best]
    return chosen
