"""Architecture cost: a worked example, steps at thresholds, monotone costs, crossovers and sensitivity.

Worked examples compute with the round prices of ``round_facts.ROUND``, so a price refresh moves no test:
Lambda $0.2 per million requests and $0.00002 per GB-second, HTTP API $1 and REST API $4 per million,
ALB $0.02 an hour and $0.008 per LCU-hour, Fargate $0.04 per vCPU-hour and $0.004 per GB-hour, m7g.large
$0.08 an hour, EKS $0.1 per cluster-hour, NAT gateway $0.04 an hour, cross-AZ $0.01 per GB each way and
internet egress $0.09 per GB. LCU dimensions and node sizes are today's facts (25 new connections/s, 3,000
active connections/min, 1 GB/h or 0.4 GB/h for Lambda targets per LCU; m7g.large 2 vCPUs, 8 GiB).
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import InputError, _crossover, architecture_cost, compute, parse_inputs
from calculators.units import HOURS_PER_MONTH, PER_MILLION, SECONDS_PER_MONTH
from tests.calculators.round_facts import ROUND

NAME = "architecture_cost"
KEYS = tuple(architecture_cost.ARCHITECTURES)


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def step(label: str, **raw: object) -> float:
    result = compute(NAME, raw, ROUND)[1]
    return float(next(s.value for s in result.steps if s.label == label))


def values(**raw: object) -> dict[str, object]:
    return dict(parse_inputs(architecture_cost.INPUTS, raw))


WORKED = {
    "requests_per_second": 1,
    "traffic_shape": "steady",
    "payload_kb": 1024,
    "duration_ms": 100,
    "memory_mb": 1024,
    "egress_share": 1,
    "cross_az_share": 0.5,
    "requests_per_task_per_second": 1,
    "task_vcpu": 1,
    "task_memory_gb": 2,
    "node_type": "m7g.large",
    "target_utilization": 0.5,
    "availability_zones": 1,
    "nat_gateways": True,
    "requests_per_connection": 1,
}


def test_worked_example() -> None:
    # 1 request/s for a 730-hour month = 2,628,000 requests; 1 MiB each = 2,628,000 ÷ 1,024 = 2,566.40625 GB,
    # 3,600 ÷ 1,024 = 3.515625 GB an hour through the ALB.
    # Egress (all five): 2,566.40625 GB × 1 × $0.09 = $230.9765625.
    # Lambda: 2.628 M × $0.2 = $0.5256 requests; 2,628,000 × 1 GB × 0.1 s = 262,800 GB-s × $0.00002 = $5.256.
    # 1. HTTP API 2.628 M × $1 = $2.628 -> 2.628 + 0.5256 + 5.256 + 230.9765625 = $239.3861625
    # 2. REST API 2.628 M × $4 = $10.512 -> 10.512 + 0.5256 + 5.256 + 230.9765625 = $247.2701625
    # 3. ALB, Lambda targets: processed bytes bind, 3.515625 ÷ 0.4 = 8.7890625 LCU (new connections 1 ÷ 25 = 0.04,
    #    active 60 ÷ 3,000 = 0.02, one rule is free); 730 h × $0.02 = $14.6 + 8.7890625 × 730 × $0.008 = $51.328125
    #    -> 14.6 + 51.328125 + 0.5256 + 5.256 + 230.9765625 = $302.6862875
    # 4. Fargate: peak 1 ÷ (1 request/s × 0.5) = 2 tasks × (1 × $0.04 + 2 × $0.004) × 730 h = $70.08;
    #    ALB, IP targets: 3.515625 ÷ 1 = 3.515625 LCU × 730 × $0.008 = $20.53125 + $14.6 = $35.13125;
    #    1 NAT gateway × 730 × $0.04 = $29.2; cross-AZ 2,566.40625 × 0.5 × $0.01 × 2 = $25.6640625
    #    -> 70.08 + 35.13125 + 29.2 + 25.6640625 + 230.9765625 = $391.051875
    # 5. EKS: a node has 2,000m × 0.9 − 200m DaemonSets = 1,600m for pods of 1,000m: 1 pod per node, 2 nodes
    #    × $0.08 × 730 = $116.8; control plane 730 × $0.1 = $73
    #    -> 116.8 + 73 + 35.13125 + 29.2 + 25.6640625 + 230.9765625 = $510.771875
    out = run(**WORKED)
    assert out["api_http_lambda_usd_month"] == pytest.approx(239.3861625)
    assert out["api_rest_lambda_usd_month"] == pytest.approx(247.2701625)
    assert out["alb_lambda_usd_month"] == pytest.approx(302.6862875)
    assert out["alb_fargate_usd_month"] == pytest.approx(391.051875)
    assert out["alb_eks_usd_month"] == pytest.approx(510.771875)
    assert out["cheapest"] == "HTTP API + Lambda"
    assert out["fargate_tasks"] == 2
    assert out["eks_nodes"] == 2
    assert out["egress_usd_month"] == pytest.approx(230.9765625)
    assert step("Cross-AZ transfer (containers)", **WORKED) == pytest.approx(25.6640625)
    assert step("NAT gateways (containers)", **WORKED) == pytest.approx(29.2)
    assert step("EKS control plane", **WORKED) == pytest.approx(73)


def test_the_working_names_the_facts_of_each_line() -> None:
    steps = {s.label: s.facts for s in compute(NAME, {})[1].steps}
    assert steps["Fargate vCPU and memory"] == ("fargate.vcpu_hour", "fargate.gb_hour")
    assert steps["Internet egress (every option)"] == ("vpc.internet_out_gb",)
    assert steps["Cross-AZ transfer (containers)"] == ("vpc.cross_az_gb",)
    assert steps["EKS control plane"] == ("eks.cluster_hour",)
    assert steps["EKS nodes, on demand"] == ("ec2.m7g_large_hour",)


def test_nat_switched_off_costs_nothing_and_lambda_pays_neither_nat_nor_cross_az() -> None:
    with_nat, without = run(**WORKED), run(**{**WORKED, "nat_gateways": False})
    assert with_nat["alb_fargate_usd_month"] - without["alb_fargate_usd_month"] == pytest.approx(29.2)  # 1 × 730 × $0.04
    assert with_nat["alb_eks_usd_month"] - without["alb_eks_usd_month"] == pytest.approx(29.2)
    for key in ("api_http_lambda", "api_rest_lambda", "alb_lambda"):
        assert with_nat[f"{key}_usd_month"] == without[f"{key}_usd_month"]
        assert run(**{**WORKED, "cross_az_share": 0})[f"{key}_usd_month"] == with_nat[f"{key}_usd_month"]


# --- Steps land exactly at thresholds ------------------------------------------------------------------

STEPPED = {
    "traffic_shape": "steady",
    "payload_kb": 0,
    "egress_share": 0,
    "cross_az_share": 0,
    "requests_per_task_per_second": 100,
    "target_utilization": 1,
    "availability_zones": 1,
    "nat_gateways": False,
    "requests_per_connection": 10,
}
ONE_TASK = (0.5 * 0.04 + 1 * 0.004) * HOURS_PER_MONTH  # the default 0.5 vCPU, 1 GB task: $17.52 a month
ONE_NODE = 0.08 * HOURS_PER_MONTH  # an m7g.large: $58.4 a month
ONE_REQUEST_PER_SECOND_OF_LCU = 1 / 10 / 25 * HOURS_PER_MONTH * 0.008  # new connections bind: 1 ÷ 10 ÷ 25 LCU


def test_one_more_request_per_second_that_needs_a_task_adds_exactly_one_task() -> None:
    # 500 requests/s ÷ 100 per task = 5 tasks exactly; 501 needs a sixth.
    at, above = run(requests_per_second=500, **STEPPED), run(requests_per_second=501, **STEPPED)
    assert (at["fargate_tasks"], above["fargate_tasks"]) == (5, 6)
    fargate = step("Fargate vCPU and memory", requests_per_second=501, **STEPPED) - step(
        "Fargate vCPU and memory", requests_per_second=500, **STEPPED
    )
    assert fargate == pytest.approx(ONE_TASK)
    delta = float(above["alb_fargate_usd_month"]) - float(at["alb_fargate_usd_month"])  # type: ignore[arg-type]
    assert delta == pytest.approx(ONE_TASK + ONE_REQUEST_PER_SECOND_OF_LCU)
    # within a step only the per-request lines move
    inside = float(run(requests_per_second=499, **STEPPED)["alb_fargate_usd_month"])  # type: ignore[arg-type]
    assert float(at["alb_fargate_usd_month"]) - inside == pytest.approx(ONE_REQUEST_PER_SECOND_OF_LCU)  # type: ignore[arg-type]


def test_the_seventh_pod_adds_exactly_one_node() -> None:
    # 1,600m free per m7g.large ÷ 500m pods = 3 pods a node: 6 pods fit 2 nodes, the 7th needs a third.
    at, above = run(requests_per_second=600, **STEPPED), run(requests_per_second=601, **STEPPED)
    assert (at["eks_nodes"], above["eks_nodes"]) == (2, 3)
    delta = float(above["alb_eks_usd_month"]) - float(at["alb_eks_usd_month"])  # type: ignore[arg-type]
    assert delta == pytest.approx(ONE_NODE + ONE_REQUEST_PER_SECOND_OF_LCU)


def test_the_peak_factor_sizes_only_the_containers() -> None:
    steady = run(requests_per_second=500, **STEPPED)
    spiky = run(requests_per_second=500, **{**STEPPED, "traffic_shape": "spiky"})
    assert spiky["fargate_tasks"] == 4 * 5
    for key in ("api_http_lambda", "api_rest_lambda", "alb_lambda"):
        assert spiky[f"{key}_usd_month"] == steady[f"{key}_usd_month"]


def test_containers_keep_one_task_and_one_node_per_zone() -> None:
    out = run(requests_per_second=0, availability_zones=3)
    assert out["fargate_tasks"] == 3 and out["eks_nodes"] == 3


# --- Monotone in load (the crossover search relies on it) ----------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    load=st.floats(min_value=0, max_value=1e5),
    factor=st.floats(min_value=1, max_value=100),
    shape=st.sampled_from(tuple(architecture_cost.PEAK_FACTORS)),
    payload=st.floats(min_value=0, max_value=1000),
    per_task=st.floats(min_value=1, max_value=1000),
    vcpu=st.floats(min_value=0.25, max_value=1.5),
    zones=st.integers(min_value=1, max_value=6),
    node=st.sampled_from(tuple(architecture_cost.NODE_SIZE_KEYS)),
)
def test_every_architecture_costs_more_or_the_same_at_a_higher_load(
    load: float, factor: float, shape: str, payload: float, per_task: float, vcpu: float, zones: int, node: str
) -> None:
    common = {
        "traffic_shape": shape,
        "payload_kb": payload,
        "requests_per_task_per_second": per_task,
        "task_vcpu": vcpu,
        "availability_zones": zones,
        "node_type": node,
    }
    lower = run(requests_per_second=load, **common)
    higher = run(requests_per_second=min(load * factor, 1e6), **common)
    for key in KEYS:
        assert float(higher[f"{key}_usd_month"]) >= float(lower[f"{key}_usd_month"]) - 1e-9  # type: ignore[arg-type]


# --- Crossovers by bisection ----------------------------------------------------------------------------


def test_http_api_against_alb_lambda_crosses_where_the_algebra_says() -> None:
    # No response bytes and 10 requests a connection: the ALB's LCUs come from new connections, load ÷ 10 ÷ 25.
    # HTTP API: load × 2,628,000 s ÷ 1 M × $1; ALB: 730 × $0.02 + load ÷ 250 × 730 × $0.008 (Lambda costs the same
    # behind both). Equal at 14.6 ÷ (2.628 − 0.02336) = 5.6054 requests/s.
    analytic = HOURS_PER_MONTH * 0.02 / (SECONDS_PER_MONTH / PER_MILLION * 1 - HOURS_PER_MONTH * 0.008 / 250)
    inputs = values(payload_kb=0, requests_per_connection=10)
    found = [
        c for c in _crossover.crossovers(inputs, ROUND) if {c.cheaper_below, c.cheaper_above} == {"api_http_lambda", "alb_lambda"}
    ]
    assert len(found) == 1
    assert (found[0].cheaper_below, found[0].cheaper_above) == ("api_http_lambda", "alb_lambda")
    assert found[0].requests_per_second == pytest.approx(analytic, rel=1e-5)
    assert analytic == pytest.approx(5.6054, rel=1e-4)


def test_rest_api_never_beats_http_api_and_every_crossover_is_a_real_change_of_order() -> None:
    inputs = values()
    found = _crossover.crossovers(inputs, ROUND)
    assert found and all({c.cheaper_below, c.cheaper_above} != {"api_http_lambda", "api_rest_lambda"} for c in found)
    for crossover in found:
        below = _crossover.costs_at(inputs, crossover.requests_per_second * (1 - 1e-4), ROUND)
        above = _crossover.costs_at(inputs, crossover.requests_per_second * (1 + 1e-4), ROUND)
        assert below[crossover.cheaper_below] < below[crossover.cheaper_above]
        assert above[crossover.cheaper_below] >= above[crossover.cheaper_above]


def test_the_load_table_names_the_cheapest_at_each_load() -> None:
    rows = _crossover.load_table(values(), ROUND)
    assert [load for load, _, _ in rows] == [1, 100, 10_000]
    for _, costs, best in rows:
        assert costs[best] == min(costs.values())
    assert rows[0][2] == "api_http_lambda"  # at 1 request/s the containers' floor dominates


# --- Sensitivity ----------------------------------------------------------------------------------------


def test_sensitivity_ranks_the_inputs_of_the_cheapest_by_swing() -> None:
    inputs = values()
    cheapest, ranking = _crossover.sensitivity(inputs, ROUND)
    base = architecture_cost.costs(inputs, ROUND)
    assert base[cheapest] == min(base.values())
    swings = [row.swing for row in ranking]
    assert swings == sorted(swings, reverse=True)
    by_name = {row.name: row for row in ranking}
    assert by_name["egress_share"].doubled == 1  # 1 doubled stays within its bound
    assert by_name["requests_per_second"].halved == 50 and by_name["requests_per_second"].doubled == 200
    doubled = architecture_cost.costs({**inputs, "payload_kb": 20.0}, ROUND)[cheapest]
    assert by_name["payload_kb"].at_doubled == pytest.approx(doubled)
    assert ranking[0].swing == max(abs(cost - base[cheapest]) for row in ranking for cost in (row.at_halved, row.at_doubled))


# --- Invalid inputs and notes ---------------------------------------------------------------------------


def test_a_pod_larger_than_a_node_names_the_task_size() -> None:
    with pytest.raises(InputError) as error:
        run(task_vcpu=2)
    assert error.value.field == "task_vcpu" and "m7g.large" in error.value.message


def test_notes_flag_idle_floors_and_quotas() -> None:
    quiet = compute(NAME, {"requests_per_second": 1}, ROUND)[1]
    assert any("one-per-zone floor" in note for note in quiet.notes)
    busy = compute(NAME, {"requests_per_second": 100_000, "traffic_shape": "spiky"}, ROUND)[1]
    assert any("API Gateway" in note for note in busy.notes)
    assert any("concurrency" in note for note in busy.notes)


def test_the_chart_draws_every_architecture_over_the_load() -> None:
    (chart,) = architecture_cost.CHARTS
    assert chart.x == "requests_per_second" and chart.x_log and chart.y_log
    outputs = set(run())
    assert [line.output for line in chart.lines] == [f"{key}_usd_month" for key in KEYS]
    assert all(line.output in outputs for line in chart.lines)
    assert math.isclose(chart.x_min, 0.1) and chart.x_max == 100_000
