"""The calculators, discovered: every public module of the package that has a calculator's shape.

A contributor adds a calculator by adding its module; nothing else lists it. Modules that are not
calculators are either private (``_core``, ``_pricing``: a leading underscore) or named in
``SUPPORT_MODULES``, and a test fails on any other module, so a half-written calculator cannot
silently vanish from the catalogue.
"""

from __future__ import annotations

import pkgutil
from importlib import import_module
from types import ModuleType
from typing import cast

import calculators
from calculators._core import Calculator, InputError

SUPPORT_MODULES = frozenset({"charts", "cli", "data", "drills", "registry", "render", "sensitivity", "svg", "units", "web"})
"""Public modules that serve the calculators rather than being one."""

CALCULATOR_ATTRIBUTES = ("NAME", "TITLE", "SUMMARY", "INPUTS", "calculate")

QUESTIONS = {
    "size": "How big must it be? Traffic, shards, partitions, nodes, pods and addresses",
    "cost": "What will it cost?",
    "reliability": "Will it stay up? Availability, quorums, retries and recovery",
}
"""The question each calculator answers (its ``QUESTION``), as the Calculators index groups them, in that order."""
"""What makes a module a calculator (see ``calculators._core.Calculator``)."""


def candidate_names() -> tuple[str, ...]:
    """Every module of the package that should be a calculator, sorted: public and not a support module."""
    found = (info.name for info in pkgutil.iter_modules(calculators.__path__))
    return tuple(sorted(name for name in found if not name.startswith("_") and name not in SUPPORT_MODULES))


def is_calculator(module: ModuleType) -> bool:
    """Whether ``module`` has everything the registry and the front ends rely on."""
    return all(hasattr(module, attribute) for attribute in CALCULATOR_ATTRIBUTES)


def _discover() -> dict[str, Calculator]:
    modules = [import_module(f"calculators.{name}") for name in candidate_names()]
    return {module.NAME: cast(Calculator, module) for module in modules if is_calculator(module)}


REGISTRY: dict[str, Calculator] = _discover()
NAMES = tuple(REGISTRY)
"""Calculator names in the order of `python -m calculators list`: alphabetical."""


def get(name: str) -> Calculator:
    """Look a calculator up by name, failing with the declared error type."""
    try:
        return REGISTRY[name]
    except (KeyError, TypeError):
        raise InputError("name", f"unknown calculator {str(name)[:60]!r}; see `python -m calculators list`") from None
