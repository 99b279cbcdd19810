"""Every file under docs/snippets has a kind some test checks, and every one is shown on a page."""

from __future__ import annotations

from tests.snippets.pages import included_snippets
from tests.snippets.samples import KINDS, SNIPPETS, all_files, kind_of, sample_id, samples


def test_every_snippet_has_a_checked_kind() -> None:
    unknown = [sample_id(path) for path in all_files() if kind_of(path) is None]
    assert unknown == [], "no test checks these formats: add a kind in tests/snippets/samples.py and a test module"


def test_every_kind_has_samples() -> None:
    counts = {kind: len(samples(kind)) for kind in KINDS}
    assert all(counts.values()), counts


def test_every_snippet_is_shown_on_a_page() -> None:
    shown = included_snippets()
    orphans = [sample_id(path) for path in all_files() if sample_id(path) not in shown]
    assert orphans == [], "these samples are tested but no page includes them"


def test_every_include_names_an_existing_snippet() -> None:
    missing = {target: where for target, where in included_snippets().items() if not (SNIPPETS / target).is_file()}
    assert missing == {}
