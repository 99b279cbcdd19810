"""Quorum availability and latency: Aurora's 4/6 and 3/6 quorums, the overlap rules, latency, properties.

No prices: the worked example reads Aurora's published quorum sizes from the facts (``data/rds.py``).
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute
from calculators.data import CURRENT
from tests.calculators.round_facts import ROUND

NAME = "quorum_availability"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def notes(**raw: object) -> tuple[str, ...]:
    return compute(NAME, raw, ROUND)[1].notes


AURORA = {
    "replicas": int(CURRENT.value("aurora.storage_copies")),
    "write_quorum": int(CURRENT.value("aurora.write_quorum")),
    "read_quorum": int(CURRENT.value("aurora.read_quorum")),
}


def test_aurora_figures_are_the_published_six_four_three() -> None:
    # AWS Database Blog, "Amazon Aurora under the hood" part 3, and Verbitski et al. SIGMOD 2017:
    # six copies over three AZs (two per AZ), write quorum 4 of 6, read/repair quorum 3 of 6.
    assert AURORA == {"replicas": 6, "write_quorum": 4, "read_quorum": 3}


def test_worked_example_aurora_survives_an_az_for_writes_and_az_plus_one_for_reads() -> None:
    # Writes: 6 − 4 = 2 copies may fail, exactly one AZ's two copies.
    # Reads: 6 − 3 = 3 copies may fail, one AZ (2) plus one more copy (the "AZ+1" of the SIGMOD paper).
    # Overlap: R + W = 3 + 4 = 7 > 6, and 2W = 8 > 6.
    out = run(**AURORA, replica_latencies_ms="1, 1, 1, 1, 1, 1")
    assert out["tolerated_failures_write"] == 2
    assert out["tolerated_failures_read"] == 3
    assert out["overlapping"] is True
    assert out["writes_overlap"] is True


def test_worked_example_aurora_availability_at_three_nines_per_copy() -> None:
    # p = 0.999, q = 0.001. A write fails when at most 3 of 6 copies are up:
    #   i=3: C(6,3) p³q³ = 20 × 0.997002999 × 1e-9  = 1.994005998e-8
    #   i=2: C(6,2) p²q⁴ = 15 × 0.998001    × 1e-12 = 1.4970015e-11
    #   i=1: C(6,1) p q⁵ =  6 × 0.999       × 1e-15 = 5.994e-15
    #   i=0: q⁶                                        = 1e-18
    #   sum = 1.99550360e-8 → 1.9955036e-6 %; × 43,800 minutes = 0.000874031 minutes a month.
    # A read fails when at most 2 are up: 1.4970015e-11 + 5.994e-15 + 1e-18 = 1.4976010e-11.
    out = run(**AURORA, replica_latencies_ms="1, 1, 1, 1, 1, 1")
    write_down = 1.994005998e-8 + 1.4970015e-11 + 5.994e-15 + 1e-18
    read_down = 1.4970015e-11 + 5.994e-15 + 1e-18
    assert out["write_unavailability_percent"] == pytest.approx(write_down * 100, rel=1e-9)
    assert out["read_unavailability_percent"] == pytest.approx(read_down * 100, rel=1e-9)
    assert out["write_downtime_minutes_per_month"] == pytest.approx(0.000874031, rel=1e-6)
    assert out["write_availability_percent"] == pytest.approx(100 - write_down * 100, abs=1e-12)


def test_three_replicas_majority_at_three_nines() -> None:
    # N=3, R=W=2: fails when at most 1 is up: 3 p q² + q³ = 3 × 0.999 × 1e-6 + 1e-9 = 2.998e-6
    # → 99.9997002 %; × 43,800 = 0.1313124 minutes a month.
    out = run()
    assert out["read_availability_percent"] == pytest.approx(99.9997002)
    assert out["write_downtime_minutes_per_month"] == pytest.approx(0.1313124)
    assert out["tolerated_failures_read"] == out["tolerated_failures_write"] == 1


def test_latency_is_the_slowest_member_of_the_fastest_quorum() -> None:
    # Defaults: two replicas at 2 ms in the caller's Region, one at 60 ms far away; the 2nd fastest is 2 ms.
    out = run()
    assert out["read_latency_ms"] == 2
    assert out["write_latency_ms"] == 2
    # Write to all three (W = N) and every write waits for the far Region.
    assert run(write_quorum=3)["write_latency_ms"] == 60
    # Order of the list does not matter.
    assert run(replica_latencies_ms="60, 2, 2")["read_latency_ms"] == 2


def test_unsorted_five_replica_latencies_pick_the_kth() -> None:
    out = run(replicas=5, read_quorum=2, write_quorum=4, replica_latencies_ms="40, 3ms, 9, 1, 70")
    assert out["read_latency_ms"] == 3  # sorted 1, 3, 9, 40, 70: 2nd
    assert out["write_latency_ms"] == 40  # 4th


def test_read_and_write_quorums_that_miss_each_other_are_flagged() -> None:
    raw = {"replicas": 3, "read_quorum": 1, "write_quorum": 1}
    out = run(**raw)
    assert out["overlapping"] is False
    assert out["writes_overlap"] is False
    text = " ".join(notes(**raw))
    assert "R + W ≤ N" in text and "stale" in text
    assert "W ≤ N/2" in text and "disjoint" in text


def test_overlapping_reads_but_not_writes() -> None:
    # N=4, W=2, R=3: R + W = 5 > 4, but two writes of 2 can land on disjoint pairs.
    out = run(replicas=4, read_quorum=3, write_quorum=2, replica_latencies_ms="1, 1, 1, 1")
    assert out["overlapping"] is True
    assert out["writes_overlap"] is False


def test_even_majority_gains_nothing_over_one_fewer() -> None:
    four = run(replicas=4, read_quorum=3, write_quorum=3, replica_latencies_ms="1, 1, 1, 1")
    three = run(replicas=3, read_quorum=2, write_quorum=2, replica_latencies_ms="1, 1, 1")
    assert four["tolerated_failures_write"] == three["tolerated_failures_write"] == 1
    assert four["write_unavailability_percent"] > three["write_unavailability_percent"]  # more ways to lose 2
    assert any("even N" in note for note in notes(replicas=4, read_quorum=3, write_quorum=3, replica_latencies_ms="1,1,1,1"))


def test_w_equal_n_has_no_write_failure_tolerance() -> None:
    out = run(write_quorum=3, read_quorum=1)
    assert out["tolerated_failures_write"] == 0
    # Any one replica down stops writes: 1 − 0.999³ = 0.002997001 → 0.2997001 %.
    assert out["write_unavailability_percent"] == pytest.approx(0.2997001)


def test_latency_count_must_match_replicas() -> None:
    with pytest.raises(InputError) as error:
        run(replicas=5)
    assert error.value.field == "replica_latencies_ms"
    assert "5 replicas" in error.value.message and "not 3 values" in error.value.message


def test_quorum_above_n_names_its_field() -> None:
    with pytest.raises(InputError) as error:
        run(read_quorum=4)
    assert error.value.field == "read_quorum"


def latencies(count: int) -> st.SearchStrategy[str]:
    values = st.lists(st.integers(min_value=0, max_value=500), min_size=count, max_size=count)
    return values.map(lambda items: ", ".join(str(item) for item in items))


@st.composite
def configurations(draw: st.DrawFn) -> dict[str, object]:
    replicas = draw(st.integers(min_value=1, max_value=15))
    return {
        "replicas": replicas,
        "read_quorum": draw(st.integers(min_value=1, max_value=replicas)),
        "write_quorum": draw(st.integers(min_value=1, max_value=replicas)),
        "replica_availability_percent": draw(st.sampled_from([50, 90, 99, 99.9, 99.99, 99.9999])),
        "replica_latencies_ms": draw(latencies(replicas)),
    }


@given(configurations())
def test_outputs_are_bounded_and_consistent(raw: dict[str, object]) -> None:
    out = run(**raw)
    for name in ("read_availability_percent", "write_availability_percent", "read_unavailability_percent"):
        value = out[name]
        assert isinstance(value, float) and math.isfinite(value) and 0 <= value <= 100
    assert out["read_availability_percent"] + out["read_unavailability_percent"] == pytest.approx(100)
    assert out["overlapping"] == (int(raw["read_quorum"]) + int(raw["write_quorum"]) > int(raw["replicas"]))  # type: ignore[call-overload]
    listed = sorted(float(item) for item in str(raw["replica_latencies_ms"]).split(","))
    assert listed[0] <= out["read_latency_ms"] <= listed[-1]  # type: ignore[operator]


@given(configurations())
def test_a_smaller_quorum_is_never_less_available_nor_slower(raw: dict[str, object]) -> None:
    out = run(**raw)
    if int(raw["read_quorum"]) > 1:  # type: ignore[call-overload]
        smaller = run(**{**raw, "read_quorum": int(raw["read_quorum"]) - 1})  # type: ignore[call-overload]
        assert smaller["read_unavailability_percent"] <= out["read_unavailability_percent"]  # type: ignore[operator]
        assert smaller["read_latency_ms"] <= out["read_latency_ms"]  # type: ignore[operator]
        assert smaller["tolerated_failures_read"] == out["tolerated_failures_read"] + 1  # type: ignore[operator]
