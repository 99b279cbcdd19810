"""Every price and limit is dated, sourced and sane."""

from __future__ import annotations

import datetime as dt

import pytest

from calculators.data import FACTS, aws_limits, aws_prices, kubernetes, slas
from calculators.data._fact import Fact

ALL = sorted(FACTS.values(), key=lambda fact: fact.key)


def test_keys_are_unique_across_modules() -> None:
    declared = [v for m in (aws_prices, aws_limits, kubernetes, slas) for v in vars(m).values() if isinstance(v, Fact)]
    assert len({fact.key for fact in declared}) == len(declared)


@pytest.mark.parametrize("fact", ALL, ids=lambda fact: fact.key)
def test_fact_is_dated_sourced_and_positive(fact: Fact) -> None:
    assert fact.source.startswith("https://")
    assert fact.value > 0
    assert fact.unit and fact.label
    assert fact.as_of <= dt.date.today()
    assert fact.evidence in {"aws", "third-party", "recalled"}
    assert fact.region == "us-east-1"
