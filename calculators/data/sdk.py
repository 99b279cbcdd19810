"""AWS SDKs and tools: client-side defaults that shape how a caller retries."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

STANDARD_MAX_ATTEMPTS = Fact(
    key="sdk.standard_max_attempts",
    label="AWS SDK standard retry mode: default maximum attempts per request",
    value=3,
    unit="attempts",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html",
    evidence="aws",
    note=(
        "AWS SDKs and Tools Reference Guide, Retry behavior: with retry_mode standard (and adaptive) the SDK "
        "makes three attempts unless max_attempts is set, so the first attempt plus two retries."
    ),
)
