"""The drills' JSON bridge: what the page sends and gets back, including every way a request can be wrong."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.drills import make
from calculators.web import drill, drill_check


def ask(payload: object) -> dict[str, object]:
    reply = json.loads(drill(json.dumps(payload)))
    assert isinstance(reply, dict)
    return reply


def check(payload: object) -> dict[str, object]:
    reply = json.loads(drill_check(json.dumps(payload), "../../reference/prices-and-limits/"))
    assert isinstance(reply, dict)
    return reply


def test_a_posed_drill_carries_no_answers() -> None:
    reply = ask({"family": "kinesis", "seed": 5})
    assert reply["ok"]
    text = json.dumps(reply)
    for step in make("kinesis", 5).steps:
        assert repr(step.expected) not in text
        assert "expected" not in text


def test_a_blank_family_and_seed_give_a_random_valid_drill() -> None:
    reply = ask({})
    assert reply["ok"]


def test_the_daily_drill() -> None:
    reply = ask({"daily": "2026-12-04"})
    assert reply["ok"]
    assert reply["drill"]["seed"] == 20261204  # type: ignore[index]
    assert ask({"daily": "yesterday"})["error"] == {"field": "daily", "message": "the day must be a date like 2026-12-04"}


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"family": "nope"}, "family"),
        ({"family": "kinesis", "seed": "1x"}, "seed"),
        ({"family": "kinesis", "seed": 1, "pushback": "?"}, "pushback"),
        ([1], "payload"),
    ],
)
def test_a_bad_request_names_its_field(payload: object, field: str) -> None:
    reply = ask(payload)
    assert not reply["ok"]
    assert reply["error"]["field"] == field  # type: ignore[index]


def test_marking_returns_steps_score_and_the_calculators_working() -> None:
    made = make("kinesis", 5)
    answers = {step.key: repr(step.expected) for step in made.steps}
    reply = check({"family": "kinesis", "seed": 5, "answers": answers})
    assert reply["ok"]
    assert reply["score"] == 100
    assert "calc-working" in reply["solution_html"]  # type: ignore[operator]
    assert "../../reference/prices-and-limits/#kinesis-shard-hour" in reply["solution_html"]  # type: ignore[operator]


def test_an_unreadable_answer_is_flagged_at_its_field_and_nothing_is_scored() -> None:
    made = make("kinesis", 5)
    first, second = made.steps[0].key, made.steps[1].key
    reply = check({"family": "kinesis", "seed": 5, "answers": {first: "lots", second: "2 MB/s"}})
    assert not reply["ok"]
    assert [e["field"] for e in reply["errors"]] == [first, second]  # type: ignore[index, union-attr]
    assert "score" not in reply


def test_a_blank_answer_is_skipped_not_an_error() -> None:
    made = make("kinesis", 5)
    reply = check({"family": "kinesis", "seed": 5, "answers": {made.steps[0].key: ""}})
    assert reply["ok"]
    assert reply["score"] == 0
    assert {s["verdict"] for s in reply["steps"]} == {"not answered"}  # type: ignore[index, union-attr]


@given(st.dictionaries(st.text(max_size=30), st.one_of(st.text(max_size=30), st.integers(), st.none()), max_size=4))
def test_any_answers_object_gets_a_json_answer(answers: dict[str, object]) -> None:
    reply = check({"family": "traffic", "seed": 3, "answers": answers})
    assert isinstance(reply["ok"], bool)
    json.dumps(reply, allow_nan=False)
