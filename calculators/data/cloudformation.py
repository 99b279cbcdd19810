"""AWS CloudFormation limits that decide how a stack is split."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

RESOURCES_PER_TEMPLATE = Fact(
    key="cloudformation.resources_per_template",
    label="CloudFormation resources per template",
    value=500,
    unit="resources",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html",
    evidence="recalled",
)

TEMPLATE_BODY_BYTES = Fact(
    key="cloudformation.template_body_bytes",
    label="CloudFormation template body passed in the API call",
    value=51_200,
    unit="bytes",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html",
    evidence="recalled",
)

TEMPLATE_S3_MB = Fact(
    key="cloudformation.template_s3_mb",
    label="CloudFormation template uploaded to S3",
    value=1,
    unit="MB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html",
    evidence="recalled",
)
