"""The flashcards' scheduler (cards-schedule.js over ts-fsrs), run in Node exactly as the page runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
from itertools import pairwise
from typing import Any

import pytest

from tests.conftest import ROOT

DRIVER = ROOT / "tests" / "practice" / "schedule_driver.mjs"
MINUTE = 60_000
DAY = 86_400_000


@pytest.fixture(scope="module")
def run() -> dict[str, Any]:
    if shutil.which("node") is None:
        pytest.fail("Node.js is needed (the site build needs it too): install it, then `make install`")
    if not (ROOT / "node_modules" / "ts-fsrs" / "package.json").exists():
        pytest.fail("node_modules/ts-fsrs is missing: run `make install`")
    result = subprocess.run(
        ["node", "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", str(DRIVER)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    answer: dict[str, Any] = json.loads(result.stdout)
    return answer


def test_the_interval_grows_with_repeated_good(run: dict[str, Any]) -> None:
    intervals = [review["interval"] for review in run["goods"]]
    assert intervals[0] <= 10 * MINUTE  # a new card's first Good is a short learning step
    assert all(later > earlier for earlier, later in pairwise(intervals)), intervals
    assert intervals[-1] > 30 * DAY
    assert run["goods"][-1]["state"] == run["names"]["review"]


def test_again_sends_a_learned_card_back_to_a_short_relearning_step(run: dict[str, Any]) -> None:
    again = run["again"]
    assert again["stateBefore"] == run["names"]["review"]
    assert again["state"] == run["names"]["relearning"]
    assert 0 < again["interval"] <= 10 * MINUTE < run["goods"][-1]["interval"]
    assert again["lapses"] == 1


def test_a_changed_card_is_due_now_and_flagged_until_reviewed(run: dict[str, Any]) -> None:
    assert run["unchanged"]["due"] == []  # rated Easy two days ago: not due yet
    changed = run["changed"]
    assert changed["reported"] == ["b"] and changed["due"] == ["b"] and changed["flagged"] == ["b"]
    assert changed["storedDue"] == changed["now"]
    assert changed["storedHash"] == "h1"  # the old hash stays until the reader has seen the new text
    assert run["acknowledged"] == {"hash": "h2", "flagged": []}


def test_state_round_trips_through_json(run: dict[str, Any]) -> None:
    trip = run["roundTrip"]
    assert trip["valid"] and trip["dueIsString"] and trip["same"] and trip["fresh"]
    assert trip["invalid"] == [False, False, False, False]


def test_at_most_twenty_new_cards_a_day_with_kinds_mixed(run: dict[str, Any]) -> None:
    new = run["newCards"]
    assert new["limit"] == 20 and len(new["first"]) == 20
    assert new["first"][:3] == ["table:0", "formula:0", "fact:0"]
    assert new["afterOne"] == ["formula:0", "fact:0", "table:1"]  # kinds keep taking turns as cards are seen
    assert new["sameDay"] == 0 and new["nextDay"] == 20


def test_buttons_show_readable_intervals(run: dict[str, Any]) -> None:
    assert run["intervals"] == ["1 min", "10 min", "3 h", "4 d", "3 mo"]
    preview = run["preview"]
    assert preview["1"] < preview["2"] < preview["3"] < preview["4"]
