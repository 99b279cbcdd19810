"""The style census behind the dark scheme's page selection: it tells apart what the stylesheets tell apart."""

from __future__ import annotations

from pathlib import Path

from tests.quality.styles import covering_pages, page_styles

PAGE = '<html><body><nav class="md-nav"><a>Skip</a></nav><article class="md-content__inner md-typeset">{}</article></body></html>'


def styles_of(tmp_path: Path, body: str) -> frozenset[str]:
    path = tmp_path / f"{abs(hash(body))}.html"
    path.write_text(PAGE.format(body), encoding="utf-8")
    return page_styles(path)


def test_only_the_contents_text_counts_with_its_tag_classes_and_styled_ancestors(tmp_path: Path) -> None:
    styles = styles_of(tmp_path, '<p>Plain <a href="x">link</a></p><div><span>in a div</span></div>')
    assert styles == {"p < ", "a < p", "span < "}  # unstyled wrappers (div, span) add nothing; the nav is outside


def test_different_admonitions_tables_and_states_are_different_styles(tmp_path: Path) -> None:
    tip = styles_of(tmp_path, '<div class="admonition tip"><p class="admonition-title">Tip</p></div>')
    danger = styles_of(tmp_path, '<div class="admonition danger"><p class="admonition-title">Tip</p></div>')
    assert tip != danger
    cell = styles_of(tmp_path, "<table><tr><th>Head</th><td>Cell</td></tr></table>")
    assert cell == {"th < table", "td < table"}


def test_the_same_markup_on_two_pages_is_one_style_and_the_cover_takes_one_of_them(tmp_path: Path) -> None:
    first = styles_of(tmp_path, "<p>One <code>x</code></p><ul><li>Item</li></ul>")
    second = styles_of(tmp_path, "<p>Two <code>y</code></p><ul><li>Other</li></ul>")
    third = styles_of(tmp_path, '<p>Three</p><div class="admonition note"><p>Note</p></div>')
    assert first == second
    pages = {"/a/": first, "/b/": second, "/c/": third}
    chosen = covering_pages(pages, ("/b/",))
    assert chosen == ["/b/", "/c/"]
    assert set().union(*(pages[page] for page in chosen)) == set().union(*pages.values())
