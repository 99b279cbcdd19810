"""Consistent hashing: a two-node ring worked by hand, an independent re-implementation, the cap, properties.

The ring is deterministic (blake2b of "node-i#vnode-j"), so exact values are stable. The independent check
below finds each point's predecessor by brute force (no sorting, no owner tags), a different code path
from the calculator's single sorted pass.
"""

from __future__ import annotations

import hashlib
import statistics
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import InputError, compute
from calculators.consistent_hashing import OWNER_BITS, RING_SIZE, arc_totals, ring_point

NAME = "consistent_hashing"


def run(**raw: object) -> dict[str, Any]:
    return compute(NAME, raw)[1].output_values()


def point(node: int, vnode: int) -> int:
    """The ring position, recomputed here rather than imported."""
    return int.from_bytes(hashlib.blake2b(f"node-{node}#vnode-{vnode}".encode(), digest_size=8).digest(), "big")


def brute_force_shares(nodes: int, vnodes: int) -> list[float]:
    """Each point owns the distance back to its nearest predecessor, found by trying every other point."""
    points = [(point(n, v), n) for n in range(nodes) for v in range(vnodes)]
    owned = [0] * nodes
    for i, (position, owner) in enumerate(points):
        owned[owner] += min((position - other) % RING_SIZE for j, (other, _) in enumerate(points) if j != i)
    return [total / RING_SIZE for total in owned]


def brute_force_moved(nodes: int, vnodes: int) -> float:
    """Share of the ring whose owner differs between the N-node and N+1-node rings, arc by arc."""
    old = [point(n, v) for n in range(nodes) for v in range(vnodes)]
    new = old + [point(nodes, v) for v in range(vnodes)]
    owner = {point(n, v): n for n in range(nodes + 1) for v in range(vnodes)}

    def successor(key: int, ring: list[int]) -> int:
        return min(ring, key=lambda p: (p - key) % RING_SIZE)

    boundaries = sorted(new)
    moved = 0
    for i, end in enumerate(boundaries):
        start = boundaries[i - 1]
        length = (end - start) % RING_SIZE or RING_SIZE
        if owner[successor(end, old)] != owner[successor(end, new)]:
            moved += length
    return moved / RING_SIZE


def test_two_nodes_one_point_each_by_hand() -> None:
    # blake2b-64 positions: node-0#vnode-0 = 0xf9959acc57296ef8 = 17,984,450,889,400,282,872
    #                       node-1#vnode-0 = 0xe5ea99c703f69f0a = 16,567,223,259,279,826,698
    #                       node-2#vnode-0 = 0xd47e9eabefad7f7e = 15,311,850,244,403,986,302
    assert (point(0, 0), point(1, 0), point(2, 0)) == (
        17_984_450_889_400_282_872,
        16_567_223_259_279_826_698,
        15_311_850_244_403_986_302,
    )
    # Node 0 owns (node 1, node 0]: 17,984,450,889,400,282,872 − 16,567,223,259,279,826,698
    #   = 1,417,227,630,120,456,174 of 2^64 = 18,446,744,073,709,551,616 → 7.683 %; node 1 owns the other 92.317 %.
    # Ratios to the fair 50 %: 0.0768 ÷ 0.5 = 0.154 and 0.9232 ÷ 0.5 = 1.846.
    # Std dev of (s, 1 − s) is |0.5 − s| = 0.42317, ÷ 0.5 = 84.63 %.
    # Node 2 joins below both: it takes (node 0, node 2] across zero:
    #   15,311,850,244,403,986,302 + 2^64 − 17,984,450,889,400,282,872 = 15,774,143,428,713,255,046 → 85.51 %.
    # hash mod 2 → mod 3 moves 2 ÷ 3 = 66.67 %.
    out = run(nodes=2, vnodes_per_node=1)
    share0 = 1_417_227_630_120_456_174 / 2**64
    assert out["min_load_ratio"] == round(share0 / 0.5, 3) == 0.154
    assert out["max_load_ratio"] == round((1 - share0) / 0.5, 3) == 1.846
    assert out["load_stddev_percent"] == 84.63
    assert out["keys_moved_on_join_percent"] == round(15_774_143_428_713_255_046 / 2**64 * 100, 2) == 85.51
    assert out["keys_moved_modulo_percent"] == 66.67


@pytest.mark.parametrize(("nodes", "vnodes"), [(2, 3), (3, 4), (5, 2), (4, 10)])
def test_matches_an_independent_brute_force(nodes: int, vnodes: int) -> None:
    shares = brute_force_shares(nodes, vnodes)
    assert sum(shares) == pytest.approx(1)
    fair = 1 / nodes
    out = run(nodes=nodes, vnodes_per_node=vnodes)
    assert out["max_load_ratio"] == round(max(shares) / fair, 3)
    assert out["min_load_ratio"] == round(min(shares) / fair, 3)
    assert out["load_stddev_percent"] == round(statistics.pstdev(shares) / fair * 100, 2)
    assert out["keys_moved_on_join_percent"] == round(brute_force_moved(nodes, vnodes) * 100, 2)


def test_defaults_and_the_four_page_settings() -> None:
    out = run()
    assert out == run(nodes=10, vnodes_per_node=100)
    spreads = [run(nodes=10, vnodes_per_node=v)["load_stddev_percent"] for v in (1, 10, 100, 1000)]
    assert spreads == sorted(spreads, reverse=True)  # each tenfold step in virtual nodes evens the ring out
    assert out["keys_moved_modulo_percent"] == round(10 / 11 * 100, 2)


def test_arcs_cover_the_ring_exactly() -> None:
    tagged = sorted(ring_point(n, v) << OWNER_BITS | n for n in range(8) for v in range(50))
    assert sum(arc_totals(tagged, 7)) == RING_SIZE  # shares sum to exactly 1, before the join
    assert sum(arc_totals(tagged, 8)) == RING_SIZE  # and after it


def test_more_virtual_nodes_spread_load_more_evenly_on_average() -> None:
    node_counts = range(3, 23)
    few = statistics.mean(float(run(nodes=n, vnodes_per_node=4)["load_stddev_percent"]) for n in node_counts)
    many = statistics.mean(float(run(nodes=n, vnodes_per_node=64)["load_stddev_percent"]) for n in node_counts)
    # Theory: about 1/√4 = 50 % and 1/√64 = 12.5 % of the fair share.
    assert many < few / 2
    assert 30 < few < 70 and 6 < many < 20


def test_the_point_cap_names_the_field_and_the_reason() -> None:
    with pytest.raises(InputError) as error:
        run(nodes=1000, vnodes_per_node=101)
    assert error.value.field == "vnodes_per_node"
    assert "100,000" in error.value.message and "computation time" in error.value.message
    assert run(nodes=1000, vnodes_per_node=100)["keys_moved_modulo_percent"] == 99.9


def test_one_point_per_node_warns() -> None:
    notes = compute(NAME, {"nodes": 10, "vnodes_per_node": 1})[1].notes
    assert any("fair share" in note for note in notes)


def test_defaults_are_fast() -> None:
    started = time.perf_counter()
    for _ in range(10):
        run()
    assert (time.perf_counter() - started) / 10 < 0.05  # about 2 ms alone; generous for a busy machine


@settings(max_examples=40, deadline=None)
@given(nodes=st.integers(min_value=2, max_value=200), vnodes=st.integers(min_value=1, max_value=50))
def test_ratios_bracket_one_and_a_join_moves_about_its_share(nodes: int, vnodes: int) -> None:
    out = run(nodes=nodes, vnodes_per_node=vnodes)
    assert out["max_load_ratio"] >= 1 >= out["min_load_ratio"] >= 0
    assert out["load_stddev_percent"] >= 0
    moved = float(out["keys_moved_on_join_percent"]) / 100
    ideal = 1 / (nodes + 1)
    spread = (nodes / ((nodes + 1) * vnodes + 1)) ** 0.5  # relative std dev of a Beta(V, N·V) share
    assert 0 < moved < 1
    assert abs(moved - ideal) <= 6 * spread * ideal + 0.0001
    assert out["keys_moved_modulo_percent"] == round(nodes / (nodes + 1) * 100, 2)
    # Consistent hashing never moves more than naive modulo placement would, once N·V is not tiny.
    if vnodes >= 20:
        assert moved < nodes / (nodes + 1)
