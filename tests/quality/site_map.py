"""What the built site holds, read from its files: the pages, their diagrams and widgets, every link and id."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from macros.catalogue import WIDGET
from tests.conftest import ROOT

DOCS = ROOT / "docs"
BUILT_DIAGRAM = re.compile(r'<pre class="mermaid"[ >]')
"""A diagram as the built page holds it, before Material draws it (the build adds data-search-exclude)."""
MERMAID_FENCE = re.compile(r"^[ \t]*(?:```|~~~)[ \t]*mermaid\b", re.M)


def page_paths(site: Path) -> list[str]:
    """URL path of every page: each index.html of the build, without the assets (404.html is not an index)."""
    paths = []
    for html in site.rglob("index.html"):
        relative = html.relative_to(site)
        if "assets" in relative.parts:
            continue
        paths.append("/" + "".join(f"{part}/" for part in relative.parent.parts))
    return sorted(paths)


def source_page_paths() -> list[str]:
    """The same URL paths, from the Markdown pages (docs/snippets is not built): known before the build ends.

    The quality tests are listed from these while the site is still building; ``test_the_pages_checked_are_the
    _pages_built`` holds them equal to the build's own list.
    """
    paths = []
    for page in DOCS.rglob("*.md"):
        relative = page.relative_to(DOCS)
        if relative.parts[0] == "snippets":
            continue
        stem = relative.with_suffix("").as_posix()
        stem = stem.removesuffix("index").rstrip("/") if stem == "index" or stem.endswith("/index") else stem
        paths.append("/" + (stem + "/" if stem else ""))
    return sorted(paths)


def source_widget_page_paths() -> list[str]:
    """Pages whose Markdown embeds a calculator widget."""
    return [path for path in source_page_paths() if WIDGET.search(source_of(path).read_text(encoding="utf-8"))]


def source_html_files() -> list[str]:
    """The HTML files the build writes: each page's index.html, and the 404 page."""
    return sorted(["404.html", *((path.strip("/") + "/index.html").lstrip("/") for path in source_page_paths())])


def html_file(site: Path, path: str) -> Path:
    return site / path.strip("/") / "index.html" if path != "/" else site / "index.html"


def source_of(path: str) -> Path:
    """The Markdown page behind a URL path (``/aws/s3/`` is docs/aws/s3.md or docs/aws/s3/index.md)."""
    stem = path.strip("/")
    candidates = [DOCS / "index.md"] if not stem else [DOCS / f"{stem}.md", DOCS / stem / "index.md"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise AssertionError(f"no Markdown source for {path}: looked for {[str(c) for c in candidates]}")


def diagrams_in_source(path: str) -> int:
    return len(MERMAID_FENCE.findall(source_of(path).read_text(encoding="utf-8")))


def diagrams_in_build(site: Path, path: str) -> int:
    return len(BUILT_DIAGRAM.findall(html_file(site, path).read_text(encoding="utf-8")))


def widget_page_paths(site: Path) -> list[str]:
    """Pages whose built HTML carries at least one calculator widget."""
    return [path for path in page_paths(site) if "data-calculator=" in html_file(site, path).read_text(encoding="utf-8")]


def html_files(site: Path) -> list[str]:
    """Every built HTML file, relative to the site root (pages, 404.html and anything else)."""
    return sorted(html.relative_to(site).as_posix() for html in site.rglob("*.html"))


# --- link checking ---------------------------------------------------------------------------------------------

RESOURCE_ATTRIBUTES = {"script": "src", "img": "src", "source": "src", "iframe": "src", "link": "href"}


@dataclass
class ParsedPage:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)  # <a href>: target file and #fragment must exist
    resources: list[str] = field(default_factory=list)  # scripts, styles, images: the file must exist


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if "id" in values:
            self.page.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.page.ids.add(values["name"])
        if tag == "a" and "href" in values:
            self.page.links.append(values["href"])
        attribute = RESOURCE_ATTRIBUTES.get(tag)
        if attribute and values.get(attribute):
            self.page.resources.append(values[attribute])


@functools.cache
def parse(file: Path) -> ParsedPage:
    collector = _Collector()
    collector.feed(file.read_text(encoding="utf-8"))
    collector.close()
    return collector.page


def _target_file(site: Path, url_path: str) -> Path | None:
    """The file a same-origin URL path serves, as a static server would (directories serve index.html)."""
    relative = unquote(url_path).lstrip("/")
    candidate = site / relative
    if not candidate.resolve().is_relative_to(site.resolve()):
        return None
    if url_path.endswith("/") or not relative:
        candidate = candidate / "index.html"
    elif candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def broken_links(site: Path, origin: str, relative_file: str) -> list[str]:
    """Every internal link of one built HTML file that leads nowhere: missing file or missing #fragment."""
    file = site / relative_file
    page_url = f"{origin}/{relative_file}"
    parsed = parse(file)
    problems = []
    checks = [(href, True) for href in parsed.links] + [(src, False) for src in parsed.resources]
    for reference, follow_fragment in checks:
        url = urljoin(page_url, reference.strip())
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            continue  # mailto:, data:, javascript: and friends are not pages
        if f"{parts.scheme}://{parts.netloc}" != origin:
            continue  # another site: not ours to check offline
        target = _target_file(site, parts.path)
        if target is None:
            problems.append(f"{reference!r}: no file for {parts.path}")
            continue
        fragment = unquote(parts.fragment)
        is_parameter = "=" in fragment  # "#keys=a,b" tells the page's script what to show; it names no element
        if follow_fragment and fragment and not is_parameter and target.suffix == ".html" and fragment not in parse(target).ids:
            problems.append(f"{reference!r}: no id {fragment!r} in {target.relative_to(site).as_posix()}")
    return problems
