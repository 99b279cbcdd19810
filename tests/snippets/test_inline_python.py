"""Python shown in the pages: inline ```python fences run, and snippet-include fences point at tested samples.

Inline fences are executed in a fresh namespace (they may import ``calculators``). A fence that needs AWS
credentials is listed in COMPILE_ONLY with the reason, and is only byte-compiled. Samples longer than a few
lines live in docs/snippets and are tested by the test_python_*.py modules, so this module also checks that
every Python include fence names one of those samples.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.snippets.pages import Fence, all_fences, fences
from tests.snippets.samples import SNIPPETS, kind_of

PYTHON_LANGS = {"python", "py", "python3"}
PYTHON_FENCES = [fence for fence in all_fences() if fence.lang in PYTHON_LANGS]
INLINE = [fence for fence in PYTHON_FENCES if not fence.is_include]
INCLUDES = [fence for fence in PYTHON_FENCES if fence.is_include]

# "page.md:line" of an inline fence -> why it cannot run offline. It is still byte-compiled.
COMPILE_ONLY: dict[str, str] = {
    "problems/payments-ledger.md:90": "a DynamoDB TransactWriteItems call against the page's ledger table",
}


def test_collected_python_fences() -> None:
    assert PYTHON_FENCES, "no ```python fences found in docs/: the page scanner is broken"
    assert len(INLINE) + len(INCLUDES) == len(PYTHON_FENCES)


def test_compile_only_entries_exist() -> None:
    stale = set(COMPILE_ONLY) - {fence.id for fence in INLINE}
    assert not stale, f"COMPILE_ONLY names fences that no longer exist: {sorted(stale)}"


@pytest.mark.parametrize("fence", INCLUDES, ids=lambda fence: fence.id)
def test_include_fence_shows_a_tested_python_sample(fence: Fence) -> None:
    for target in fence.includes:
        path = SNIPPETS / target
        assert path.is_file(), f"{fence.id} includes a missing file {target}"
        assert kind_of(path) in {"python", "cdk_app"}, f"{fence.id} shows {target} as Python"


def test_pages_show_inline_python_that_runs() -> None:
    assert INLINE, "no inline ```python in the pages: the calculators page should show the package in use"


@pytest.mark.parametrize("fence", INLINE, ids=lambda fence: fence.id)
def test_inline_python_runs(fence: Fence, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code = compile(fence.code, fence.id, "exec", dont_inherit=True)
    if fence.id in COMPILE_ONLY:
        return
    monkeypatch.chdir(tmp_path)
    for variable in [name for name in os.environ if name.startswith("AWS_")]:
        monkeypatch.delenv(variable)  # a fence that quietly needs AWS fails here instead of calling out
    exec(code, {"__name__": "__main__"})


def test_scanner_reads_indented_titled_and_include_fences(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n"
        '```python title="sum.py"\ntotal = sum([1, 2])\nassert total == 3\n```\n\n'
        '!!! example "Worked example"\n    ```py\n    if True:\n        x = 1\n    ```\n\n'
        '~~~~python\n--8<-- "dynamodb/single_table.py"\n~~~~\n\n'
        "```yaml\nkey: value\n```\n"
    )
    found = fences(page)
    assert [(fence.line, fence.lang, fence.is_include) for fence in found] == [
        (3, "python", False),
        (9, "py", False),
        (14, "python", True),
        (18, "yaml", False),
    ]
    assert found[1].code == "if True:\n    x = 1\n"
    assert found[2].includes == ["dynamodb/single_table.py"]
    for fence in found[:2]:
        exec(compile(fence.code, "fence", "exec", dont_inherit=True), {})
