"""CloudFormation templates under docs/snippets pass cfn-lint, and their inline Lambda code runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.snippets.iac import cfn_lint, describe, load_template, python_functions, run_order_handler
from tests.snippets.samples import SNIPPETS, sample_id, samples

TEMPLATES = samples("cloudformation")

# Seed erratum 39: a block scalar inside a flow mapping is not valid YAML.
SEED_FLOW_MAPPING_ZIPFILE = """\
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/example
      Code: { ZipFile: |
          def handler(event, context):
              return {"statusCode": 200}
      }
"""

# Warnings a hand-written template may carry, each with the reason. Empty: none is justified today.
JUSTIFIED_WARNINGS: dict[str, str] = {}


@pytest.fixture(scope="module")
def lint_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    """One cfn-lint run over every template plus the seed's broken one (start-up is the slow part)."""
    seed = tmp_path_factory.mktemp("cfn") / "seed-flow-mapping.yaml"
    seed.write_text(SEED_FLOW_MAPPING_ZIPFILE)
    return cfn_lint([*TEMPLATES, seed])


def test_collected_templates() -> None:
    assert TEMPLATES, "no CloudFormation templates found under docs/snippets"


@pytest.mark.parametrize("path", TEMPLATES, ids=sample_id)
def test_passes_cfn_lint(path: Path, lint_results: dict[str, list[dict[str, Any]]]) -> None:
    findings = lint_results[str(path)]
    errors = [m for m in findings if m["Level"] == "Error"]
    assert not errors, f"cfn-lint errors:\n{describe(errors)}"
    warnings = [m for m in findings if m["Level"] == "Warning" and m["Rule"]["Id"] not in JUSTIFIED_WARNINGS]
    assert not warnings, f"cfn-lint warnings (fix, or justify in JUSTIFIED_WARNINGS):\n{describe(warnings)}"


def test_cfn_lint_rejects_the_seed_flow_mapping(lint_results: dict[str, list[dict[str, Any]]]) -> None:
    (seed,) = (name for name in lint_results if name.endswith("seed-flow-mapping.yaml"))
    assert [m["Rule"]["Id"] for m in lint_results[seed]] == ["E0000"]


@pytest.mark.parametrize("path", TEMPLATES, ids=sample_id)
def test_inline_python_code_compiles(path: Path) -> None:
    for name, properties in python_functions(load_template(path)).items():
        compile(properties["Code"]["ZipFile"], f"{sample_id(path)}:{name}", "exec", dont_inherit=True)


@pytest.mark.usefixtures("aws")
def test_api_function_code_writes_orders(monkeypatch: pytest.MonkeyPatch) -> None:
    template = load_template(SNIPPETS / "iac" / "api-lambda-dynamodb.yaml")
    function = python_functions(template)["ApiFunction"]
    assert function["Environment"]["Variables"]["TABLE_NAME"] == {"Ref": "OrdersTable"}
    monkeypatch.setenv("TABLE_NAME", "orders")
    run_order_handler(function["Code"]["ZipFile"])


def test_api_template_claims() -> None:
    """What the IaC page says about the template: retained data, bounded logs, a least-privilege role."""
    resources = load_template(SNIPPETS / "iac" / "api-lambda-dynamodb.yaml")["Resources"]
    table = resources["OrdersTable"]
    assert table["DeletionPolicy"] == table["UpdateReplacePolicy"] == "Retain"
    assert table["Properties"]["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert resources["ApiFunctionLogs"]["Properties"]["RetentionInDays"] == 30
    (statement,) = resources["ApiFunctionRole"]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"]
    assert statement["Resource"] == {"Fn::GetAtt": ["OrdersTable", "Arn"]}
    assert all(action.startswith("dynamodb:") and "*" not in action for action in statement["Action"])
    assert "TableName" not in table["Properties"]  # no physical names: replacements cannot collide
    assert "FunctionName" not in resources["ApiFunction"]["Properties"]
