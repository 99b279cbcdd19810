"""IAM policies under docs/snippets: valid JSON and grammar, parliament-clean, and they allow what the page says.

Evaluation: moto's ``IAMPolicy`` (moto.iam.access_control) only implements ``StringEquals``, skips any other
operator, lets a condition whose key is absent from the request pass, and turns a failed condition into an
explicit deny. It even reports the seed's broken policy as allowing GetObject. So a small evaluator here
implements the part of the AWS logic the samples use: Allow/Deny, Action/NotAction and Resource/NotResource
with ``*`` and ``?`` wildcards, and the String and Arn condition operators (negated forms, ``IfExists``).
moto is kept as a cross-check only for condition-free statements, where it is exact.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from moto.iam.access_control import IAMPolicy, PermissionResult

from tests.snippets.samples import SNIPPETS, sample_id, samples, tool

POLICIES = samples("iam_policy")
S3_READ = SNIPPETS / "iam" / "s3-read-uploads-policy.json"

# Seed erratum 38: both actions in one statement under an s3:prefix condition. GetObject requests carry no
# s3:prefix key, so the condition never matches them and no object can be read.
SEED_S3_READ_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": ["s3:GetObject", "s3:ListBucket"],
            "Resource": ["arn:aws:s3:::my-bucket", "arn:aws:s3:::my-bucket/*"],
            "Condition": {"StringEquals": {"s3:prefix": ["uploads/"]}},
        }
    ],
}

# Parliament findings accepted for a file, with the reason. Everything else above LOW fails.
JUSTIFIED_FINDINGS = {
    ("cross-account-trust-policy.json", "MALFORMED", "Statement contains neither Resource nor NotResource"): (
        "a role trust policy names a Principal and must not have a Resource element; parliament reads every "
        "document as an identity policy"
    ),
}
SEVERITIES = ["MUTE", "INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL"]

STATEMENT_KEYS = {"Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"}
CONDITION_OPERATOR = re.compile(
    r"^(ForAllValues:|ForAnyValue:)?(String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric\w+|Date\w+|Bool|"
    r"BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?$|^Null$"
)
ACTION = re.compile(r"^([a-z0-9-]+:[A-Za-z0-9*?]+|\*)$")


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def grammar_problems(policy: Any) -> list[str]:
    """Structural checks IAM applies before it evaluates anything."""
    if not isinstance(policy, dict):
        return ["a policy is a JSON object"]
    problems = []
    if policy.get("Version") != "2012-10-17":
        problems.append('Version must be "2012-10-17" (the 2008 grammar has no policy variables)')
    if set(policy) - {"Version", "Id", "Statement"}:
        problems.append(f"unknown top-level keys {sorted(set(policy) - {'Version', 'Id', 'Statement'})}")
    statements = _as_list(policy.get("Statement", []))
    if not statements:
        problems.append("no Statement")
    sids = [s.get("Sid") for s in statements if isinstance(s, dict) and "Sid" in s]
    if len(sids) != len(set(sids)):
        problems.append("duplicate Sid")
    for index, statement in enumerate(statements):
        where = f"Statement[{index}]"
        if set(statement) - STATEMENT_KEYS:
            problems.append(f"{where}: unknown keys {sorted(set(statement) - STATEMENT_KEYS)}")
        if statement.get("Effect") not in {"Allow", "Deny"}:
            problems.append(f"{where}: Effect must be Allow or Deny")
        if ("Action" in statement) == ("NotAction" in statement):
            problems.append(f"{where}: exactly one of Action and NotAction")
        for action in _as_list(statement.get("Action", statement.get("NotAction", []))):
            if not isinstance(action, str) or not ACTION.match(action):
                problems.append(f"{where}: malformed action {action!r}")
        has_principal = "Principal" in statement or "NotPrincipal" in statement
        if not has_principal and ("Resource" in statement) == ("NotResource" in statement):
            problems.append(f"{where}: exactly one of Resource and NotResource")
        if "Sid" in statement and not re.fullmatch(r"[A-Za-z0-9]+", statement["Sid"]):
            problems.append(f"{where}: Sid must be alphanumeric")
        for operator in statement.get("Condition", {}):
            if not CONDITION_OPERATOR.match(operator):
                problems.append(f"{where}: unknown condition operator {operator}")
    return problems


def _wildcard(pattern: str, value: str, ignore_case: bool = False) -> bool:
    """IAM wildcards: * any run of characters, ? one character; nothing else is special."""
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, value, re.IGNORECASE if ignore_case else 0) is not None


def _condition_holds(operator: str, key: str, expected: Any, context: dict[str, Any]) -> bool:
    if_exists = operator.endswith("IfExists")
    base = operator.removesuffix("IfExists")
    negated = "Not" in base
    if key not in context:
        return if_exists or negated
    actual = str(context[key])
    if base in {"StringEquals", "StringNotEquals", "ArnEquals", "ArnNotEquals"}:
        matched = any(actual == str(value) for value in _as_list(expected))
    elif base in {"StringLike", "StringNotLike", "ArnLike", "ArnNotLike"}:
        matched = any(_wildcard(str(value), actual) for value in _as_list(expected))
    else:
        raise NotImplementedError(f"the test evaluator does not implement {operator}")
    return not matched if negated else matched


def _statement_applies(statement: dict[str, Any], action: str, resource: str, context: dict[str, Any]) -> bool:
    if "Action" in statement:
        action_ok = any(_wildcard(a, action, ignore_case=True) for a in _as_list(statement["Action"]))
    else:
        action_ok = not any(_wildcard(a, action, ignore_case=True) for a in _as_list(statement["NotAction"]))
    if "Resource" in statement:
        resource_ok = any(_wildcard(r, resource) for r in _as_list(statement["Resource"]))
    else:
        resource_ok = not any(_wildcard(r, resource) for r in _as_list(statement.get("NotResource", [])))
    conditions_ok = all(
        _condition_holds(operator, key, expected, context)
        for operator, pairs in statement.get("Condition", {}).items()
        for key, expected in pairs.items()
    )
    return action_ok and resource_ok and conditions_ok


def evaluate(policy: dict[str, Any], action: str, resource: str, context: dict[str, Any] | None = None) -> str:
    """The decision for one request against one identity policy: Allow, ExplicitDeny or ImplicitDeny."""
    applying = [s for s in _as_list(policy["Statement"]) if _statement_applies(s, action, resource, context or {})]
    if any(s["Effect"] == "Deny" for s in applying):
        return "ExplicitDeny"
    return "Allow" if applying else "ImplicitDeny"


def test_collected_policies() -> None:
    assert POLICIES, "no IAM policies found under docs/snippets/iam"


@pytest.mark.parametrize("path", POLICIES, ids=sample_id)
def test_json_and_grammar(path: Path) -> None:
    assert grammar_problems(json.loads(path.read_text())) == []


@pytest.mark.parametrize(
    ("policy", "problem"),
    [
        ({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}, "Version"),
        ({"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "s3:*", "Resource": "*"}]}, "Effect"),
        ({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "GetObject", "Resource": "*"}]}, "action"),
        ({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject"}]}, "Resource"),
        (
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Conditions": {}}]},
            "unknown keys",
        ),
    ],
)
def test_grammar_check_can_fail(policy: dict[str, Any], problem: str) -> None:
    assert any(problem in found for found in grammar_problems(policy)), grammar_problems(policy)


def test_parliament() -> None:
    run = subprocess.run(
        [
            tool("parliament"),
            *("--json", "--minimum_severity", "INFO", "--include-community-auditors"),
            *("--files", ",".join(map(str, POLICIES))),
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode in {0, 1}, run.stderr
    findings = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    above_low = [
        f
        for f in findings
        if SEVERITIES.index(f["severity"]) > SEVERITIES.index("LOW")
        and (Path(f["location"]["filepath"]).name, f["issue"], f["detail"]) not in JUSTIFIED_FINDINGS
    ]
    assert not above_low, "\n".join(f"{f['location']['filepath']}: {f['issue']} {f['detail']}" for f in above_low)


def test_parliament_flags_the_seed_policy(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps(SEED_S3_READ_POLICY))
    run = subprocess.run(
        [tool("parliament"), "--json", "--files", str(seed)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    issues = {json.loads(line)["issue"] for line in run.stdout.splitlines() if line.strip()}
    assert "UNKNOWN_CONDITION_FOR_ACTION" in issues  # s3:prefix does not exist for s3:GetObject


class TestS3ReadPolicy:
    @pytest.fixture
    def policy(self) -> dict[str, Any]:
        return dict(json.loads(S3_READ.read_text()))

    def test_reads_objects_under_uploads_only(self, policy: dict[str, Any]) -> None:
        assert evaluate(policy, "s3:GetObject", "arn:aws:s3:::my-bucket/uploads/x") == "Allow"
        assert evaluate(policy, "s3:GetObject", "arn:aws:s3:::my-bucket/uploads/2026/01/x.jpg") == "Allow"
        assert evaluate(policy, "s3:GetObject", "arn:aws:s3:::my-bucket/other/x") == "ImplicitDeny"
        assert evaluate(policy, "s3:GetObject", "arn:aws:s3:::other-bucket/uploads/x") == "ImplicitDeny"
        assert evaluate(policy, "s3:PutObject", "arn:aws:s3:::my-bucket/uploads/x") == "ImplicitDeny"

    def test_lists_only_with_an_uploads_prefix(self, policy: dict[str, Any]) -> None:
        bucket = "arn:aws:s3:::my-bucket"
        assert evaluate(policy, "s3:ListBucket", bucket, {"s3:prefix": "uploads/"}) == "Allow"
        assert evaluate(policy, "s3:ListBucket", bucket, {"s3:prefix": "uploads/2026/"}) == "Allow"
        assert evaluate(policy, "s3:ListBucket", bucket, {"s3:prefix": "other/"}) == "ImplicitDeny"
        assert evaluate(policy, "s3:ListBucket", bucket, {"s3:prefix": ""}) == "ImplicitDeny"
        assert evaluate(policy, "s3:ListBucket", bucket) == "ImplicitDeny"  # no prefix: the whole bucket
        assert evaluate(policy, "s3:ListBucket", f"{bucket}/uploads/x", {"s3:prefix": "uploads/"}) == "ImplicitDeny"

    def test_moto_agrees_on_object_reads(self) -> None:
        moto_policy = IAMPolicy(S3_READ.read_text())
        allowed = moto_policy.is_action_permitted("s3:GetObject", "arn:aws:s3:::my-bucket/uploads/x")
        other = moto_policy.is_action_permitted("s3:GetObject", "arn:aws:s3:::my-bucket/other/x")
        assert (allowed, other) == (PermissionResult.PERMITTED, PermissionResult.NEUTRAL)

    def test_seed_version_grants_no_object_read(self) -> None:
        """Seed erratum 38: with s3:prefix on the GetObject statement, GetObject is never allowed."""
        assert evaluate(SEED_S3_READ_POLICY, "s3:GetObject", "arn:aws:s3:::my-bucket/uploads/x") == "ImplicitDeny"
        assert evaluate(SEED_S3_READ_POLICY, "s3:ListBucket", "arn:aws:s3:::my-bucket", {"s3:prefix": "uploads/"}) == "Allow"


def test_evaluator_handles_deny_and_not_action() -> None:
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
            {"Effect": "Deny", "NotAction": "s3:Get*", "Resource": "arn:aws:s3:::vault/*"},
            {
                "Effect": "Deny",
                "Action": "s3:*",
                "Resource": "*",
                "Condition": {"StringNotEqualsIfExists": {"aws:RequestedRegion": "eu-west-1"}},
            },
        ],
    }
    context = {"aws:RequestedRegion": "eu-west-1"}
    assert evaluate(policy, "s3:GetObject", "arn:aws:s3:::vault/a", context) == "Allow"
    assert evaluate(policy, "s3:DeleteObject", "arn:aws:s3:::vault/a", context) == "ExplicitDeny"
    assert evaluate(policy, "s3:DeleteObject", "arn:aws:s3:::open/a", context) == "Allow"
    assert evaluate(policy, "s3:GetObject", "arn:aws:s3:::open/a", {"aws:RequestedRegion": "us-east-1"}) == "ExplicitDeny"
    assert evaluate(policy, "s3:GetObject", "arn:aws:s3:::open/a") == "ExplicitDeny"  # IfExists: absent key matches
    assert not _wildcard("arn:aws:s3:::b/[a]", "arn:aws:s3:::b/a")  # IAM has no glob character classes


class TestScp:
    def test_denies_guardrail_changes_for_everyone(self) -> None:
        scp = json.loads((SNIPPETS / "iam" / "scp-protect-guardrails.json").read_text())
        for action in ("cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "organizations:LeaveOrganization"):
            assert evaluate(scp, action, "arn:aws:cloudtrail:us-east-1:111122223333:trail/org") == "ExplicitDeny"
        # An SCP grants nothing: whatever it does not deny still needs an identity policy.
        assert evaluate(scp, "cloudtrail:LookupEvents", "*") == "ImplicitDeny"


class TestTrustPolicy:
    def test_only_the_pipeline_role_with_the_external_id(self) -> None:
        trust = json.loads((SNIPPETS / "iam" / "cross-account-trust-policy.json").read_text())
        (statement,) = trust["Statement"]
        assert statement["Principal"] == {"AWS": "arn:aws:iam::111122223333:role/deploy-pipeline"}
        assert re.fullmatch(r"arn:aws:iam::\d{12}:role/[\w+=,.@-]+", statement["Principal"]["AWS"])
        assert statement["Action"] == "sts:AssumeRole"
        assert _condition_holds("StringEquals", "sts:ExternalId", "orders-prod-deploy", {"sts:ExternalId": "orders-prod-deploy"})
        assert not _condition_holds("StringEquals", "sts:ExternalId", "orders-prod-deploy", {})
