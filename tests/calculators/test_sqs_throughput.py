"""SQS throughput: API calls, FIFO's 300 calls per second per action, 64 KB billing chunks, tiers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute

NAME = "sqs_throughput"
MONTH_S = 730 * 3600


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


def test_defaults_batched_standard_queue() -> None:
    out = run(messages_per_second=1000, queue_type="standard", batch_size=10, message_size_kb=1)
    assert out["api_requests_per_second"] == pytest.approx(300)
    assert out["billed_requests_per_month"] == pytest.approx(300 * MONTH_S)
    assert out["monthly_cost_usd"] == pytest.approx(315.36, abs=0.005)
    assert out["high_throughput_required"] is False


def test_unbatched_calls_cost_ten_times_as_much() -> None:
    out = run(messages_per_second=1000, batch_size=1, message_size_kb=1)
    assert out["api_requests_per_second"] == pytest.approx(3000)
    assert out["monthly_cost_usd"] == pytest.approx(3153.60, abs=0.005)


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
    assert out["monthly_cost_usd"] == pytest.approx(900 * MONTH_S * 0.50 / 1e6, abs=0.005)
    assert out["monthly_cost_usd"] == pytest.approx(1182.60, abs=0.005)


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
    millions = 300_000 * MONTH_S / 1e6  # 788,400 million requests
    assert out["monthly_cost_usd"] == pytest.approx(100_000 * 0.40 + 100_000 * 0.30 + (millions - 200_000) * 0.24, abs=0.005)
    assert out["monthly_cost_usd"] == pytest.approx(211_216.00, abs=0.005)


def test_notes() -> None:
    _, result = compute(NAME, {"messages_per_second": 5000, "queue_type": "fifo", "batch_size": 1})
    assert any("high-throughput FIFO" in note for note in result.notes)
    assert any("Batching" in note for note in result.notes)
    _, beyond = compute(NAME, {"messages_per_second": 800_000, "queue_type": "fifo", "batch_size": 10})
    assert any("split the traffic" in note for note in beyond.notes)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"messages_per_second": 0}, "messages_per_second"),
        ({"messages_per_second": -1}, "messages_per_second"),
        ({"queue_type": "kafka"}, "queue_type"),
        ({"batch_size": 0}, "batch_size"),
        ({"batch_size": 11}, "batch_size"),
        ({"batch_size": 2.5}, "batch_size"),
        ({"message_size_kb": 0}, "message_size_kb"),
        ({"message_size_kb": 1025}, "message_size_kb"),
        ({"message_size_kb": "big"}, "message_size_kb"),
        ({"batch_size": 2, "message_size_kb": 1024}, "batch_size"),  # a batch's total payload is at most 1 MiB
    ],
)
def test_invalid_input(raw: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        compute(NAME, raw)
    assert caught.value.field == field


def test_message_size_error_names_the_limit() -> None:
    with pytest.raises(InputError, match="1 MiB maximum message size"):
        compute(NAME, {"message_size_kb": 2048})


rates = st.floats(min_value=0.001, max_value=1e8)
batches = st.integers(min_value=1, max_value=10)
sizes = st.floats(min_value=0.001, max_value=102.4)
queue_types = st.sampled_from(("standard", "fifo"))


@given(rates, queue_types, batches, sizes)
def test_outputs_finite_and_consistent(rate: float, queue_type: str, batch: int, size_kb: float) -> None:
    out = run(messages_per_second=rate, queue_type=queue_type, batch_size=batch, message_size_kb=size_kb)
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
        run(messages_per_second=low, **common)["monthly_cost_usd"] <= run(messages_per_second=high, **common)["monthly_cost_usd"]
    )
