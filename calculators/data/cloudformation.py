"""AWS CloudFormation limits that decide how a stack is split."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

RESOURCES_PER_TEMPLATE = Fact(
    key="cloudformation.resources_per_template",
    label="CloudFormation resources per template",
    value=500,
    unit="resources",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html",
    evidence="aws",
    note=(
        "Quotas table row 'Resources': 500 per template (raised from 200 in 2020). Same value in AWS's own "
        "docs source repo awsdocs/aws-cloudformation-user-guide, doc_source/cloudformation-limits.md."
    ),
)

TEMPLATE_BODY_BYTES = Fact(
    key="cloudformation.template_body_bytes",
    label="CloudFormation template body passed in the API call",
    value=51_200,
    unit="bytes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html",
    evidence="aws",
    note="Quotas table row 'Template body size in a request' (CreateStack, UpdateStack, ValidateTemplate): 51,200 bytes.",
)

TEMPLATE_S3_MB = Fact(
    key="cloudformation.template_s3_mb",
    label="CloudFormation template uploaded to S3",
    value=1,
    unit="MB",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html",
    evidence="aws",
    note="Quotas table row 'Template body size in an Amazon S3 object': 1 MB (was 460,800 bytes before 2020).",
)
