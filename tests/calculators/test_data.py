"""Every price and limit is dated, sourced, sane, defined once, and kept in its service's module."""

from __future__ import annotations

import itertools

import pytest

from calculators._pricing import tiers_from_facts
from calculators.data import CURRENT, MODULES, Fact, Facts, module_facts

ALL = sorted(CURRENT.values(), key=lambda fact: fact.key)


def test_a_key_defined_twice_is_refused() -> None:
    fact = ALL[0]
    with pytest.raises(ValueError, match="defined twice"):
        Facts.of([fact, fact])


def test_every_fact_is_in_current_once() -> None:
    declared = [fact for module in MODULES for fact in module_facts(module)]
    assert len(declared) == len(CURRENT)


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__.rsplit(".", 1)[-1])
def test_a_module_holds_one_service(module: object) -> None:
    """Facts by service: a module's keys share a prefix family, so a reader finds a fact where expected."""
    prefixes = {fact.service for fact in module_facts(module)}  # type: ignore[arg-type]
    assert prefixes, "an empty data module"
    assert len(prefixes) <= 3, f"{module} mixes services: {sorted(prefixes)}"


@pytest.mark.parametrize("fact", ALL, ids=lambda fact: fact.key)
def test_fact_is_for_the_guides_region(fact: Fact) -> None:
    """Key, date, source and evidence are checked in test_conventions.py with messages that say what to do."""
    assert fact.region == "us-east-1", "prices and limits are for us-east-1; another Region's figure needs its own fact"


TIER_GROUPS = [
    ("apigw.rest_first_333m", "apigw.rest_next_667m", "apigw.rest_next_19b", "apigw.rest_over_20b"),
    ("apigw.http_first_300m", "apigw.http_over_300m"),
    ("lambda.gb_second_x86", "lambda.gb_second_x86_tier2", "lambda.gb_second_x86_tier3"),
    ("lambda.gb_second_arm", "lambda.gb_second_arm_tier2", "lambda.gb_second_arm_tier3"),
    ("s3.standard_first_50tb", "s3.standard_next_450tb", "s3.standard_over_500tb"),
    ("sqs.standard_million", "sqs.standard_next_100b", "sqs.standard_over_200b"),
]


@pytest.mark.parametrize("keys", TIER_GROUPS, ids=lambda keys: keys[0])
def test_tiers_are_contiguous_and_cheaper_with_volume(keys: tuple[str, ...]) -> None:
    tiers = tiers_from_facts(CURRENT, keys)
    assert len(tiers) == len(keys)
    assert tiers[-1].size is None
    assert all(later.price <= earlier.price for earlier, later in itertools.pairwise(tiers))


def test_a_gap_between_tiers_is_refused() -> None:
    broken = Facts({**CURRENT.by_key, "s3.standard_next_450tb": _shifted(CURRENT["s3.standard_next_450tb"])})
    with pytest.raises(ValueError, match="contiguous"):
        tiers_from_facts(broken, TIER_GROUPS[4])


def _shifted(fact: Fact) -> Fact:
    from dataclasses import replace

    return replace(fact, tier_begin=fact.tier_begin + 1)


def test_with_values_replaces_only_what_it_names() -> None:
    changed = CURRENT.with_values({"lambda.request_million": 1.0})
    assert changed.value("lambda.request_million") == 1.0
    assert changed["lambda.request_million"].as_of == CURRENT["lambda.request_million"].as_of
    assert changed.value("lambda.timeout_s") == CURRENT.value("lambda.timeout_s")
    with pytest.raises(KeyError, match="no such facts"):
        CURRENT.with_values({"lambda.no_such_price": 1.0})


def test_a_missing_key_says_where_to_add_it() -> None:
    with pytest.raises(KeyError, match="calculators/data"):
        CURRENT["nope.nothing"]


def test_every_price_has_a_round_stand_in_for_the_tests() -> None:
    from tests.calculators.round_facts import ROUND, ROUND_PRICES

    prices = {fact.key for fact in CURRENT.values() if fact.is_price}
    missing, stale = sorted(prices - set(ROUND_PRICES)), sorted(set(ROUND_PRICES) - prices)
    assert not missing, f"add a round stand-in for {missing} to ROUND_PRICES in tests/calculators/round_facts.py"
    assert not stale, f"remove {stale} from ROUND_PRICES in tests/calculators/round_facts.py: no such price fact"
    for keys in TIER_GROUPS:
        tiers = tiers_from_facts(ROUND, keys)
        assert all(later.price < earlier.price for earlier, later in itertools.pairwise(tiers)), keys
