"""Helpers shared by the CloudFormation and CDK sample tests: cfn-lint runs and the inline Lambda code."""

from __future__ import annotations

import json
import subprocess
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import boto3
import yaml

from tests.snippets.samples import tool


class _CfnLoader(yaml.SafeLoader):
    """YAML loader that keeps CloudFormation short-form tags (!Ref, !GetAtt, !Sub...) as {"Fn::X": value}."""


def _construct_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    name = "Ref" if suffix == "Ref" else f"Fn::{suffix}"
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
        if suffix == "GetAtt":
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return {name: value}


_CfnLoader.add_multi_constructor("!", _construct_tag)


def load_template(path: Path) -> dict[str, Any]:
    """A CloudFormation template (YAML with short-form tags, or JSON) as plain data."""
    text = path.read_text()
    if path.suffix == ".json":
        return dict(json.loads(text))
    return dict(yaml.load(text, Loader=_CfnLoader))  # a SafeLoader subclass: no arbitrary objects


def cfn_lint(paths: list[Path], ignore_checks: tuple[str, ...] = ()) -> dict[str, list[dict[str, Any]]]:
    """Run cfn-lint once over ``paths``; return its findings by file name (every file gets a key)."""
    command = [tool("cfn-lint"), "--format", "json"]
    if ignore_checks:
        command += ["--ignore-checks", *ignore_checks]
    run = subprocess.run([*command, "--", *map(str, paths)], capture_output=True, text=True, check=False)
    assert run.returncode in {0, 2, 4, 6, 8, 10, 12, 14}, f"cfn-lint crashed ({run.returncode}):\n{run.stderr}"
    findings: dict[str, list[dict[str, Any]]] = {str(path): [] for path in paths}
    for match in json.loads(run.stdout or "[]"):
        findings.setdefault(match["Filename"], []).append(match)
    return findings


def describe(findings: list[dict[str, Any]]) -> str:
    return "\n".join(f"  {m['Rule']['Id']} line {m['Location']['Start']['LineNumber']}: {m['Message']}" for m in findings)


def python_functions(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The template's Lambda functions with inline (ZipFile) Python code, by logical ID."""
    return {
        name: resource["Properties"]
        for name, resource in template.get("Resources", {}).items()
        if resource.get("Type") == "AWS::Lambda::Function"
        and str(resource.get("Properties", {}).get("Runtime", "")).startswith("python")
        and isinstance(resource["Properties"].get("Code", {}).get("ZipFile"), str)
    }


def run_order_handler(source: str) -> None:
    """Run the inline "create an order" handler both IaC samples deploy, against a moto table.

    The caller provides the moto context (the ``aws`` fixture) and sets TABLE_NAME to "orders".
    """
    table = boto3.resource("dynamodb").create_table(
        TableName="orders",
        KeySchema=[{"AttributeName": "order_id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "order_id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    namespace: dict[str, Any] = {"__name__": "index"}
    exec(compile(source, "index.py", "exec"), namespace)  # what Lambda does with index.py
    response = namespace["handler"]({"body": json.dumps({"sku": "tv-55", "price": 499.99, "qty": 2})}, None)
    assert response["statusCode"] == 201
    order_id = json.loads(response["body"])["order_id"]
    assert uuid.UUID(order_id)
    stored = table.get_item(Key={"order_id": order_id})["Item"]
    assert stored == {"order_id": order_id, "sku": "tv-55", "price": Decimal("499.99"), "qty": 2}
    # An empty body still creates an order with just an ID (the handler does no validation).
    assert namespace["handler"]({"body": None}, None)["statusCode"] == 201
