"""The list of calculators, by contract name. Adding a calculator means adding its module here."""

from __future__ import annotations

from calculators import dynamodb_capacity, kinesis_shards, lambda_cost
from calculators._core import Calculator, InputError

_MODULES: tuple[Calculator, ...] = (
    dynamodb_capacity,
    kinesis_shards,
    lambda_cost,
)

REGISTRY: dict[str, Calculator] = {module.NAME: module for module in _MODULES}


def get(name: str) -> Calculator:
    """Look a calculator up by name, failing with the declared error type."""
    try:
        return REGISTRY[name]
    except (KeyError, TypeError):
        raise InputError("name", f"unknown calculator {str(name)[:60]!r}; see `python -m calculators list`") from None
