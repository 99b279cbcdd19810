"""No broken internal link or anchor, read straight from the built HTML (no browser, a second or two)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import BuiltSite
from tests.quality.site_map import broken_links


def test_every_internal_link_and_anchor_resolves(built_site: BuiltSite, html_file: str) -> None:
    assert broken_links(built_site.root, built_site.origin, html_file) == []


def test_link_checker_finds_missing_pages_files_and_anchors(tmp_path: Path) -> None:
    origin = "http://127.0.0.1:1"
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="here">Here</h2><img src="../logo.png">', encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"png")
    links = [
        "a/",  # fine
        "a/#here",  # fine
        "#top",  # fine: an id of this page
        "a/#keys=x.y,z",  # fine: a parameter for the page's script, not an element
        f"{origin}/a/index.html#here",  # fine: absolute, same origin
        "https://example.com/missing/",  # another site: not checked offline
        "mailto:someone@example.com",  # not a page
        "a/#gone",  # missing anchor
        "b/",  # missing page
        f"{origin}/a/#nowhere",  # missing anchor, absolute link
    ]
    body = "".join(f'<a href="{href}">x</a>' for href in links) + '<span id="top"></span><script src="missing.js"></script>'
    (tmp_path / "index.html").write_text(body, encoding="utf-8")
    assert broken_links(tmp_path, origin, "index.html") == [
        "'a/#gone': no id 'gone' in a/index.html",
        "'b/': no file for /b/",
        f"'{origin}/a/#nowhere': no id 'nowhere' in a/index.html",
        "'missing.js': no file for /missing.js",
    ]
    assert broken_links(tmp_path, origin, "a/index.html") == []
