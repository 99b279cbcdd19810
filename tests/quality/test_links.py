"""No broken internal link or anchor, read straight from the built HTML (no browser, a second or two)."""

from __future__ import annotations

from tests.conftest import BuiltSite
from tests.quality.site_map import broken_links


def test_every_internal_link_and_anchor_resolves(built_site: BuiltSite, html_file: str) -> None:
    assert broken_links(built_site.root, built_site.origin, html_file) == []
