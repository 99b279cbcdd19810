"""Every price and limit the calculators and the guide use, one module per service, each fact dated and sourced.

``CURRENT`` is the set the site, the widgets and the command line compute with; calculators receive it
(``calculate(values, facts)``) instead of importing module globals, so tests can pass round numbers of their
own and a price refresh changes no worked example. ``make update-prices`` rewrites the price-list values in
these modules; everything else is edited by hand (see CONTRIBUTING.md, "Add a fact").
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from calculators.data._fact import EVIDENCE_LEVELS, Fact, Facts, PriceList, Provenance

SERVICES = (
    "api_gateway",
    "cloudformation",
    "cloudfront",
    "dynamodb",
    "ec2",
    "eks",
    "elasticache",
    "elb",
    "fargate",
    "iam",
    "kinesis",
    "kubernetes",
    "lambda_",
    "messaging",
    "msk",
    "rds",
    "route53",
    "s3",
    "sdk",
    "slas",
    "vpc",
)
"""One data module per service, by file name."""

MODULES: tuple[ModuleType, ...] = tuple(import_module(f"calculators.data.{name}") for name in SERVICES)


def module_facts(module: ModuleType) -> tuple[Fact, ...]:
    """The facts one service module defines, in source order."""
    return tuple(value for value in vars(module).values() if isinstance(value, Fact))


CURRENT = Facts.of(fact for module in MODULES for fact in module_facts(module))

__all__ = [
    "CURRENT",
    "EVIDENCE_LEVELS",
    "MODULES",
    "SERVICES",
    "Fact",
    "Facts",
    "PriceList",
    "Provenance",
    "module_facts",
]
