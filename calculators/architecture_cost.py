"""Architecture cost: one request/response workload priced five ways, serverless to Kubernetes, per month.

The same average load is priced as (1) API Gateway HTTP API + Lambda, (2) API Gateway REST API + Lambda,
(3) an Application Load Balancer + Lambda, (4) an ALB + ECS on Fargate and (5) an ALB + EKS on EC2 nodes.
The per-request options (API Gateway, Lambda) scale with the average; the provisioned ones (Fargate tasks,
EKS pods and nodes) are sized for the peak (average × the traffic shape's peak factor ÷ target utilization)
and kept running all month, with at least one task and one node per Availability Zone. Prices come from
the other calculators, called with the same facts: ``lambda_cost``, ``api_gateway_cost``, ``alb_cost``
(LCUs from new connections, active connections and processed bytes), ``k8s_node_packing`` and
``ec2_fleet_cost``; Fargate, the EKS control plane, NAT gateways, cross-AZ transfer and internet egress
read their own facts. Left out: request bodies (responses only), the free tiers, Savings Plans, EBS root
volumes, CloudWatch logs, Fargate's task-size combinations and the scale-in an autoscaler would do off-peak.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import ModuleType

from calculators import alb_cost, api_gateway_cost, ec2_fleet_cost, k8s_node_packing, lambda_cost
from calculators._core import Boolean, Choice, Input, InputError, Number, Output, Result, Step, Value, Values
from calculators.charts import ONE_PERCENT, Bar, Breakdown, Chart, Line
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity, usd
from calculators.sensitivity import Sensitivity
from calculators.units import (
    HOURS_PER_MONTH,
    KIB_PER_MIB,
    MIB_PER_GIB,
    MILLICORES_PER_VCPU,
    MS_PER_SECOND,
    SECONDS_PER_HOUR,
    SECONDS_PER_MINUTE,
    SECONDS_PER_MONTH,
)

NAME = "architecture_cost"
TITLE = "Serverless or containers: cost by architecture"
SUMMARY = (
    "One API workload priced as HTTP API, REST API or ALB + Lambda, ALB + Fargate and ALB + EKS, "
    "with the lines calculators often miss."
)
QUESTION = "cost"

ARCHITECTURES = {
    "api_http_lambda": "HTTP API + Lambda",
    "api_rest_lambda": "REST API + Lambda",
    "alb_lambda": "ALB + Lambda",
    "alb_fargate": "ALB + Fargate",
    "alb_eks": "ALB + EKS on EC2",
}
"""Each architecture's key (its output is ``<key>_usd_month``) and its name for readers, cheapest-looking first."""

PEAK_FACTORS = {"steady": 1, "diurnal": 2, "spiky": 4}
"""Peak ÷ average load of each traffic shape: an assumption of this guide, not an AWS figure."""

NODE_SIZE_KEYS = {
    "m7g.large": ("ec2.m7g_large_vcpus", "ec2.m7g_large_memory_gib"),
    "m7i.large": ("ec2.m7i_large_vcpus", "ec2.m7i_large_memory_gib"),
    "m6i.large": ("ec2.m6i_large_vcpus", "ec2.m6i_large_memory_gib"),
}
"""vCPU and memory facts of each node type offered (their prices are ``ec2_fleet_cost.PRICE_KEYS``)."""

ALB_KEYS = ("elb.alb_hour", "elb.alb_lcu_hour")
"""The ALB prices ``alb_cost`` reads for the hours and LCU-hours."""
RULES_PER_REQUEST = 1
"""One listener rule per request: inside the ALB's free rule evaluations, so the rule dimension stays at zero."""
ROUNDING_SLACK = 1e-9
"""Lets 70 ÷ (100 × 0.7) count as 1 task even when floating point gives 1.0000000000000002."""
CROSS_AZ_DIRECTIONS = 2
"""Cross-AZ transfer is billed as it leaves one AZ and again as it enters the other."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="requests_per_second",
        label="Average load",
        unit="requests/s",
        default=100,
        minimum=0,
        maximum=1_000_000,
        help=(
            "Average requests a second over the month (a month's requests ÷ its seconds). 100 is a busy internal "
            "service or a mid-size public API: the range where the cheapest answer changes."
        ),
    ),
    Choice(
        name="traffic_shape",
        label="Traffic shape",
        choices=tuple(PEAK_FACTORS),
        labels=("Steady: peak = 1 × average", "Diurnal: peak = 2 × average", "Spiky: peak = 4 × average"),
        default="diurnal",
        help=(
            "How far the busiest hour rises above the average (an assumption: 1, 2 or 4 ×). Lambda and API Gateway "
            "bill requests, so only the containers, sized for the peak, pay for it. Diurnal: most user-facing APIs."
        ),
    ),
    Number(
        name="payload_kb",
        label="Response size",
        unit="KB",
        default=10,
        minimum=0,
        maximum=CURRENT.value("lambda.sync_payload_mb") * KIB_PER_MIB,
        maximum_reason="Lambda's synchronous response limit",
        help=(
            "Average response body (1 KB = 1,024 bytes). 10 KB: a JSON page of a few dozen records; "
            "files belong on S3 and CloudFront."
        ),
    ),
    Number(
        name="duration_ms",
        label="Lambda duration",
        unit="ms",
        default=100,
        minimum=0,
        exclusive_minimum=True,
        maximum=CURRENT.value("apigw.timeout_s") * MS_PER_SECOND,
        maximum_reason="API Gateway's integration timeout",
        help="Average billed duration of one invocation. 100 ms: a handler that makes one or two database calls.",
    ),
    Number(
        name="memory_mb",
        label="Lambda memory",
        unit="MB",
        default=512,
        minimum=CURRENT.value("lambda.min_memory_mb"),
        maximum=CURRENT.value("lambda.max_memory_mb"),
        integer=True,
        minimum_reason="Lambda's minimum memory",
        maximum_reason="Lambda's maximum memory",
        help="Configured memory; CPU grows with it. 512 MB: a common size for an API handler, x86_64.",
    ),
    Number(
        name="egress_share",
        label="Responses to the internet",
        unit="ratio",
        default=1,
        minimum=0,
        maximum=1,
        help="Share of response bytes leaving AWS for the internet, billed the same on every architecture. 1: a public API.",
    ),
    Number(
        name="cross_az_share",
        label="Responses that cross an AZ inside the VPC",
        unit="ratio",
        default=0.67,
        minimum=0,
        maximum=1,
        help=(
            "Containers only: share of response bytes that also cross an Availability Zone inside your VPC (a task "
            "calling a replica in another zone, kube-proxy forwarding to a pod elsewhere). 0.67: a random pick among "
            "three zones lands in another one two times in three."
        ),
    ),
    Number(
        name="requests_per_task_per_second",
        label="Requests one task or pod serves",
        unit="requests/s",
        default=100,
        minimum=1,
        maximum=1_000_000,
        help="Load test one container at the size below and enter what it sustains. 100: a JSON API on half a vCPU.",
    ),
    Number(
        name="task_vcpu",
        label="vCPU per task or pod",
        unit="vCPUs",
        default=0.5,
        minimum=CURRENT.value("fargate.min_vcpus"),
        minimum_reason="Fargate's smallest task",
        maximum=CURRENT.value("fargate.max_vcpus"),
        maximum_reason="Fargate's largest task",
        help="Fargate task size, and the EKS pod's CPU request. 0.5: a small stateless service (Fargate sells fixed sizes).",
    ),
    Number(
        name="task_memory_gb",
        label="Memory per task or pod",
        unit="GB",
        default=1,
        minimum=CURRENT.value("fargate.min_memory_gb"),
        minimum_reason="Fargate's smallest task",
        maximum=CURRENT.value("fargate.max_memory_gb"),
        maximum_reason="Fargate's largest task",
        help="Fargate task memory, and the EKS pod's memory request. 1 GB pairs with 0.5 vCPU in Fargate's sizes.",
    ),
    Choice(
        name="node_type",
        label="EKS node type",
        choices=tuple(NODE_SIZE_KEYS),
        labels=("m7g.large (Graviton)", "m7i.large (Intel)", "m6i.large (Intel)"),
        default="m7g.large",
        help="On-demand EC2 nodes for the EKS option. m7g.large: the lowest hourly price of the three.",
    ),
    Number(
        name="target_utilization",
        label="Target utilization",
        unit="ratio",
        default=0.7,
        minimum=0.1,
        maximum=1,
        help="How busy tasks and pods run at the peak. 0.7 leaves room to absorb a burst while autoscaling adds capacity.",
    ),
    Number(
        name="availability_zones",
        label="Availability Zones",
        unit="zones",
        default=3,
        minimum=1,
        maximum=6,
        integer=True,
        help="Zones the containers spread over: at least one task and one node in each, and one NAT gateway each.",
    ),
    Boolean(
        name="nat_gateways",
        label="NAT gateway in each zone for the containers",
        default=True,
        help=(
            "Tasks and nodes in private subnets reach ECR, logs and outside APIs through a NAT gateway per zone. "
            "Switch off for public subnets or VPC endpoints (which have hourly charges of their own)."
        ),
    ),
    Number(
        name="requests_per_connection",
        label="Requests per client connection",
        unit="requests",
        default=10,
        minimum=1,
        maximum=1_000_000,
        help=(
            "Keep-alive reuse at the ALB: new connections a second = load ÷ this. "
            "10: SDKs and browsers reuse a connection for a few calls."
        ),
    ),
)

CHARTS = (
    Chart(
        x="requests_per_second",
        x_min=1 / 10,  # a request every ten seconds
        x_max=100_000,
        x_log=True,
        y_log=True,
        lines=tuple(Line(f"{key}_usd_month", label) for key, label in ARCHITECTURES.items()),
        title="Monthly cost of each architecture by average load",
        points=13,  # two a decade: crossings are then bisected, and a redraw stays quick in the browser
        lowest_only=True,
        tolerance=ONE_PERCENT,  # where the cheapest option changes: the load is an estimate far rougher than 1 %
    ),
)

_EGRESS = ("Internet egress (every option)",)
_LAMBDA = ("Lambda requests (options 1-3)", "Lambda compute (options 1-3)")
_CONTAINER_NETWORK = ("NAT gateways (containers)", "Cross-AZ transfer (containers)")
BREAKDOWN = Breakdown(
    title="Where each bill goes at {requests_per_second} requests/s",
    parts=("Front door", "Compute", "Networking", "Internet egress"),
    bars=(
        Bar("api_http_lambda_usd_month", {"Front door": ("HTTP API requests",), "Compute": _LAMBDA, "Internet egress": _EGRESS}),
        Bar("api_rest_lambda_usd_month", {"Front door": ("REST API requests",), "Compute": _LAMBDA, "Internet egress": _EGRESS}),
        Bar(
            "alb_lambda_usd_month",
            {"Front door": ("ALB hours and LCU-hours, Lambda targets",), "Compute": _LAMBDA, "Internet egress": _EGRESS},
        ),
        Bar(
            "alb_fargate_usd_month",
            {
                "Front door": ("ALB hours and LCU-hours, container targets",),
                "Compute": ("Fargate vCPU and memory",),
                "Networking": _CONTAINER_NETWORK,
                "Internet egress": _EGRESS,
            },
        ),
        Bar(
            "alb_eks_usd_month",
            {
                "Front door": ("ALB hours and LCU-hours, container targets",),
                "Compute": ("EKS nodes, on demand", "EKS control plane"),
                "Networking": _CONTAINER_NETWORK,
                "Internet egress": _EGRESS,
            },
        ),
    ),
)
"""Each architecture's bill at the reader's load in four parts, from the working's own lines."""

SENSITIVITY = Sensitivity(
    title="Which input moves the cheapest bill most",
    output=lambda result: f"{architecture_of(str(result.output_values()['cheapest']))}_usd_month",
)
"""The live sensitivity view follows whichever architecture is cheapest at the reader's inputs."""


def defaults(module: ModuleType) -> dict[str, Value]:
    """A calculator's inputs at their defaults, for calling its ``calculate`` with a few of them changed."""
    return {spec.name: spec.default for spec in module.INPUTS}


def _run(module: ModuleType, facts: Facts, **changed: Value) -> Result:
    result: Result = module.calculate({**defaults(module), **changed}, facts)
    return result


def _step(result: Result, label: str) -> float:
    """The value of one line of another calculator's working (its request cost, its LCU-hours)."""
    for step in result.steps:
        if step.label == label:
            return float(step.value)
    raise KeyError(f"no step {label!r}")  # pragma: no cover - a renamed step in another calculator


def _money(label: str, formula: str, value: float, facts: tuple[str, ...] = ()) -> Step:
    return Step(label, formula, value, "USD/month", facts=facts)


def _lambda(values: Values, invocations: float, facts: Facts) -> tuple[float, float]:
    """Lambda's request charge and its compute charge (x86_64, no free tier, cold starts at the default share)."""
    result = _run(
        lambda_cost,
        facts,
        invocations_per_month=invocations,
        memory_mb=int(values["memory_mb"]),
        duration_ms=float(values["duration_ms"]),
        architecture="x86_64",
    )
    return _step(result, "Request cost"), _step(result, "Compute cost")


def _alb(
    rps: float, gb_per_hour: float, per_connection: float, *, lambda_targets: bool, facts: Facts
) -> tuple[float, float, float]:
    """One ALB's hourly charge, its LCU-hours and its LCUs, for this load."""
    new_connections = rps / per_connection
    result = _run(
        alb_cost,
        facts,
        new_connections_per_second=new_connections,
        active_connections_per_minute=new_connections * SECONDS_PER_MINUTE,
        processed_gb_per_hour=gb_per_hour,
        rule_evaluations_per_second=rps * RULES_PER_REQUEST,
        requests_per_second=rps,
        lambda_targets=lambda_targets,
        load_balancers=1,
    )
    return _step(result, "Load balancer hours"), _step(result, "LCU-hours"), float(result.output_values()["lcus"])


def _eks_nodes(pods: int, values: Values, facts: Facts) -> tuple[int, str, int]:
    """Nodes for the pods by ``k8s_node_packing`` (its default system reserve and DaemonSets), pods per node, binding."""
    vcpu_key, memory_key = NODE_SIZE_KEYS[str(values["node_type"])]
    try:
        result = _run(
            k8s_node_packing,
            facts,
            pods=pods,
            pod_cpu_millicores=float(values["task_vcpu"]) * MILLICORES_PER_VCPU,
            pod_memory_mib=float(values["task_memory_gb"]) * MIB_PER_GIB,
            node_vcpus=int(facts.value(vcpu_key)),
            node_memory_gib=facts.value(memory_key),
        )
    except InputError as error:
        field = {"pod_cpu_millicores": "task_vcpu", "pod_memory_mib": "task_memory_gb"}.get(error.field, "node_type")
        label = next(spec.label for spec in INPUTS if spec.name == field)
        raise InputError(
            field, f"{label} must fit on one {values['node_type']} node for the EKS option ({error.message})"
        ) from None
    out = result.output_values()
    return int(out["nodes"]), str(out["binding_constraint"]), int(out["pods_per_node"])


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Price each architecture's lines from the same load, then name the cheapest."""
    rps = float(values["requests_per_second"])
    shape = str(values["traffic_shape"])
    payload_gb = float(values["payload_kb"]) / KIB_PER_MIB / MIB_PER_GIB
    egress_share = float(values["egress_share"])
    cross_az_share = float(values["cross_az_share"])
    per_task = float(values["requests_per_task_per_second"])
    vcpu = float(values["task_vcpu"])
    memory_gb = float(values["task_memory_gb"])
    node_type = str(values["node_type"])
    utilization = float(values["target_utilization"])
    zones = int(values["availability_zones"])
    nat = bool(values["nat_gateways"])
    per_connection = float(values["requests_per_connection"])

    # The load every option shares
    requests = rps * SECONDS_PER_MONTH
    data_gb = requests * payload_gb
    gb_per_hour = rps * SECONDS_PER_HOUR * payload_gb
    peak = rps * PEAK_FACTORS[shape]
    egress_price = facts.value("vpc.internet_out_gb")
    egress = data_gb * egress_share * egress_price

    # Serverless: API Gateway or an ALB in front of Lambda
    lambda_requests, lambda_compute = _lambda(values, requests, facts)
    http_api = float(
        _run(api_gateway_cost, facts, requests_per_month=requests, api_type="http").output_values()["monthly_cost_usd"]
    )
    rest_api = float(
        _run(api_gateway_cost, facts, requests_per_month=requests, api_type="rest").output_values()["monthly_cost_usd"]
    )
    lambda_alb_hours, lambda_alb_lcu, lambda_lcus = _alb(rps, gb_per_hour, per_connection, lambda_targets=True, facts=facts)

    # Containers: sized for the peak, at least one per zone, behind an ALB with instance or IP targets
    needed = math.ceil(peak / (per_task * utilization) - ROUNDING_SLACK)
    tasks = max(zones, needed)
    task_hour = vcpu * facts.value("fargate.vcpu_hour") + memory_gb * facts.value("fargate.gb_hour")
    fargate_compute = tasks * task_hour * HOURS_PER_MONTH
    alb_hours, alb_lcu, container_lcus = _alb(rps, gb_per_hour, per_connection, lambda_targets=False, facts=facts)
    nat_hour = facts.value("vpc.nat_gateway_hour")
    nat_cost = zones * HOURS_PER_MONTH * nat_hour if nat else 0.0
    cross_az_price = facts.value("vpc.cross_az_gb")
    cross_az = data_gb * cross_az_share * cross_az_price * CROSS_AZ_DIRECTIONS
    packed_nodes, binding, pods_per_node = _eks_nodes(tasks, values, facts)
    nodes = max(zones, packed_nodes)
    node_cost = float(_run(ec2_fleet_cost, facts, instances=nodes, instance_type=node_type).output_values()["monthly_cost_usd"])
    control_plane = HOURS_PER_MONTH * facts.value("eks.cluster_hour")

    totals = {
        "api_http_lambda": http_api + lambda_requests + lambda_compute + egress,
        "api_rest_lambda": rest_api + lambda_requests + lambda_compute + egress,
        "alb_lambda": lambda_alb_hours + lambda_alb_lcu + lambda_requests + lambda_compute + egress,
        "alb_fargate": fargate_compute + alb_hours + alb_lcu + nat_cost + cross_az + egress,
        "alb_eks": node_cost + control_plane + alb_hours + alb_lcu + nat_cost + cross_az + egress,
    }
    cheapest = min(totals, key=lambda key: totals[key])
    concurrency = peak * float(values["duration_ms"]) / MS_PER_SECOND

    lambda_keys = (*lambda_cost.DURATION_TIER_KEYS["x86_64"], "lambda.request_million")
    nat_text = f"{zones} × 730 h × {usd(nat_hour)}" if nat else "switched off"
    cross_az_text = f"GB × {format_value(cross_az_share)} × {usd(cross_az_price)} × 2 directions"
    steps = (
        Step("Requests per month", f"{quantity(rps, 'requests/s')} × seconds in a 730-hour month", requests, "requests"),
        Step("Response data per month", "requests × response KB ÷ 1,024 ÷ 1,024", data_gb, "GB"),
        Step("Peak load", f"average × {PEAK_FACTORS[shape]} ({shape})", peak, "requests/s"),
        _money(
            "Internet egress (every option)",
            f"GB × {format_value(egress_share)} × {usd(egress_price)}",
            egress,
            ("vpc.internet_out_gb",),
        ),
        _money(
            "Lambda requests (options 1-3)",
            "lambda_cost: requests ÷ 1,000,000 × its price",
            lambda_requests,
            ("lambda.request_million",),
        ),
        _money("Lambda compute (options 1-3)", "lambda_cost: GB-seconds × tiered x86_64 price", lambda_compute, lambda_keys[:-1]),
        _money("HTTP API requests", "api_gateway_cost, HTTP API tiers", http_api, api_gateway_cost.TIER_KEYS["http"]),
        _money("HTTP API + Lambda", "HTTP API + Lambda requests + compute + egress", totals["api_http_lambda"]),
        _money("REST API requests", "api_gateway_cost, REST API tiers", rest_api, api_gateway_cost.TIER_KEYS["rest"]),
        _money("REST API + Lambda", "REST API + Lambda requests + compute + egress", totals["api_rest_lambda"]),
        Step("ALB capacity units, Lambda targets", "alb_cost: the largest of its dimensions", lambda_lcus, "LCU"),
        _money(
            "ALB hours and LCU-hours, Lambda targets", "alb_cost: hours + LCU-hours", lambda_alb_hours + lambda_alb_lcu, ALB_KEYS
        ),
        _money("ALB + Lambda", "ALB + Lambda requests + compute + egress", totals["alb_lambda"]),
        Step(
            "Tasks or pods for the peak",
            f"max({zones} (one per zone), ceil(peak ÷ ({quantity(per_task, 'requests/s')} × {format_value(utilization)})))",
            tasks,
            "tasks",
        ),
        _money(
            "Fargate vCPU and memory",
            f"tasks × ({format_value(vcpu)} vCPU × {usd(facts.value('fargate.vcpu_hour'))} + "
            f"{format_value(memory_gb)} GB × {usd(facts.value('fargate.gb_hour'))}) × 730 h",
            fargate_compute,
            ("fargate.vcpu_hour", "fargate.gb_hour"),
        ),
        Step("ALB capacity units, container targets", "alb_cost: the largest of its dimensions", container_lcus, "LCU"),
        _money("ALB hours and LCU-hours, container targets", "alb_cost: hours + LCU-hours", alb_hours + alb_lcu, ALB_KEYS),
        _money("NAT gateways (containers)", nat_text, nat_cost, ("vpc.nat_gateway_hour",) if nat else ()),
        _money("Cross-AZ transfer (containers)", cross_az_text, cross_az, ("vpc.cross_az_gb",)),
        _money("ALB + Fargate", "Fargate + ALB + NAT + cross-AZ + egress", totals["alb_fargate"]),
        Step(
            "EKS nodes",
            f"max({zones} (one per zone), k8s_node_packing: {quantity(pods_per_node, 'pods')} per {node_type} node, "
            f"{binding} binds)",
            nodes,
            "nodes",
            facts=NODE_SIZE_KEYS[node_type],
        ),
        _money(
            "EKS nodes, on demand",
            f"ec2_fleet_cost: nodes × {node_type} hourly price × 730 h",
            node_cost,
            (ec2_fleet_cost.PRICE_KEYS[node_type],),
        ),
        _money("EKS control plane", f"730 h × {usd(facts.value('eks.cluster_hour'))}", control_plane, ("eks.cluster_hour",)),
        _money("ALB + EKS on EC2", "nodes + control plane + ALB + NAT + cross-AZ + egress", totals["alb_eks"]),
    )

    notes = [f"Cheapest at this load: {ARCHITECTURES[cheapest]}."]
    if peak > facts.value("apigw.account_rps"):
        notes.append("The peak is above API Gateway's default account throttle: ask for a quota increase or use the ALB.")
    if concurrency > facts.value("lambda.account_concurrency"):
        notes.append("Lambda's peak concurrency is above the default account quota: request an increase before launch.")
    if needed < zones:
        notes.append("The containers run at their one-per-zone floor: at this load most of their cost is idle capacity.")
    if egress > totals[cheapest] / 2:
        notes.append(
            "Internet egress is half or more of even the cheapest bill: "
            "a CDN or smaller responses save more than the choice of compute."
        )
    return Result(
        outputs=(
            *(Output(f"{key}_usd_month", label, totals[key], "USD/month") for key, label in ARCHITECTURES.items()),
            Output("cheapest", "Cheapest at this load", ARCHITECTURES[cheapest]),
            Output("fargate_tasks", "Fargate tasks (EKS pods)", tasks, "tasks"),
            Output("eks_nodes", "EKS nodes", nodes, "nodes"),
            Output("lambda_peak_concurrency", "Lambda concurrency at the peak", concurrency, "concurrent executions"),
            Output("egress_usd_month", "Internet egress (in every option)", egress, "USD/month"),
        ),
        steps=steps,
        notes=tuple(notes),
    )


def architecture_of(label: str) -> str:
    """The key of an architecture from its reader's name (the ``cheapest`` output)."""
    return {name: key for key, name in ARCHITECTURES.items()}[label]


def costs(values: Mapping[str, Value], facts: Facts = CURRENT) -> dict[str, float]:
    """Each architecture's monthly cost for parsed inputs, by key."""
    out = calculate(values, facts).output_values()
    return {key: float(out[f"{key}_usd_month"]) for key in ARCHITECTURES}
