"""AWS Fargate: the per-second prices of the vCPU and memory a task or pod requests (Linux/x86, us-east-1)."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

VCPU_HOUR = Fact(
    key="fargate.vcpu_hour",
    label="Fargate vCPU, Linux/x86",
    value=0.04048,
    unit="USD per vCPU-hour",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/fargate/pricing/",
    evidence="third-party",
    note=(
        "AWS's pricing page renders the rates dynamically; read in third-party copies of it (Vantage's Fargate "
        "pricing table, March 2026 guides) and consistent with the ECS pricing page's worked example of "
        "0.000011244 USD per vCPU-second × 3,600. Billed per second with a one-minute minimum, on the requested vCPU."
    ),
)

GB_HOUR = Fact(
    key="fargate.gb_hour",
    label="Fargate memory, Linux/x86",
    value=0.004445,
    unit="USD per GB-hour",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/fargate/pricing/",
    evidence="third-party",
    note=(
        "Read in third-party copies of AWS's Fargate pricing table (Linux/x86, US East N. Virginia); billed on the "
        "requested memory, per second. 20 GB of ephemeral storage per task is included."
    ),
)

_TASK_SIZES_SOURCE = (
    "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ecs/aws.sdk.kotlin.services.ecs.model/-task-definition/memory.html"
)
_TASK_SIZES_NOTE = (
    "ECS API reference, TaskDefinition memory: Fargate accepts fixed CPU/memory pairs, from 0.25 vCPU with 0.5 GB "
    "up to 16 vCPU with 32-120 GB (8 and 16 vCPU need Linux platform 1.4.0 or later)."
)

MIN_VCPUS = Fact(
    key="fargate.min_vcpus",
    label="Smallest Fargate task CPU",
    value=0.25,
    unit="vCPUs",
    as_of=date(2026, 12, 4),
    source=_TASK_SIZES_SOURCE,
    evidence="aws",
    note=_TASK_SIZES_NOTE,
)

MAX_VCPUS = Fact(
    key="fargate.max_vcpus",
    label="Largest Fargate task CPU",
    value=16,
    unit="vCPUs",
    as_of=date(2026, 12, 4),
    source=_TASK_SIZES_SOURCE,
    evidence="aws",
    note=_TASK_SIZES_NOTE,
)

MIN_MEMORY_GB = Fact(
    key="fargate.min_memory_gb",
    label="Smallest Fargate task memory",
    value=0.5,
    unit="GB",
    as_of=date(2026, 12, 4),
    source=_TASK_SIZES_SOURCE,
    evidence="aws",
    note=_TASK_SIZES_NOTE,
)

MAX_MEMORY_GB = Fact(
    key="fargate.max_memory_gb",
    label="Largest Fargate task memory",
    value=120,
    unit="GB",
    as_of=date(2026, 12, 4),
    source=_TASK_SIZES_SOURCE,
    evidence="aws",
    note=_TASK_SIZES_NOTE,
)
