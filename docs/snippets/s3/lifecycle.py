"""Lifecycle rules: tier log objects down as they age, expire them after seven years, and clean up.

Objects are written to S3 Standard, so there is no "day 0 to STANDARD" transition. Each transition
must respect the storage classes' minimum durations (30 days before Standard-IA, 30 days in
Standard-IA before Glacier), or S3 rejects the rule or bills the remainder of the minimum.
"GLACIER" is the API name of S3 Glacier Flexible Retrieval ("GLACIER_IR" is Glacier Instant Retrieval).
By default, lifecycle does not transition objects smaller than 128 KB.
"""

from __future__ import annotations

from typing import Any

SEVEN_YEARS_DAYS = 2555

LIFECYCLE_RULES: list[dict[str, Any]] = [
    {
        "ID": "logs-tier-down-then-expire",
        "Filter": {"Prefix": "logs/"},
        "Status": "Enabled",
        "Transitions": [
            {"Days": 30, "StorageClass": "STANDARD_IA"},
            {"Days": 90, "StorageClass": "GLACIER"},
            {"Days": 365, "StorageClass": "DEEP_ARCHIVE"},
        ],
        "Expiration": {"Days": SEVEN_YEARS_DAYS},
        # With versioning on, an expired object becomes a noncurrent version; delete those too.
        "NoncurrentVersionExpiration": {"NoncurrentDays": 30},
    },
    {
        # Parts of abandoned multipart uploads are billed until aborted; apply to the whole bucket.
        "ID": "abort-incomplete-multipart-uploads",
        "Filter": {"Prefix": ""},
        "Status": "Enabled",
        "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7},
    },
]


def apply_lifecycle(s3: Any, bucket: str, rules: list[dict[str, Any]] = LIFECYCLE_RULES) -> None:
    """Replace the bucket's lifecycle configuration with ``rules``. ``s3`` is ``boto3.client("s3")``."""
    s3.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": rules})


def lifecycle_rule_ids(s3: Any, bucket: str) -> list[str]:
    """The IDs of the rules now on the bucket."""
    response = s3.get_bucket_lifecycle_configuration(Bucket=bucket)
    return [rule["ID"] for rule in response["Rules"]]
