"""Kubernetes node packing: CPU-, memory- and pod-cap-bound cases, pods that cannot fit, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute

NO_DAEMONSETS = {"daemonset_pods_per_node": 0, "daemonset_cpu_millicores": 0, "daemonset_memory_mib": 0}


def outputs(**raw: object) -> dict[str, object]:
    return compute("k8s_node_packing", raw)[1].output_values()


def test_without_daemonsets_cpu_binds() -> None:
    out = outputs(**NO_DAEMONSETS)  # 100 pods of 500m / 1 GiB on 4 vCPU / 16 GiB nodes, 10 % reserved
    assert out["pods_per_node"] == 7  # floor(3,600 ÷ 500)
    assert out["binding_constraint"] == "cpu"
    assert out["nodes"] == 15
    assert out["cpu_requested_percent"] == pytest.approx(100 * 50_000 / (15 * 3600))


def test_daemonsets_take_resources_on_every_node() -> None:
    out = outputs()  # defaults: 3 DaemonSet pods requesting 200m and 256 MiB per node
    assert out["pods_per_node"] == 6  # floor((3,600 − 200) ÷ 500)
    assert out["binding_constraint"] == "cpu"
    assert out["nodes"] == 17  # ceil(100 ÷ 6), two more than without DaemonSets
    assert out["cpu_requested_percent"] == pytest.approx(100 * (50_000 + 17 * 200) / (17 * 3600))


def test_daemonsets_take_pod_slots() -> None:
    out = outputs(
        pods=1000, pod_cpu_millicores=10, pod_memory_mib=10, node_vcpus=64, node_memory_gib=256, daemonset_pods_per_node=10
    )
    assert out["pods_per_node"] == 100  # 110 − 10 DaemonSet pods
    assert out["binding_constraint"] == "pods"
    assert out["nodes"] == 10
    assert (
        outputs(
            pods=1001, pod_cpu_millicores=10, pod_memory_mib=10, node_vcpus=64, node_memory_gib=256, daemonset_pods_per_node=10
        )["nodes"]
        == 11
    )


def test_memory_bound() -> None:
    out = outputs(pod_cpu_millicores=100, pod_memory_mib=4096, **NO_DAEMONSETS)
    assert out["pods_per_node"] == 3  # floor(14,745.6 ÷ 4,096)
    assert out["binding_constraint"] == "memory"
    assert out["nodes"] == 34


def test_pod_cap_bound() -> None:
    out = outputs(pods=1000, pod_cpu_millicores=10, pod_memory_mib=10, node_vcpus=64, node_memory_gib=256, **NO_DAEMONSETS)
    assert out["pods_per_node"] == 110
    assert out["binding_constraint"] == "pods"
    assert out["nodes"] == 10


def test_eks_node_with_a_lower_pod_cap() -> None:
    out = outputs(
        pods=100, pod_cpu_millicores=50, pod_memory_mib=64, node_vcpus=2, node_memory_gib=8, max_pods_per_node=29, **NO_DAEMONSETS
    )
    assert out["binding_constraint"] == "pods"
    assert out["nodes"] == 4


def test_exact_fit_is_not_lost_to_rounding() -> None:
    out = outputs(pods=10, pod_cpu_millicores=400, node_vcpus=4, system_reserved_percent=0, pod_memory_mib=1, **NO_DAEMONSETS)
    assert out["pods_per_node"] == 10
    assert out["nodes"] == 1


@given(
    pods=st.integers(min_value=1, max_value=150_000),
    cpu=st.floats(min_value=1, max_value=3600),
    memory=st.floats(min_value=1, max_value=14_000),
    vcpus=st.integers(min_value=4, max_value=1024),
    memory_gib=st.floats(min_value=16, max_value=32_768),
    cap=st.integers(min_value=1, max_value=1000),
    reserved=st.floats(min_value=0, max_value=10),
)
def test_nodes_hold_every_pod_and_no_more_nodes_than_needed(
    pods: int, cpu: float, memory: float, vcpus: int, memory_gib: float, cap: int, reserved: float
) -> None:
    common = {
        "pod_cpu_millicores": cpu,
        "pod_memory_mib": memory,
        "node_vcpus": vcpus,
        "node_memory_gib": memory_gib,
        "max_pods_per_node": cap,
        "system_reserved_percent": reserved,
        **NO_DAEMONSETS,
    }
    out = outputs(pods=pods, **common)
    nodes, per_node = int(str(out["nodes"])), int(str(out["pods_per_node"]))
    assert 1 <= per_node <= cap
    assert nodes * per_node >= pods > (nodes - 1) * per_node
    assert out["binding_constraint"] in {"cpu", "memory", "pods"}
    for name in ("cpu_requested_percent", "memory_requested_percent"):
        share = float(str(out[name]))
        assert math.isfinite(share)
        assert 0 < share <= 100 * (1 + 1e-9)
    more = outputs(pods=min(pods * 2, 150_000), **common)
    assert int(str(more["nodes"])) >= nodes
