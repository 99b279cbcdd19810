"""The list of calculators, by contract name. Adding a calculator means adding its module here."""

from __future__ import annotations

from importlib import import_module
from typing import cast

from calculators._core import Calculator, InputError

# One module per calculator, named like the calculator; the order is the order of `list`.
NAMES = (
    "alb_cost",
    "api_gateway_cost",
    "availability",
    "cidr_subnets",
    "cloudfront_cost",
    "dr_pattern",
    "dynamodb_break_even",
    "dynamodb_capacity",
    "dynamodb_write_sharding",
    "ec2_fleet_cost",
    "eks_max_pods",
    "k8s_hpa",
    "k8s_node_packing",
    "kinesis_shards",
    "lambda_concurrency",
    "lambda_cost",
    "nat_gateway_cost",
    "s3_multipart",
    "s3_request_rate",
    "s3_storage_cost",
    "shuffle_sharding",
    "sqs_throughput",
    "traffic_estimate",
)

_MODULES = tuple(cast(Calculator, import_module(f"calculators.{name}")) for name in NAMES)
REGISTRY: dict[str, Calculator] = {module.NAME: module for module in _MODULES}


def get(name: str) -> Calculator:
    """Look a calculator up by name, failing with the declared error type."""
    try:
        return REGISTRY[name]
    except (KeyError, TypeError):
        raise InputError("name", f"unknown calculator {str(name)[:60]!r}; see `python -m calculators list`") from None
