"""mkdocs hooks: add the runtime files the site serves itself, and finish its pages.

Mermaid, Pyodide and ts-fsrs come from ``node_modules`` (pinned in ``package-lock.json``) and join the build
as generated files, never copied into ``docs/`` or committed; the calculators wheel is built from the working
tree. Nothing is fetched from the network.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from macros import cards, offline
from macros.facts import section_dates
from macros.runtime import RUNTIME_FILES, current_runtime, ensure_built, precompress
from macros.wheel import ROOT, build_wheel

NODE_MODULES = ROOT / "node_modules"
VENDOR = "assets/vendor"
VENDOR_FILES = {
    "mermaid/mermaid.esm.min.mjs": "mermaid/dist/mermaid.esm.min.mjs",
    "pyodide/pyodide.mjs": "pyodide/pyodide.mjs",
    "pyodide/pyodide.asm.mjs": "pyodide/pyodide.asm.mjs",
    "pyodide/pyodide.asm.wasm": "pyodide/pyodide.asm.wasm",
    "pyodide/python_stdlib.zip": "pyodide/python_stdlib.zip",
    "pyodide/pyodide-lock.json": "pyodide/pyodide-lock.json",
    # The flashcards' scheduler (FSRS): ts-fsrs's ES-module build, one self-contained file without imports.
    "ts-fsrs/index.mjs": "ts-fsrs/dist/index.mjs",
}
# Mermaid's ES-module build fetches the code for each kind of diagram when a page first draws one: about a
# fifth of the 5.5 MB single-file build for a page of flowcharts and sequence diagrams.
VENDOR_DIRS = {"mermaid/chunks/mermaid.esm.min": "mermaid/dist/chunks/mermaid.esm.min"}
VENDOR_DIR_PATTERN = "*.mjs"  # no source maps


def vendor_sources() -> dict[str, Path]:
    """Each pinned runtime file the site serves, by its path in the site, from ``node_modules``."""
    wanted = {f"{VENDOR}/{target}": NODE_MODULES / source for target, source in VENDOR_FILES.items()}
    for folder, source in VENDOR_DIRS.items():
        wanted |= {f"{VENDOR}/{folder}/{path.name}": path for path in sorted((NODE_MODULES / source).glob(VENDOR_DIR_PATTERN))}
    return wanted


def on_files(files: Files, config: Any) -> Files:
    """Add the runtimes to the build as generated files, read where they are: nothing is copied into docs/.

    The pinned vendor files from ``node_modules``, the calculators wheel (built from the working tree) and the
    precompiled standard library and snapshot (built by Node once per runtime id, cached in ``build/runtime``).
    """
    for uri, path in vendor_sources().items():
        if not path.exists():
            raise PluginError(f"{path} is missing: run `make install` (npm ci) first")
        stale = files.get_file_from_path(uri)  # a copy an older build left in docs/ (git-ignored): not served
        if stale is not None:
            files.remove(stale)
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    wheel = build_wheel()
    files.append(File.generated(config, wheel.site_path, content=wheel.data))
    runtime = current_runtime()
    try:
        built = ensure_built(runtime)
    except subprocess.CalledProcessError as error:
        raise PluginError(f"building the Python runtime failed:\n{error.stderr}") from error
    for name in RUNTIME_FILES:
        files.append(File.generated(config, runtime.site_dir + name, abs_src_path=str(built / name)))
    return files


# mkdocs-mermaid2 ends each page with diagrams with a module script that imports the library at once and
# then sets window.mermaidConfig (its `arguments`, which diagrams.js passes on to mermaid).
EAGER_MERMAID = re.compile(r'import mermaid from "[^"]*mermaid\.esm\.min\.mjs";\s*')
H1_END = re.compile(r"</h1>")
# Task-list boxes (pymdownx.tasklist) are never ticked or clicked here: decoration, not unnamed controls.
TASK_BOX = '<label class="task-list-control">'


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Refuse a page whose facts were never checked: every page records its review date in front matter."""
    reviewed = page.meta.get("reviewed")
    if not isinstance(reviewed, date):
        raise PluginError(
            f"{page.file.src_uri}: add `reviewed: YYYY-MM-DD` to the front matter, the day its facts were last "
            "checked against the providers' documentation (see CONTRIBUTING.md)"
        )
    cards.collect_tables(markdown, page)  # hooks run after the macros plugin: the tables hold rendered numbers
    return markdown


# What search must not index: a diagram's source, and a widget's input fields (a label run into its help
# text reads as nonsense in a result excerpt). Material's search skips an element marked data-search-exclude,
# but un-skips at the first closing tag of the same name: so each mark goes on an element with no descendant
# of its own tag (a field's div holds a label, an input and a paragraph; the trainer holds no section).
SEARCH_EXCLUDED = re.compile(
    r'<pre\s+class="mermaid"|<div class="calc-field(?: calc-field-check)?"|<section class="drill-trainer"'
)
"""Openings of what search leaves out (mkdocs-mermaid2 writes its fence as ``<pre  class="mermaid">``, two spaces)."""


def exclude_from_search(html: str) -> str:
    """Mark the diagram sources and widget fields so Material's search leaves them out of the index."""
    return SEARCH_EXCLUDED.sub(lambda match: match.group(0) + " data-search-exclude", html)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Date the page's figures (once per section and the page's review), tidy task-list boxes, trim search.

    Task-list boxes are hidden from screen readers in the HTML itself, not with JavaScript.
    """
    reviewed: date = page.meta["reviewed"]
    stamp = f'<p class="page-reviewed">Checked against the providers\' documentation on {reviewed:%-d %B %Y}.</p>'
    html = H1_END.sub(lambda match: match.group(0) + stamp, html, count=1)
    return exclude_from_search(section_dates(html.replace(TASK_BOX, TASK_BOX[:-1] + ' aria-hidden="true">')))


@event_priority(-100)  # after mkdocs-mermaid2 has added its script
def on_post_page(output: str, page: Any, config: Any) -> str:
    """Drop mermaid2's eager import: diagrams.js loads the library when Material first draws a diagram.

    Loading it up front held up a calculator page's Python start on a 2-core machine. Loading it on demand
    is also what pages reached by instant navigation always did, so every page draws diagrams the same way.
    """
    return install_links(start_python_in_head(EAGER_MERMAID.sub("", output, count=1), page.url), page.url)


FIRST_RUNTIME = re.compile(r"<form [^>]*\bdata-runtime='([^']*)'")


def start_python_in_head(output: str, page_url: str) -> str:
    """On a page with a calculator, name its runtime and ask for calc.js in the head, so Python starts at once.

    An async module runs as soon as it is fetched, but only once the parser has reached its tag: after the first
    widget, that was when most of a long page had been parsed (the Lambda page's widget is 4,800 px down, and its
    worker was asked for about 0.6 s after navigation). In the head, calc.js starts the worker from the
    ``calc-runtime`` meta while the page is still parsing; the same module is also in extra_javascript (for
    instant navigation), and the browser evaluates it once.
    """
    runtime = FIRST_RUNTIME.search(output)
    if runtime is None:
        return output
    script = get_relative_url("assets/javascripts/calc.js", page_url or ".")
    tags = f'<meta name="calc-runtime" content=\'{runtime.group(1)}\'><script type="module" async src="{script}"></script>'
    return output.replace("</head>", tags + "</head>", 1)


THEME_COLOR = "#3f51b5"
"""Material's indigo, the palette's primary colour (also the manifest's theme colour)."""


def install_links(output: str, page_url: str) -> str:
    """Name the web app manifest in the page's head, relative to the page so a sub-path deployment works.

    Also name the pinned mermaid's version: diagrams.js keys the drawings it keeps by it, so an upgrade draws afresh.
    """
    manifest = get_relative_url("manifest.webmanifest", page_url or ".")
    tags = (
        f'<link rel="manifest" href="{manifest}"><meta name="theme-color" content="{THEME_COLOR}">'
        f'<meta name="diagram-library" content="mermaid {mermaid_version()}">'
    )
    return output.replace("</head>", tags + "</head>", 1)


@functools.cache
def mermaid_version() -> str:
    """The version of mermaid the site serves, as npm installed it from the lock file."""
    return str(json.loads((NODE_MODULES / "mermaid" / "package.json").read_text(encoding="utf-8"))["version"])


# Files worth serving precompressed: large, compressible, and fetched by every reader of a calculator page.
COMPRESSIBLE = {".wasm", ".mjs", ".js", ".zip", ".bin", ".json", ".css", ".whl"}
MIN_COMPRESS_BYTES = 100_000


def on_post_build(config: Any) -> None:
    """Write the flashcards, precompress the large files, then the service worker.

    The service worker's build id hashes everything written before it.
    """
    site = Path(config["site_dir"])
    # The flashcards (practice/cards.json) and the Anki deck, before precompression picks up large files.
    cards.write_outputs(site, Path(config["docs_dir"]), config["nav"] or [], config["site_url"] or "")
    large = [
        path
        for path in site.rglob("*")
        if path.suffix in COMPRESSIBLE and path.is_file() and path.stat().st_size >= MIN_COMPRESS_BYTES
    ]
    try:
        precompress(large)
    except subprocess.CalledProcessError as error:
        raise PluginError(f"precompressing failed:\n{error.stderr}") from error
    offline.write(site, Path(config["docs_dir"]) / offline.SERVICE_WORKER)
