"""Read the guide's Markdown pages: fenced code blocks and the snippet files they include."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tests.snippets.samples import DOCS, SNIPPETS

_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*\{?\s*\.?(?P<lang>[\w+-]*)(?P<rest>.*)$")
_INCLUDE = re.compile(r"""^\s*-{1,3}8<-{1,3}\s+(?P<quote>["'])(?P<target>[^"']+)(?P=quote)\s*$""")


@dataclass(frozen=True)
class Fence:
    """One fenced code block of a page."""

    page: Path
    line: int  # 1-based line of the opening fence
    lang: str
    code: str

    @property
    def includes(self) -> list[str]:
        """Snippet paths (under docs/snippets) the block includes, line ranges stripped."""
        found = []
        for line in self.code.splitlines():
            match = _INCLUDE.match(line)
            if match:
                found.append(re.sub(r"(:-?\d*)+$", "", match.group("target")))
        return found

    @property
    def is_include(self) -> bool:
        """True when the block only includes snippet files (blank lines aside)."""
        lines = [line for line in self.code.splitlines() if line.strip()]
        return bool(lines) and all(_INCLUDE.match(line) for line in lines)

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(DOCS).as_posix()}:{self.line}"


def pages() -> list[Path]:
    """Every Markdown page of the guide (docs/snippets holds samples, not pages)."""
    return sorted(path for path in DOCS.rglob("*.md") if SNIPPETS not in path.parents)


def fences(page: Path) -> list[Fence]:
    """The fenced blocks of one page, including those indented inside admonitions and tabs."""
    found = []
    lines = page.read_text().splitlines()
    index = 0
    while index < len(lines):
        match = _FENCE_OPEN.match(lines[index])
        if not match:
            index += 1
            continue
        indent, fence = match.group("indent"), match.group("fence")
        body = []
        end = index + 1
        while end < len(lines):
            line = lines[end]
            stripped = line.strip()
            if stripped.startswith(fence[0] * len(fence)) and set(stripped) == {fence[0]}:
                break
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            end += 1
        found.append(Fence(page, index + 1, match.group("lang").lower(), "\n".join(body) + "\n"))
        index = end + 1
    return found


def all_fences() -> list[Fence]:
    return [fence for page in pages() for fence in fences(page)]


def included_snippets() -> dict[str, list[str]]:
    """Snippet path -> the fences (page:line) that include it."""
    shown: dict[str, list[str]] = {}
    for fence in all_fences():
        for target in fence.includes:
            shown.setdefault(target, []).append(fence.id)
    return shown
