"""CDK apps under docs/snippets synthesize (offline, jsii on the local Node) into templates that pass cfn-lint.

Synthesis runs in a subprocess: jsii starts a Node process per interpreter and reads its environment once,
and the pytest process turns every warning into an error. The subprocess runs the app file exactly as
``cdk synth`` does (``python cdk_app.py``), once per stage, with ``App`` pointed at a temporary outdir.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.snippets.iac import cfn_lint, describe, python_functions, run_order_handler
from tests.snippets.samples import SNIPPETS, sample_id, samples

CDK_APPS = samples("cdk_app")
STAGES = ("dev", "prod")

# CDK writes these; the app's author cannot change them, so they are not held against the sample.
JUSTIFIED_IGNORES = {
    "W3005": "lambda.Function adds DependsOn on its service role next to the Fn::GetAtt of the same role",
}

_SYNTH = """
import runpy, sys
import aws_cdk

app_file, out_root, stages = sys.argv[1], sys.argv[2], sys.argv[3:]
RealApp = aws_cdk.App
for stage in stages:
    def app(*args, _stage=stage, **kwargs):
        kwargs["outdir"] = f"{out_root}/{_stage}"
        kwargs["context"] = {**kwargs.get("context", {}), "stage": _stage}  # as `cdk synth -c stage=...`
        return RealApp(*args, **kwargs)
    aws_cdk.App = app
    runpy.run_path(app_file, run_name="__main__")
"""


def _node_major() -> str:
    node = shutil.which("node")
    assert node, "the CDK sample needs Node.js on PATH (jsii runs the CDK's JavaScript on it)"
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=True).stdout
    match = re.match(r"v(\d+)\.", version)
    assert match, version
    return match.group(1)


def synthesize(app_file: Path, out_root: Path) -> dict[str, list[Path]]:
    """Templates written by ``app_file`` for each stage."""
    env = {
        **os.environ,
        "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION": "1",
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": _node_major(),  # synth works; the banner is noise
        "JSII_DEPRECATED": "fail",  # a deprecated CDK API in a sample fails the synth
        "CDK_DEFAULT_ACCOUNT": "123456789012",  # what the CDK CLI would fill in from credentials
        "CDK_DEFAULT_REGION": "us-east-1",
    }
    for variable in ("CDK_DEPLOY_ACCOUNT", "CDK_DEPLOY_REGION", "CDK_CONTEXT_JSON", "CDK_OUTDIR"):
        env.pop(variable, None)
    run = subprocess.run(
        [sys.executable, "-c", _SYNTH, str(app_file), str(out_root), *STAGES],
        cwd=out_root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, f"synth of {sample_id(app_file)} failed:\n{run.stdout}\n{run.stderr}"
    return {stage: sorted((out_root / stage).glob("*.template.json")) for stage in STAGES}


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, dict[str, list[Path]]]:
    return {app: synthesize(app, tmp_path_factory.mktemp(app.stem)) for app in CDK_APPS}


def test_collected_cdk_apps() -> None:
    assert CDK_APPS, "no CDK app found under docs/snippets"


@pytest.mark.parametrize("app", CDK_APPS, ids=sample_id)
def test_synthesized_templates_pass_cfn_lint(app: Path, synthesized: dict[Path, dict[str, list[Path]]]) -> None:
    templates = [template for stage in STAGES for template in synthesized[app][stage]]
    assert templates, f"{sample_id(app)} synthesized no stack"
    for template, findings in cfn_lint(templates, ignore_checks=tuple(JUSTIFIED_IGNORES)).items():
        problems = [m for m in findings if m["Level"] in {"Error", "Warning"}]
        assert not problems, f"{Path(template).name}:\n{describe(problems)}"


def _resources(template: Path, resource_type: str) -> list[dict[str, Any]]:
    resources = json.loads(template.read_text())["Resources"]
    return [resource for resource in resources.values() if resource["Type"] == resource_type]


class TestOrdersApp:
    APP = SNIPPETS / "iac" / "cdk_app.py"

    @pytest.fixture
    def templates(self, synthesized: dict[Path, dict[str, list[Path]]]) -> dict[str, Path]:
        by_stage = synthesized[self.APP]
        assert all(len(by_stage[stage]) == 1 for stage in STAGES), by_stage
        assert [path.name for path in by_stage["prod"]] == ["OrdersApi-prod.template.json"]
        return {stage: by_stage[stage][0] for stage in STAGES}

    def test_table(self, templates: dict[str, Path]) -> None:
        for stage, expected_policy in (("dev", "Delete"), ("prod", "Retain")):
            (table,) = _resources(templates[stage], "AWS::DynamoDB::Table")
            assert table["DeletionPolicy"] == table["UpdateReplacePolicy"] == expected_policy
            properties = table["Properties"]
            assert properties["KeySchema"] == [{"AttributeName": "order_id", "KeyType": "HASH"}]
            assert properties["BillingMode"] == "PAY_PER_REQUEST"
            assert properties["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}

    def test_function(self, templates: dict[str, Path]) -> None:
        (function,) = _resources(templates["dev"], "AWS::Lambda::Function")
        properties = function["Properties"]
        assert properties["Runtime"] == "python3.12"
        assert (properties["Handler"], properties["MemorySize"], properties["Timeout"]) == ("index.handler", 256, 10)
        assert "Ref" in properties["Environment"]["Variables"]["TABLE_NAME"]
        (log_group,) = _resources(templates["dev"], "AWS::Logs::LogGroup")
        assert log_group["Properties"]["RetentionInDays"] == 30
        (policy,) = _resources(templates["dev"], "AWS::IAM::Policy")
        actions = {a for s in policy["Properties"]["PolicyDocument"]["Statement"] for a in _as_list(s["Action"])}
        assert "dynamodb:PutItem" in actions
        assert not any(action.startswith("dynamodb:Get") or action == "dynamodb:*" for action in actions)

    def test_api(self, templates: dict[str, Path]) -> None:
        for stage in STAGES:
            (api,) = _resources(templates[stage], "AWS::ApiGateway::RestApi")
            assert api["Properties"]["Name"] == "OrdersApi"
            (stage_resource,) = _resources(templates[stage], "AWS::ApiGateway::Stage")
            assert stage_resource["Properties"]["StageName"] == stage
            (resource,) = _resources(templates[stage], "AWS::ApiGateway::Resource")
            assert resource["Properties"]["PathPart"] == "orders"
            (method,) = _resources(templates[stage], "AWS::ApiGateway::Method")
            assert method["Properties"]["HttpMethod"] == "POST"
            assert method["Properties"]["Integration"]["Type"] == "AWS_PROXY"
            assert not _resources(templates[stage], "AWS::ApiGateway::Account")  # cloud_watch_role=False

    def test_account_comes_from_the_environment(self, templates: dict[str, Path]) -> None:
        """Seed erratum 40 hard-coded a 9-digit account; the app takes the one the CDK CLI supplies."""
        for stage in STAGES:
            manifest = json.loads((templates[stage].parent / "manifest.json").read_text())
            assert manifest["artifacts"][f"OrdersApi-{stage}"]["environment"] == "aws://123456789012/us-east-1"

    @pytest.mark.usefixtures("aws")
    def test_inline_handler_writes_orders(self, templates: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
        (function,) = python_functions(json.loads(templates["dev"].read_text())).values()
        monkeypatch.setenv("TABLE_NAME", "orders")
        run_order_handler(function["Code"]["ZipFile"])


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value
