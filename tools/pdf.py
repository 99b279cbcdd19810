"""Print the cheat sheets of a built site to PDF with the Chromium the tests use (``make pdf``).

Each sheet ``cheatsheets/<slug>/`` becomes ``cheatsheets/<slug>.pdf`` (A4) and ``cheatsheets/<slug>-letter.pdf``
(US Letter) in the same site folder, so they are published with it. The pages print with the site's own print
stylesheet, from the files on disk: no server, no network.

Usage: ``python tools/pdf.py [SITE_DIR]`` (default ``site``); prints one line per file with its page count.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.cheatsheets import PAPER, SHEETS  # noqa: E402
from tests.browser.conftest import CHROMIUM_FLAGS, chromium_path  # noqa: E402

MARGIN = "12mm"
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![s\w])")


def page_count(pdf: bytes) -> int:
    """Pages in a PDF Chromium wrote (its page objects are not compressed into object streams)."""
    return len(PAGE_OBJECT.findall(pdf))


def render(site: Path) -> dict[Path, int]:
    """Write every sheet in every paper size; answer each file with its page count."""
    written = {}
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.emulate_media(media="print")
        for slug in SHEETS:
            source = site / "cheatsheets" / slug / "index.html"
            if not source.exists():
                raise SystemExit(f"{source} is missing: build the site first (make build)")
            page.goto(source.as_uri(), wait_until="load")
            for suffix, paper in PAPER.items():
                target = site / "cheatsheets" / f"{slug}{suffix}.pdf"
                pdf = page.pdf(
                    format=paper,
                    margin={"top": MARGIN, "bottom": MARGIN, "left": MARGIN, "right": MARGIN},
                    print_background=True,
                )
                target.write_bytes(pdf)
                written[target] = page_count(pdf)
        browser.close()
    return written


def main() -> int:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site")
    for path, pages in render(site).items():
        print(f"{path.relative_to(site)}: {pages} page{'s' if pages != 1 else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
