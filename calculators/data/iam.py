"""AWS IAM quotas."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

MANAGED_POLICIES_PER_ROLE = Fact(
    key="iam.managed_policies_per_role",
    label="IAM managed policies attached to a role or user (default)",
    value=10,
    unit="policies",
    as_of=date(2026, 12, 4),
    source="https://repost.aws/knowledge-center/iam-increase-policy-size",
    evidence="aws",
    note="Default 10 managed policies per role or user; a quota increase raises it to at most 20 (AWS Knowledge Center).",
)

MANAGED_POLICY_CHARS = Fact(
    key="iam.managed_policy_chars",
    label="IAM managed policy document size (whitespace excluded)",
    value=6144,
    unit="characters",
    as_of=date(2026, 12, 4),
    source="https://repost.aws/knowledge-center/iam-increase-policy-size",
    evidence="aws",
    note="Managed policy document limit 6,144 characters, whitespace not counted (AWS Knowledge Center; IAM quotas page).",
)
