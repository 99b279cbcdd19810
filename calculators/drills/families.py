"""The drill families: one per calculator where estimating out loud makes sense, plus chains of calculators.

Scenario numbers are workload assumptions an interviewer states (rates, sizes, counts); every price and limit
comes from the calculators' dated facts. Choices are round numbers a candidate can do in their head, and each
family keeps its scenarios inside the calculator's bounds (``tests/calculators/test_drills.py`` solves many
seeds of every family and pushback).
"""

from __future__ import annotations

from collections.abc import Mapping

from calculators._core import Choice, Value
from calculators.data import CURRENT
from calculators.drills._model import Ask, Family, Outputs, Pushback, Scenario, Stage
from calculators.registry import get
from calculators.render import format_value
from calculators.units import BYTES_PER_GIB, GB_PER_TB


def n(value: Value) -> str:
    """A scenario number as said aloud in the question: ``40,000``, ``1.2``."""
    return format_value(value)


def times(name: str, factor: float, label: str) -> Pushback:
    """The follow-up "what if ``name`` were ``factor`` times larger?"."""
    return Pushback(f"{name}_x{factor:g}", label, lambda s: {name: float(s[name]) * factor})


def scale_all(names: tuple[str, ...], factor: float, label: str) -> Pushback:
    """Several numbers grow together (reads and writes, average and peak)."""
    return Pushback(f"traffic_x{factor:g}", label, lambda s: {k: float(s[k]) * factor for k in names})


def setting(name: str, value: Value, label: str) -> Pushback:
    """The follow-up "and with this option instead?"."""
    return Pushback(f"{name}_{value}".lower(), label, lambda s: {name: value})


def only(calculator: str, *asks: Ask) -> tuple[Stage, ...]:
    """A one-calculator family: the scenario is the calculator's inputs."""
    return (Stage(calculator, asks),)


def _on(flag: Value, text: str) -> str:
    return text if flag else ""


def label(calculator: str, name: str, value: Value) -> str:
    """A choice as AWS names it ("S3 Glacier Instant Retrieval"), from the calculator's own declaration."""
    for spec in get(calculator).INPUTS:
        if spec.name == name and isinstance(spec, Choice):
            return spec.label_of(str(value))
    raise LookupError(f"{calculator} has no choice {name!r}")


def count(value: Value, singular: str, plural: str) -> str:
    """``1 consumer``, ``3 consumers``."""
    return f"{n(value)} {singular if value == 1 else plural}"


def peaks(factor: Value, sized: str = "") -> str:
    """How bursty the traffic is, as the interviewer says it."""
    if factor == 1:
        return "traffic is steady"
    return f"traffic peaks at {n(factor)}x the average{sized}"


KINESIS = Family(
    name="kinesis",
    title="Kinesis shards and cost",
    page="aws/kinesis.md",
    choices={
        "records_per_second": (2000, 5000, 10000, 20000, 40000, 100000),
        "record_size_kb": (0.5, 1, 1.2, 2, 5, 10),
        "consumers": (1, 2, 3),
        "enhanced_fan_out": (False, True),
        "peak_factor": (1, 2, 3),
    },
    question=lambda s: (
        f"{n(s['records_per_second'])} events/s on average, {n(s['record_size_kb'])} KB each, go into Kinesis Data "
        f"Streams; {peaks(s['peak_factor'], ' and the stream is sized for the peak')}. "
        f"{count(s['consumers'], 'consumer application reads', 'consumer applications read')} everything"
        f"{_on(s['enhanced_fan_out'], ', each on enhanced fan-out')}. What write throughput must the stream take "
        "at peak, how many shards, and what does it cost a month on provisioned capacity in us-east-1?"
    ),
    stages=only(
        "kinesis_shards",
        Ask(step="Write throughput", prompt="Peak write throughput"),
        Ask(output="shards", prompt="Shards"),
        Ask(output="monthly_cost_usd", prompt="Monthly cost"),
    ),
    pushbacks=(
        times("records_per_second", 10, "Traffic grows tenfold"),
        times("record_size_kb", 2, "Events double in size"),
        setting("capacity_mode", "on_demand", "The team wants on-demand instead"),
    ),
    fixed={"capacity_mode": "provisioned"},
)

DYNAMODB = Family(
    name="dynamodb",
    title="DynamoDB capacity",
    page="aws/dynamodb.md",
    choices={
        "reads_per_second": (500, 2000, 10000, 50000),
        "writes_per_second": (100, 1000, 5000, 20000),
        "item_size_kb": (0.5, 1, 3, 4.5, 8),
        "read_consistency": ("eventual", "strong"),
    },
    question=lambda s: (
        f"A table takes {n(s['reads_per_second'])} {s['read_consistency']}ly consistent reads/s and "
        f"{n(s['writes_per_second'])} writes/s of {n(s['item_size_kb'])} KB items, on provisioned capacity with "
        f"auto scaling at {n(float(s['target_utilization']) * 100)} % target utilisation. How many read and write "
        "capacity units does the traffic consume, and what does the table cost a month in us-east-1?"
    ),
    stages=only(
        "dynamodb_capacity",
        Ask(output="rcu", prompt="Read capacity units consumed"),
        Ask(output="wcu", prompt="Write capacity units consumed"),
        Ask(output="monthly_cost_usd", prompt="Monthly cost"),
    ),
    pushbacks=(
        scale_all(("reads_per_second", "writes_per_second"), 10, "Traffic grows tenfold"),
        times("item_size_kb", 2, "Items double in size"),
        setting("capacity_mode", "on_demand", "The team wants on-demand instead"),
    ),
    fixed={"capacity_mode": "provisioned", "target_utilization": 0.7},
)

DYNAMODB_MODE = Family(
    name="dynamodb_mode",
    title="DynamoDB: on-demand or provisioned",
    page="aws/dynamodb.md",
    choices={
        "average_writes_per_second": (200, 1000, 4000),
        "peak_factor": (1.5, 3, 10),
        "average_reads_per_second": (1000, 5000, 20000),
        "item_size_kb": (1, 2),
    },
    question=lambda s: (
        f"A table averages {n(s['average_writes_per_second'])} writes/s and {n(s['average_reads_per_second'])} "
        f"eventually consistent reads/s of {n(s['item_size_kb'])} KB items, with daily peaks at "
        f"{n(s['peak_factor'])}x the average. Provisioned capacity must cover the peak at "
        f"{n(float(s['target_utilization']) * 100)} % utilisation. What "
        "does each capacity mode cost a month in us-east-1?"
    ),
    stages=(
        Stage(
            "dynamodb_break_even",
            (
                Ask(output="provisioned_monthly_usd", prompt="Provisioned, per month"),
                Ask(output="on_demand_monthly_usd", prompt="On-demand, per month"),
            ),
            inputs=lambda s, _: {
                "average_writes_per_second": s["average_writes_per_second"],
                "peak_writes_per_second": float(s["average_writes_per_second"]) * float(s["peak_factor"]),
                "average_reads_per_second": s["average_reads_per_second"],
                "peak_reads_per_second": float(s["average_reads_per_second"]) * float(s["peak_factor"]),
                "item_size_kb": s["item_size_kb"],
                "target_utilization": s["target_utilization"],
            },
        ),
    ),
    pushbacks=(times("peak_factor", 2, "The peaks get twice as spiky"),),
    fixed={"target_utilization": 0.7},
)

WRITE_SHARDING = Family(
    name="write_sharding",
    title="Sharding a hot DynamoDB key",
    page="aws/dynamodb.md",
    choices={"writes_per_second_per_key": (2000, 5000, 12000, 30000), "item_size_kb": (0.5, 1, 2, 4)},
    question=lambda s: (
        f"One partition key takes {n(s['writes_per_second_per_key'])} writes/s of {n(s['item_size_kb'])} KB items. "
        f"A partition takes at most {n(CURRENT.value('dynamodb.partition_wcu'))} WCU; keep each suffix under "
        f"{n(float(s['headroom']) * 100)} % of "
        "that. How many write-sharding suffixes?"
    ),
    stages=only("dynamodb_write_sharding", Ask(output="shards", prompt="Suffixes")),
    pushbacks=(times("writes_per_second_per_key", 10, "The key gets ten times hotter"),),
    fixed={"headroom": 0.8},
)

S3_STORAGE = Family(
    name="s3_storage",
    title="S3 storage cost",
    page="aws/s3.md",
    choices={
        "storage_tb": (5, 50, 200, 800),
        "storage_class": ("standard", "standard_ia", "glacier_instant"),
        "get_requests_per_month": (10_000_000, 100_000_000, 1_000_000_000),
    },
    question=lambda s: (
        f"{n(s['storage_tb'])} TB sit in {label('s3_storage_cost', 'storage_class', s['storage_class'])}, read by "
        f"{n(s['get_requests_per_month'])} GET requests a month (ignore retrieval fees and PUTs). What does the "
        "storage alone cost a month in us-east-1, and the whole bill?"
    ),
    stages=(
        Stage(
            "s3_storage_cost",
            (
                Ask(output="storage_cost_usd", prompt="Storage, per month"),
                Ask(output="monthly_cost_usd", prompt="Total, per month"),
            ),
            inputs=lambda s, _: {
                "storage_gb": float(s["storage_tb"]) * GB_PER_TB,
                "storage_class": s["storage_class"],
                "get_requests_per_month": s["get_requests_per_month"],
                "put_requests_per_month": 0,
                "retrieval_gb_per_month": 0,
            },
        ),
    ),
    pushbacks=(
        times("storage_tb", 10, "The data grows tenfold"),
        setting("storage_class", "standard", "Keep it in S3 Standard"),
    ),
)

S3_PREFIXES = Family(
    name="s3_prefixes",
    title="S3 request rate and prefixes",
    page="aws/s3.md",
    choices={"put_requests_per_second": (1000, 5000, 12000, 30000), "get_requests_per_second": (5000, 20000, 60000)},
    question=lambda s: (
        f"An ingest service writes {n(s['put_requests_per_second'])} objects/s to one bucket and readers make "
        f"{n(s['get_requests_per_second'])} GETs/s. Over how many prefixes must keys be spread to stay under S3's "
        "per-prefix request rates?"
    ),
    stages=only("s3_request_rate", Ask(output="prefixes", prompt="Prefixes")),
    pushbacks=(times("get_requests_per_second", 10, "Reads grow tenfold"),),
)

S3_MULTIPART = Family(
    name="s3_multipart",
    title="S3 multipart part size",
    page="aws/s3.md",
    choices={"object_size_gib": (50, 200, 1000, 3000, 5000)},
    question=lambda s: (
        f"A {n(s['object_size_gib'])} GiB backup goes to S3 with multipart upload (at most "
        f"{n(CURRENT.value('s3.max_parts'))} parts). What is "
        "the smallest whole part size, in MiB, that fits it?"
    ),
    stages=only("s3_multipart", Ask(output="part_size_mib", prompt="Part size")),
)

LAMBDA_COST = Family(
    name="lambda_cost",
    title="Lambda cost",
    page="aws/lambda.md",
    choices={
        "invocations_per_month": (5_000_000, 50_000_000, 300_000_000, 1_000_000_000),
        "memory_mb": (128, 512, 1024, 2048),
        "duration_ms": (50, 120, 400, 1000),
        "architecture": ("x86_64", "arm64"),
    },
    question=lambda s: (
        f"A function runs {n(s['invocations_per_month'])} times a month for {n(s['duration_ms'])} ms each with "
        f"{n(s['memory_mb'])} MB of memory on {s['architecture']} (no free tier). How many GB-seconds a month, "
        "and what does it cost in us-east-1?"
    ),
    stages=only(
        "lambda_cost",
        Ask(output="gb_seconds", prompt="Compute"),
        Ask(output="monthly_cost_usd", prompt="Monthly cost"),
    ),
    pushbacks=(
        times("invocations_per_month", 10, "Traffic grows tenfold"),
        times("duration_ms", 2, "A slower dependency doubles the duration"),
        setting("architecture", "arm64", "Move it to Graviton (arm64)"),
    ),
    fixed={"free_tier": False},
)

LAMBDA_CONCURRENCY = Family(
    name="lambda_concurrency",
    title="Lambda concurrency",
    page="aws/lambda.md",
    choices={"requests_per_second": (200, 1000, 3000, 10000), "duration_ms": (50, 200, 800, 2000)},
    question=lambda s: (
        f"An API backed by Lambda takes {n(s['requests_per_second'])} requests/s and each invocation lasts "
        f"{n(s['duration_ms'])} ms. How many concurrent executions does it hold at steady state?"
    ),
    stages=only("lambda_concurrency", Ask(output="concurrency", prompt="Concurrent executions")),
    pushbacks=(
        times("requests_per_second", 10, "Traffic grows tenfold"),
        times("duration_ms", 2, "A slower dependency doubles the duration"),
    ),
    fixed={"account_limit": 1_000_000},
)

API_GATEWAY = Family(
    name="api_gateway",
    title="API Gateway cost",
    page="aws/api-gateway.md",
    choices={"requests_per_month": (50_000_000, 500_000_000, 2_000_000_000, 10_000_000_000), "api_type": ("rest", "http")},
    question=lambda s: (
        f"An API Gateway {'REST' if s['api_type'] == 'rest' else 'HTTP'} API serves {n(s['requests_per_month'])} "
        "requests a month. What does API Gateway charge for them in us-east-1?"
    ),
    stages=only("api_gateway_cost", Ask(output="monthly_cost_usd", prompt="Monthly cost")),
    pushbacks=(
        times("requests_per_month", 10, "Traffic grows tenfold"),
        setting("api_type", "http", "Move to an HTTP API"),
    ),
)

SQS = Family(
    name="sqs",
    title="SQS requests and cost",
    page="aws/messaging.md",
    choices={"messages_per_second": (500, 2000, 10000), "batch_size": (1, 10), "message_size_kb": (1, 8, 20)},
    question=lambda s: (
        f"A standard SQS queue carries {n(s['messages_per_second'])} messages/s of {n(s['message_size_kb'])} KB, "
        f"sent, received and deleted in batches of {n(s['batch_size'])}. How many API calls per second, and what "
        "per month in us-east-1?"
    ),
    stages=only(
        "sqs_throughput",
        Ask(output="api_requests_per_second", prompt="API calls"),
        Ask(output="monthly_cost_usd", prompt="Monthly cost"),
    ),
    pushbacks=(
        times("messages_per_second", 10, "Traffic grows tenfold"),
        setting("batch_size", 10, "Batch by 10"),
    ),
    fixed={"queue_type": "standard"},
)

CLOUDFRONT = Family(
    name="cloudfront",
    title="CloudFront cost",
    page="aws/cloudfront.md",
    choices={
        "data_transfer_gb_per_month": (5_000, 50_000, 400_000),
        "requests_per_month": (100_000_000, 1_000_000_000, 5_000_000_000),
        "cache_hit_ratio": (0.8, 0.9, 0.95, 0.99),
    },
    question=lambda s: (
        f"A site serves {n(s['data_transfer_gb_per_month'])} GB a month to viewers in North America through "
        f"CloudFront, in {n(s['requests_per_month'])} HTTPS requests, with a {n(float(s['cache_hit_ratio']) * 100)} % "
        "cache hit ratio. How many requests reach the origin a month, and what is the CloudFront bill (no free tier)?"
    ),
    stages=only(
        "cloudfront_cost",
        Ask(output="origin_requests_per_month", prompt="Origin requests a month"),
        Ask(output="monthly_cost_usd", prompt="Monthly cost"),
    ),
    pushbacks=(times("data_transfer_gb_per_month", 10, "Viewers grow tenfold"),),
    fixed={"origin_shield": False, "free_tier": False},
)

NAT_GATEWAY = Family(
    name="nat_gateway",
    title="NAT gateway cost",
    page="aws/vpc.md",
    choices={"nat_gateways": (2, 3), "data_processed_gb_per_month": (1_000, 10_000, 50_000)},
    question=lambda s: (
        f"Private subnets in {n(s['nat_gateways'])} Availability Zones reach the internet through one NAT gateway "
        f"per zone, which process {n(s['data_processed_gb_per_month'])} GB a month in all. What do the NAT gateways "
        "cost a month in us-east-1?"
    ),
    stages=only("nat_gateway_cost", Ask(output="monthly_cost_usd", prompt="Monthly cost")),
    pushbacks=(times("data_processed_gb_per_month", 10, "Traffic grows tenfold"),),
)

ALB = Family(
    name="alb",
    title="Application Load Balancer LCUs",
    page="aws/elb.md",
    choices={
        "new_connections_per_second": (50, 200, 1000),
        "processed_gb_per_hour": (1, 5, 20),
        "requests_per_second": (500, 2000, 10000),
        "rules": (5, 25, 50),
    },
    question=lambda s: (
        f"An ALB sees {n(s['new_connections_per_second'])} new connections/s, each open {n(s['connection_seconds'])} s, "
        f"{n(s['requests_per_second'])} requests/s, each checked against {n(s['rules'])} listener rules, and processes "
        f"{n(s['processed_gb_per_hour'])} GB an hour. How many LCUs does it use, and what does it cost a month?"
    ),
    stages=(
        Stage(
            "alb_cost",
            (Ask(output="lcus", prompt="LCUs"), Ask(output="monthly_cost_usd", prompt="Monthly cost")),
            inputs=lambda s, _: {
                "new_connections_per_second": s["new_connections_per_second"],
                "active_connections_per_minute": float(s["new_connections_per_second"]) * float(s["connection_seconds"]),
                "processed_gb_per_hour": s["processed_gb_per_hour"],
                "requests_per_second": s["requests_per_second"],
                "rule_evaluations_per_second": float(s["requests_per_second"]) * float(s["rules"]),
            },
        ),
    ),
    pushbacks=(
        scale_all(("new_connections_per_second", "requests_per_second", "processed_gb_per_hour"), 10, "Traffic grows tenfold"),
    ),
    fixed={"connection_seconds": 60},
)

EC2_FLEET = Family(
    name="ec2_fleet",
    title="EC2 fleet cost",
    page="aws/ec2.md",
    choices={"instances": (10, 40, 200), "instance_type": ("m7g.large", "m7i.large", "m6i.large")},
    question=lambda s: (
        f"A fleet of {n(s['instances'])} {s['instance_type']} instances runs all month on demand in us-east-1. "
        "What does it cost an hour and a month?"
    ),
    stages=only(
        "ec2_fleet_cost",
        Ask(output="hourly_cost_usd", prompt="Per hour"),
        Ask(output="monthly_cost_usd", prompt="Per month"),
    ),
    pushbacks=(times("instances", 2, "Peak season doubles the fleet"),),
    fixed={"purchase_option": "on_demand", "discount_percent": 0, "hours_per_month": 730},
)

TRAFFIC = Family(
    name="traffic",
    title="Traffic, storage and bandwidth",
    page="fundamentals/estimation.md",
    choices={
        "requests_per_day": (10_000_000, 100_000_000, 500_000_000, 2_000_000_000),
        "peak_factor": (2, 3, 5),
        "payload_bytes": (200, 1000, 5000),
        "write_fraction": (0.1, 0.5, 1),
        "retention_days": (30, 365),
    },
    question=lambda s: (
        f"A service takes {n(s['requests_per_day'])} requests a day, peaking at {n(s['peak_factor'])}x the "
        f"average; {n(float(s['write_fraction']) * 100)} % of them write {n(s['payload_bytes'])} bytes, kept "
        f"{n(s['retention_days'])} days in {n(s['replication_factor'])} copies. Average and peak requests per second, "
        "and total storage?"
    ),
    stages=only(
        "traffic_estimate",
        Ask(output="average_rps", prompt="Average rate"),
        Ask(output="peak_rps", prompt="Peak rate"),
        Ask(output="storage_tb", prompt="Storage"),
    ),
    pushbacks=(
        times("requests_per_day", 10, "Traffic grows tenfold"),
        times("payload_bytes", 2, "Payloads double in size"),
    ),
    fixed={"replication_factor": 3},
)


def _archive_inputs(s: Scenario, earlier: Outputs) -> Mapping[str, object]:
    return {
        "storage_gb": float(earlier["traffic_estimate.storage_bytes"]) / BYTES_PER_GIB,
        "storage_class": "standard",
        "put_requests_per_month": 0,
        "get_requests_per_month": 0,
    }


TRAFFIC_TO_S3 = Family(
    name="traffic_to_s3",
    title="From traffic to an S3 bill",
    page="fundamentals/estimation.md",
    choices={
        "requests_per_day": (50_000_000, 200_000_000, 1_000_000_000),
        "payload_bytes": (500, 2000, 10000),
        "retention_days": (90, 365, 730),
    },
    question=lambda s: (
        f"An event log receives {n(s['requests_per_day'])} events a day of {n(s['payload_bytes'])} bytes, and "
        f"keeps them {n(s['retention_days'])} days in S3 Standard (S3 keeps its own copies: store one). What is "
        "the average write rate, how much is stored once the retention window is full, and what does storing it "
        "cost a month in us-east-1 (ignore requests)?"
    ),
    stages=(
        Stage(
            "traffic_estimate",
            (Ask(output="average_rps", prompt="Average rate"), Ask(output="storage_tb", prompt="Stored data")),
            inputs=lambda s, _: {
                "requests_per_day": s["requests_per_day"],
                "payload_bytes": s["payload_bytes"],
                "retention_days": s["retention_days"],
                "replication_factor": 1,
                "write_fraction": 1,
                "peak_factor": 1,
            },
        ),
        Stage("s3_storage_cost", (Ask(output="storage_cost_usd", prompt="Storage, per month"),), inputs=_archive_inputs),
    ),
    pushbacks=(
        times("requests_per_day", 10, "Traffic grows tenfold"),
        times("retention_days", 2, "Legal wants twice the retention"),
    ),
)


def _table_inputs(s: Scenario, earlier: Outputs) -> Mapping[str, object]:
    peak = float(earlier["traffic_estimate.peak_rps"])
    share = float(s["write_fraction"])
    return {
        "writes_per_second": round(peak * share, 3),
        "reads_per_second": round(peak * (1 - share), 3),
        "item_size_kb": float(s["payload_bytes"]) / 1000,
        "capacity_mode": "provisioned",
        "target_utilization": s["target_utilization"],
    }


TRAFFIC_TO_DYNAMODB = Family(
    name="traffic_to_dynamodb",
    title="From traffic to DynamoDB capacity and cost",
    page="fundamentals/estimation.md",
    choices={
        "requests_per_day": (20_000_000, 100_000_000, 500_000_000),
        "peak_factor": (2, 3),
        "write_fraction": (0.1, 0.2, 0.5),
        "payload_bytes": (500, 1000, 3000),
    },
    question=lambda s: (
        f"{n(s['requests_per_day'])} requests a day, peaking at {n(s['peak_factor'])}x the average, hit one DynamoDB "
        f"table; {n(float(s['write_fraction']) * 100)} % are writes, the rest eventually consistent reads, of "
        f"{n(s['payload_bytes'])}-byte items. Size the table for the peak on provisioned capacity at "
        f"{n(float(s['target_utilization']) * 100)} % target "
        "utilisation: peak requests per second, write capacity units, and monthly cost in us-east-1?"
    ),
    stages=(
        Stage(
            "traffic_estimate",
            (Ask(output="peak_rps", prompt="Peak rate"),),
            inputs=lambda s, _: {
                "requests_per_day": s["requests_per_day"],
                "peak_factor": s["peak_factor"],
                "payload_bytes": s["payload_bytes"],
                "write_fraction": s["write_fraction"],
            },
        ),
        Stage(
            "dynamodb_capacity",
            (Ask(output="wcu", prompt="Write capacity units"), Ask(output="monthly_cost_usd", prompt="Monthly cost")),
            inputs=_table_inputs,
        ),
    ),
    pushbacks=(times("requests_per_day", 10, "Traffic grows tenfold"),),
    fixed={"target_utilization": 0.7},
)

CACHE = Family(
    name="cache",
    title="ElastiCache cluster size",
    page="aws/elasticache.md",
    choices={
        "items": (10_000_000, 50_000_000, 200_000_000),
        "item_bytes": (500, 1000, 4000),
        "requests_per_second": (100_000, 500_000, 1_000_000),
    },
    question=lambda s: (
        f"A Redis OSS-compatible cache must hold {n(s['items'])} items of {n(s['item_bytes'])} bytes (plus about "
        f"{n(s['overhead_bytes_per_item'])} bytes of overhead each) and serve {n(s['requests_per_second'])} requests/s, "
        f"{n(s['read_share_percent'])} % reads, on "
        "cache.r7g.xlarge nodes with one replica per shard and reads spread over replicas. Working set, shards and "
        "nodes?"
    ),
    stages=only(
        "cache_cluster",
        Ask(output="working_set_gb", prompt="Working set"),
        Ask(output="shards", prompt="Shards"),
        Ask(output="nodes", prompt="Nodes"),
    ),
    pushbacks=(times("items", 2, "The catalogue doubles"), times("requests_per_second", 10, "Traffic grows tenfold")),
    fixed={
        "node_type": "cache.r7g.xlarge",
        "replicas_per_shard": 1,
        "read_from_replicas": True,
        "overhead_bytes_per_item": 80,
        "read_share_percent": 90,
    },
)

NODE_PACKING = Family(
    name="node_packing",
    title="Kubernetes node packing",
    page="kubernetes/scheduling.md",
    choices={
        "pods": (50, 100, 300),
        "pod_cpu_millicores": (250, 500, 1000),
        "pod_memory_mib": (512, 1024, 2048),
        "node_vcpus": (4, 8, 16),
    },
    question=lambda s: (
        f"{n(s['pods'])} pods each request {n(s['pod_cpu_millicores'])}m CPU and {n(s['pod_memory_mib'])} MiB; "
        f"nodes have {n(s['node_vcpus'])} vCPUs and {n(float(s['node_vcpus']) * 4)} GiB, with "
        f"{n(s['system_reserved_percent'])} % reserved for the system and {n(s['daemonset_pods_per_node'])} DaemonSet "
        f"pods ({n(s['daemonset_cpu_millicores'])}m, {n(s['daemonset_memory_mib'])} MiB in all) on each. Pods per node, "
        "and nodes?"
    ),
    stages=(
        Stage(
            "k8s_node_packing",
            (Ask(output="pods_per_node", prompt="Pods per node"), Ask(output="nodes", prompt="Nodes")),
            inputs=lambda s, _: {**s, "node_memory_gib": float(s["node_vcpus"]) * 4},
        ),
    ),
    pushbacks=(times("pods", 2, "Twice the pods"), times("pod_memory_mib", 4, "Memory requests quadruple")),
    fixed={
        "system_reserved_percent": 10,
        "daemonset_pods_per_node": 3,
        "daemonset_cpu_millicores": 200,
        "daemonset_memory_mib": 256,
    },
)

HPA = Family(
    name="hpa",
    title="Horizontal Pod Autoscaler",
    page="kubernetes/autoscaling.md",
    choices={"current_replicas": (3, 4, 6, 10), "current_metric": (30, 75, 90, 150), "target_metric": (50, 60, 70)},
    question=lambda s: (
        f"A Deployment runs {n(s['current_replicas'])} replicas at {n(s['current_metric'])} % average CPU "
        f"utilisation against an HPA target of {n(s['target_metric'])} % (tolerance "
        f"{n(float(s['tolerance']) * 100)} %, between {n(s['min_replicas'])} and {n(s['max_replicas'])} "
        "replicas). How many replicas does the HPA ask for?"
    ),
    stages=only("k8s_hpa", Ask(output="desired_replicas", prompt="Desired replicas")),
    pushbacks=(times("current_metric", 2, "A traffic spike doubles CPU"),),
    fixed={"min_replicas": 2, "max_replicas": 50, "tolerance": 0.1},
)

EKS_PODS = Family(
    name="eks_pods",
    title="EKS pods per node",
    page="aws/containers.md",
    choices={"enis": (2, 3, 4, 8), "ipv4_per_eni": (4, 6, 10, 15, 30)},
    question=lambda s: (
        f"An EKS node type has {n(s['enis'])} network interfaces of {n(s['ipv4_per_eni'])} IPv4 addresses each, "
        "and the VPC CNI assigns one address per pod (no prefix delegation). The maximum pods per node?"
    ),
    stages=only("eks_max_pods", Ask(output="max_pods", prompt="Max pods")),
    pushbacks=(setting("prefix_delegation", True, "Turn on prefix delegation"),),
    fixed={"prefix_delegation": False, "vcpus": 8},
)

AVAILABILITY = Family(
    name="availability",
    title="Availability in series",
    page="fundamentals/availability.md",
    choices={"first": ("99.9", "99.95", "99.99"), "second": ("99.9", "99.95", "99.99"), "third": ("99.5", "99.9", "99.99")},
    question=lambda s: (
        f"A request needs three components in series, available {s['first']} %, {s['second']} % and {s['third']} %. "
        "How unavailable is the whole, and how many minutes of downtime a month is that?"
    ),
    stages=(
        Stage(
            "availability",
            (
                Ask(output="unavailability_percent", prompt="Unavailability"),
                Ask(output="downtime_minutes_per_month", prompt="Downtime a month"),
            ),
            inputs=lambda s, _: {"availabilities_percent": f"{s['first']}, {s['second']}, {s['third']}", "topology": "serial"},
        ),
    ),
)

QUORUM = Family(
    name="quorum",
    title="Quorum availability",
    page="fundamentals/replication-consensus.md",
    choices={"replicas": (3, 5), "replica_availability_percent": (99, 99.5)},
    question=lambda s: (
        f"A store keeps {n(s['replicas'])} replicas, each available {n(s['replica_availability_percent'])} % "
        "independently, and a write needs a majority. How many replicas can fail before writes stop, and how "
        "many minutes a month are writes unavailable?"
    ),
    stages=(
        Stage(
            "quorum_availability",
            (
                Ask(output="tolerated_failures_write", prompt="Failures tolerated"),
                Ask(output="write_downtime_minutes_per_month", prompt="Write downtime a month"),
            ),
            inputs=lambda s, _: {
                "replicas": s["replicas"],
                "read_quorum": int(s["replicas"]) // 2 + 1,
                "write_quorum": int(s["replicas"]) // 2 + 1,
                "replica_availability_percent": s["replica_availability_percent"],
                "replica_latencies_ms": ", ".join(["2"] * int(s["replicas"])),
            },
        ),
    ),
)

RETRIES = Family(
    name="retries",
    title="Retry amplification",
    page="fundamentals/resilience.md",
    choices={"layers": (2, 3, 4, 5), "retries_per_layer": (1, 2, 3)},
    question=lambda s: (
        f"A call crosses {n(s['layers'])} layers of services and each layer retries a failed call "
        f"{count(s['retries_per_layer'], 'time', 'times')}. When the deepest dependency fails every call, how many calls reach "
        "it for each user request?"
    ),
    stages=only("retry_amplification", Ask(output="load_multiplier", prompt="Load multiplier")),
    fixed={"failure_rate_percent": 100},
)

RATE_LIMITER = Family(
    name="rate_limiter",
    title="Rate limiter memory and shards",
    page="problems/rate-limiter.md",
    choices={
        "active_keys": (1_000_000, 10_000_000, 100_000_000),
        "algorithm": ("token_bucket", "sliding_window_counter"),
        "requests_per_second": (100_000, 500_000, 2_000_000),
    },
    question=lambda s: (
        f"A rate limiter tracks {n(s['active_keys'])} active API keys with a "
        f"{str(s['algorithm']).replace('_', ' ')} in Redis (keys of {n(s['key_bytes'])} bytes, about "
        f"{n(s['bytes_per_entry_overhead'])} bytes of overhead per entry) and checks {n(s['requests_per_second'])} "
        f"requests/s, one command each, at {n(s['ops_per_second_per_shard'])} commands/s and "
        f"{n(s['usable_memory_gb_per_shard'])} GB usable per shard. Memory, and shards?"
    ),
    stages=only("rate_limiter", Ask(output="memory_gb", prompt="Memory"), Ask(output="shards", prompt="Shards")),
    pushbacks=(times("active_keys", 10, "Ten times the keys"),),
    fixed={
        "key_bytes": 40,
        "bytes_per_entry_overhead": 70,
        "ops_per_request": 1,
        "ops_per_second_per_shard": 100_000,
        "usable_memory_gb_per_shard": 9.8,
    },
)

CONSISTENT_HASHING = Family(
    name="consistent_hashing",
    title="Rehashing on a new node",
    page="fundamentals/partitioning.md",
    choices={"nodes": (4, 9, 19, 49)},
    question=lambda s: (
        f"A cache cluster of {n(s['nodes'])} nodes gains one more. What share of keys moves with hash mod N, and "
        f"with a consistent-hash ring of {n(s['vnodes_per_node'])} virtual nodes each?"
    ),
    stages=only(
        "consistent_hashing",
        Ask(output="keys_moved_modulo_percent", prompt="Moved with mod N"),
        Ask(output="keys_moved_on_join_percent", prompt="Moved with the ring"),
    ),
    fixed={"vnodes_per_node": 100},
)

SHUFFLE_SHARDING = Family(
    name="shuffle_sharding",
    title="Shuffle sharding",
    page="patterns/cell-based.md",
    choices={"workers": (8, 16, 100), "workers_per_shard": (2, 4)},
    question=lambda s: (
        f"{n(s['workers'])} workers are shuffle-sharded, {n(s['workers_per_shard'])} to each customer. How many "
        "distinct shards are there?"
    ),
    stages=only("shuffle_sharding", Ask(output="combinations", prompt="Shards")),
    fixed={"customers": 1000},
)

CIDR = Family(
    name="cidr",
    title="Subnets of a VPC",
    page="aws/vpc.md",
    choices={"vpc_cidr": ("10.0.0.0/16", "10.1.0.0/20", "192.168.0.0/22"), "subnet_count": (2, 3, 4, 6, 8)},
    question=lambda s: (
        f"A VPC of {s['vpc_cidr']} is split into {n(s['subnet_count'])} equal subnets. How many usable addresses "
        f"does each have (AWS reserves {n(CURRENT.value('vpc.reserved_ips'))} per subnet)?"
    ),
    stages=only("cidr_subnets", Ask(output="usable_ips_per_subnet", prompt="Usable addresses")),
)

CROSS_REGION = Family(
    name="cross_region",
    title="Cross-Region replication cost",
    page="patterns/multi-region.md",
    choices={"writes_per_second": (500, 2000, 10000), "item_kb": (1, 4), "regions": (2, 3)},
    question=lambda s: (
        f"A DynamoDB global table takes {n(s['writes_per_second'])} writes/s of {n(s['item_kb'])} KB items, "
        f"replicated to {n(s['regions'])} Regions in all. How much data crosses Regions a month, and what does "
        "replication cost a month?"
    ),
    stages=only(
        "cross_region_replication",
        Ask(output="replicated_gb_month", prompt="Data replicated a month"),
        Ask(output="total_usd_month", prompt="Monthly cost"),
    ),
    pushbacks=(setting("regions", 3, "Add a third Region"), times("writes_per_second", 10, "Traffic grows tenfold")),
    fixed={"service": "dynamodb_global_tables"},
)

MSK_VS_KINESIS = Family(
    name="msk_vs_kinesis",
    title="MSK or Kinesis",
    page="aws/kinesis.md",
    choices={"events_per_second": (2000, 10000, 50000), "event_kb": (1, 2), "consumers": (2, 4)},
    question=lambda s: (
        f"{n(s['events_per_second'])} events/s of {n(s['event_kb'])} KB, read by {n(s['consumers'])} consumers and "
        f"kept {n(s['retention_hours'])} hours: how many Kinesis shards, and what does Kinesis cost a month against a "
        f"{n(s['brokers'])}-broker {s['msk_broker_type']} MSK cluster?"
    ),
    stages=only(
        "msk_vs_kinesis",
        Ask(output="kinesis_shards", prompt="Kinesis shards"),
        Ask(output="kinesis_cost_usd_month", prompt="Kinesis, per month"),
        Ask(output="msk_cost_usd_month", prompt="MSK, per month"),
    ),
    pushbacks=(times("events_per_second", 10, "Traffic grows tenfold"),),
    fixed={"retention_hours": 24, "brokers": 3, "msk_broker_type": "kafka.m7g.large"},
)

FAMILIES: dict[str, Family] = {
    family.name: family
    for family in (
        TRAFFIC,
        TRAFFIC_TO_S3,
        TRAFFIC_TO_DYNAMODB,
        AVAILABILITY,
        QUORUM,
        RETRIES,
        CONSISTENT_HASHING,
        DYNAMODB,
        DYNAMODB_MODE,
        WRITE_SHARDING,
        S3_STORAGE,
        S3_PREFIXES,
        S3_MULTIPART,
        LAMBDA_COST,
        LAMBDA_CONCURRENCY,
        API_GATEWAY,
        KINESIS,
        MSK_VS_KINESIS,
        SQS,
        CLOUDFRONT,
        EC2_FLEET,
        ALB,
        CACHE,
        NAT_GATEWAY,
        CIDR,
        CROSS_REGION,
        RATE_LIMITER,
        SHUFFLE_SHARDING,
        EKS_PODS,
        NODE_PACKING,
        HPA,
    )
}
"""Every family by name, in the order the practice page lists them: fundamentals, then services, then patterns."""
