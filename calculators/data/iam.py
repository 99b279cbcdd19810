"""AWS IAM quotas."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

MANAGED_POLICIES_PER_ROLE = Fact(
    key="iam.managed_policies_per_role",
    label="IAM managed policies attached to a role or user (default)",
    value=10,
    unit="policies",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html",
    evidence="recalled",
    note="Adjustable through Service Quotas.",
)

MANAGED_POLICY_CHARS = Fact(
    key="iam.managed_policy_chars",
    label="IAM managed policy document size (whitespace excluded)",
    value=6144,
    unit="characters",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html",
    evidence="recalled",
)
