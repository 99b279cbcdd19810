"""The JSON bridge never crashes: any payload gives a result or the declared error."""

from __future__ import annotations

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import REGISTRY
from calculators.web import run

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=8,
)
names = st.sampled_from(sorted(REGISTRY)) | st.text(max_size=20)


def _input_payloads() -> st.SearchStrategy[tuple[str, dict[str, object]]]:
    """Payloads that use real input names with arbitrary values, so parsing paths are exercised deeply."""

    def for_name(name: str) -> st.SearchStrategy[tuple[str, dict[str, object]]]:
        fields = [spec.name for spec in REGISTRY[name].INPUTS]
        values = json_scalars | st.sampled_from(
            ["0", "-1", "1e308", "1e-308", "5e-324", "1e-300", "1e15", "true", "false", " ", "10.0.0.0/8"]
        )
        return st.tuples(st.just(name), st.dictionaries(st.sampled_from(fields), values, max_size=len(fields)))

    return st.sampled_from(sorted(REGISTRY)).flatmap(for_name)


def _check(reply_json: str) -> None:
    reply = json.loads(reply_json)
    if reply["ok"]:
        for value in reply["outputs"].values():
            assert not isinstance(value, float) or math.isfinite(value)
        assert "NaN" not in reply_json and "Infinity" not in reply_json
    else:
        assert set(reply["error"]) == {"field", "message"}
        assert reply["error"]["message"]
        assert reply["errors"][0] == reply["error"]
        assert all(set(error) == {"field", "message"} and error["message"] for error in reply["errors"])


@settings(max_examples=300)
@given(name=names, payload=json_values)
def test_arbitrary_json_values(name: str, payload: object) -> None:
    _check(run(name, json.dumps(payload)))


@settings(max_examples=500)
@given(case=_input_payloads())
def test_real_field_names_with_arbitrary_values(case: tuple[str, dict[str, object]]) -> None:
    name, payload = case
    _check(run(name, json.dumps(payload)))


@given(text=st.text(max_size=50))
def test_arbitrary_text_is_not_json(text: str) -> None:
    _check(run(sorted(REGISTRY)[0], text))


@settings(max_examples=100)
@given(name=names, text=st.text(max_size=40))
def test_arbitrary_text_that_may_not_be_json(name: str, text: str) -> None:
    _check(run(name, text))
