"""EKS max pods: the eni-max-pods.txt examples, prefix delegation ceilings, kube-reserved memory, properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute


def outputs(**raw: object) -> dict[str, object]:
    return compute("eks_max_pods", raw)[1].output_values()


@pytest.mark.parametrize(
    ("instance", "enis", "per_eni", "vcpus", "pods"),
    [
        ("t3.medium", 3, 6, 2, 17),
        ("m5.large", 3, 10, 2, 29),
        ("m5.xlarge", 4, 15, 4, 58),
        ("m5.4xlarge", 8, 30, 16, 234),
        ("m6i.large", 3, 10, 2, 29),
        ("m7g.large", 3, 10, 2, 29),
    ],
)
def test_secondary_ip_mode_matches_the_eks_ami_table(instance: str, enis: int, per_eni: int, vcpus: int, pods: int) -> None:
    out = outputs(enis=enis, ipv4_per_eni=per_eni, vcpus=vcpus)
    assert out["max_pods"] == pods, instance


def test_m5_large_reserves_574_mib() -> None:
    assert outputs(enis=3, ipv4_per_eni=10, vcpus=2)["kube_reserved_memory_mib"] == 574


def test_prefix_delegation_small_instance_is_capped_at_110() -> None:
    out = outputs(enis=3, ipv4_per_eni=10, vcpus=2, prefix_delegation=True)  # 434 addresses
    assert out["max_pods"] == 110
    assert out["kube_reserved_memory_mib"] == 11 * 110 + 255


def test_prefix_delegation_under_30_vcpus_is_capped_at_110() -> None:
    assert outputs(enis=8, ipv4_per_eni=30, vcpus=16, prefix_delegation=True)["max_pods"] == 110


def test_prefix_delegation_from_30_vcpus_is_capped_at_250() -> None:
    assert outputs(enis=8, ipv4_per_eni=30, vcpus=30, prefix_delegation=True)["max_pods"] == 250
    assert outputs(enis=8, ipv4_per_eni=30, vcpus=29, prefix_delegation=True)["max_pods"] == 110


def test_prefix_delegation_below_the_ceiling_counts_prefixes() -> None:
    assert outputs(enis=2, ipv4_per_eni=2, vcpus=2, prefix_delegation=True)["max_pods"] == 34  # 2 × 1 × 16 + 2


def test_large_instances_without_prefix_delegation_are_not_capped() -> None:
    _, result = compute("eks_max_pods", {"enis": 15, "ipv4_per_eni": 50, "vcpus": 96})
    assert result.output_values()["max_pods"] == 737  # m5.24xlarge
    assert any("110" in note for note in result.notes)


counts = st.integers(min_value=1, max_value=100)


@given(enis=counts, per_eni=counts, vcpus=st.integers(min_value=1, max_value=1024), prefix=st.booleans())
def test_pods_and_memory_are_consistent(enis: int, per_eni: int, vcpus: int, prefix: bool) -> None:
    out = outputs(enis=enis, ipv4_per_eni=per_eni, vcpus=vcpus, prefix_delegation=prefix)
    pods = out["max_pods"]
    assert isinstance(pods, int)
    assert pods >= 2
    assert out["kube_reserved_memory_mib"] == 11 * pods + 255
    if prefix:
        ceiling = 250 if vcpus >= 30 else 110
        without = int(str(outputs(enis=enis, ipv4_per_eni=per_eni, vcpus=vcpus)["max_pods"]))
        assert min(ceiling, without) <= pods <= ceiling


@given(enis=counts, per_eni=counts, vcpus=st.integers(min_value=1, max_value=1024), prefix=st.booleans())
def test_more_interfaces_never_mean_fewer_pods(enis: int, per_eni: int, vcpus: int, prefix: bool) -> None:
    base = outputs(enis=enis, ipv4_per_eni=per_eni, vcpus=vcpus, prefix_delegation=prefix)
    more = outputs(enis=min(enis + 1, 100), ipv4_per_eni=per_eni, vcpus=vcpus, prefix_delegation=prefix)
    assert int(str(more["max_pods"])) >= int(str(base["max_pods"]))
