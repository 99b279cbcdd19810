"""SQS throughput: API calls, FIFO's 300 calls per second per action, 64 KB billing chunks, tiers.

Worked examples compute with the round prices of ``round_facts.ROUND``, per million requests: standard queues
$0.4 for the first 100 billion a month, $0.3 for the next 100 billion, $0.2 beyond; FIFO $0.5.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute
from tests.calculators.round_facts import ROUND

NAME = "sqs_throughput"
MONTH_S = 730 * 3600


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def run_current(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


def test_defaults_batched_standard_queue() -> None:
    out = run(messages_per_second=1000, queue_type="standard", batch_size=10, message_size_kb=1)
    assert out["api_requests_per_second"] == pytest.approx(300)
    assert out["billed_requests_per_month"] == pytest.approx(300 * MONTH_S)
    assert out["monthly_cost_usd"] == pytest.approx(315.36, rel=1e-12)  # 300/s × 2,628,000 s = 788.4 M × $0.4/M
    assert out["high_throughput_required"] is False


def test_unbatched_calls_cost_ten_times_as_much() -> None:
    out = run(messages_per_second=1000, batch_size=1, message_size_kb=1)
    assert out["api_requests_per_second"] == pytest.approx(3000)
    assert out["monthly_cost_usd"] == pytest.approx(3153.60, rel=1e-12)  # 3,000/s × 2,628,000 s = 7,884 M × $0.4/M


@pytest.mark.parametrize(
    ("rate", "batch", "required"),
    [
        (300, 1, False),
        (301, 1, True),
        (3000, 10, False),  # 300 calls per second per action with full batches
        (3001, 10, True),
    ],
)
def test_fifo_high_throughput_threshold(rate: float, batch: int, required: bool) -> None:
    out = run(messages_per_second=rate, queue_type="fifo", batch_size=batch, message_size_kb=1)
    assert out["high_throughput_required"] is required


def test_standard_queue_never_needs_high_throughput_mode() -> None:
    assert run(messages_per_second=1e6, queue_type="standard", batch_size=1)["high_throughput_required"] is False


def test_fifo_price() -> None:
    out = run(messages_per_second=3000, queue_type="fifo", batch_size=10, message_size_kb=1)
    # 300 calls/s per action × (2 + 1) = 900 requests/s × 2,628,000 s = 2,365.2 M × $0.5/M
    assert out["monthly_cost_usd"] == pytest.approx(1182.60, rel=1e-12)


@pytest.mark.parametrize(
    ("size_kb", "batch", "chunks"),
    [
        (256, 1, 4),  # a 256 KB message is billed as 4 requests
        (1024, 1, 16),  # a 1 MiB message as 16
        (64, 1, 1),
        (64.5, 1, 2),
        (6.4, 10, 1),  # 64 KB in total: one chunk
        (10, 10, 2),  # 100 KB in total: two chunks
    ],
)
def test_sixty_four_kb_chunks(size_kb: float, batch: int, chunks: int) -> None:
    out = run(messages_per_second=batch, batch_size=batch, message_size_kb=size_kb)
    assert out["billed_requests_per_month"] == pytest.approx((2 * chunks + 1) * MONTH_S)


def test_standard_volume_tiers() -> None:
    out = run(messages_per_second=100_000, batch_size=1, message_size_kb=1)
    # 300,000 requests/s × 2,628,000 s = 788,400 M: 100,000 M × $0.4 + 100,000 M × $0.3 + 588,400 M × $0.2
    #   = $40,000 + $30,000 + $117,680
    assert out["monthly_cost_usd"] == pytest.approx(187_680, rel=1e-12)


def test_notes() -> None:
    _, result = compute(NAME, {"messages_per_second": 5000, "queue_type": "fifo", "batch_size": 1})
    assert any("high-throughput FIFO" in note for note in result.notes)
    assert any("Batching" in note for note in result.notes)
    _, beyond = compute(NAME, {"messages_per_second": 800_000, "queue_type": "fifo", "batch_size": 10})
    assert any("split the traffic" in note for note in beyond.notes)


def test_message_size_error_names_the_limit() -> None:
    with pytest.raises(InputError, match="1 MiB maximum message size"):
        compute(NAME, {"message_size_kb": 2048})


rates = st.floats(min_value=0.001, max_value=1e8)
batches = st.integers(min_value=1, max_value=10)
sizes = st.floats(min_value=0.001, max_value=102.4)
queue_types = st.sampled_from(("standard", "fifo"))


@given(rates, queue_types, batches, sizes)
def test_outputs_finite_and_consistent(rate: float, queue_type: str, batch: int, size_kb: float) -> None:
    out = run_current(messages_per_second=rate, queue_type=queue_type, batch_size=batch, message_size_kb=size_kb)
    calls = out["api_requests_per_second"]
    cost = out["monthly_cost_usd"]
    assert isinstance(calls, float)
    assert isinstance(cost, float)
    assert math.isfinite(cost)
    assert cost >= 0
    assert calls == pytest.approx(3 * rate / batch)
    assert out["high_throughput_required"] is (queue_type == "fifo" and rate / batch > 300)


@given(rates, rates, queue_types, batches, sizes)
def test_monotonic_in_load(first: float, second: float, queue_type: str, batch: int, size_kb: float) -> None:
    low, high = sorted((first, second))
    common = {"queue_type": queue_type, "batch_size": batch, "message_size_kb": size_kb}
    assert (
        run_current(messages_per_second=low, **common)["monthly_cost_usd"]
        <= run_current(messages_per_second=high, **common)["monthly_cost_usd"]
    )
