"""SQS API calls, FIFO throughput mode and monthly cost for a steady message rate.

Each message is sent, received and deleted once, in batches of ``batch_size`` (SendMessageBatch,
ReceiveMessage with MaxNumberOfMessages, DeleteMessageBatch), and every receive returns a full batch (long
polling, a busy queue). Billing: every 64 KB chunk of a send or receive call's payload is one request
(1 KB = 1,024 B), a delete call is one request; no free tier; 730-hour month. Standard queues use the
volume tiers (first 100 billion requests a month, next 100 billion, beyond); FIFO uses its first-tier
price throughout, which overstates very large FIFO bills slightly. FIFO queues allow 300 API calls per
second per action (send, receive, delete) unless high-throughput mode is on. Sources:
aws.amazon.com/sqs/pricing/ and the SQS developer guide's message quotas page.
"""

from __future__ import annotations

import math

from calculators._core import Choice, Input, Number, Output, Result, Step, Values, require
from calculators._pricing import tiered_cost, tiers_from_facts
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity, usd
from calculators.units import PER_MILLION, SECONDS_PER_MONTH

NAME = "sqs_throughput"
TITLE = "SQS throughput and cost"
SUMMARY = "API calls per second, FIFO high-throughput need and monthly cost for an SQS message rate."
QUESTION = "size"

ACTIONS = 3
"""Send, receive and delete: the three calls each batch of messages makes."""
PRICE_TIER_KEYS = {
    "standard": ("sqs.standard_million", "sqs.standard_next_100b", "sqs.standard_over_200b"),
    "fifo": ("sqs.fifo_million",),
}
"""Request price tiers per queue type (requests a month); sizes and prices come from the data."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="messages_per_second",
        label="Messages per second",
        unit="messages/s",
        default=1000,
        minimum=0,
        exclusive_minimum=True,
        maximum=1e8,
        help="Average messages produced (and consumed) per second.",
    ),
    Choice(
        name="queue_type",
        label="Queue type",
        choices=("standard", "fifo"),
        labels=("Standard", "FIFO"),
        default="standard",
        help="FIFO keeps order per message group and deduplicates, at lower throughput and a higher price.",
    ),
    Number(
        name="batch_size",
        label="Batch size",
        unit="messages per call",
        default=10,
        minimum=1,
        maximum=CURRENT.value("sqs.batch_max"),
        maximum_reason="SQS's 10 messages per batch call",
        integer=True,
        help="Messages per send, receive and delete call.",
    ),
    Number(
        name="message_size_kb",
        label="Message size",
        unit="KB",
        default=1,
        minimum=0,
        exclusive_minimum=True,
        maximum=CURRENT.value("sqs.max_message_kib"),
        maximum_reason="SQS's 1 MiB maximum message size",
        help="Payload of one message including attributes; 1 KB = 1,024 bytes.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Count calls per action, billed 64 KB chunks, and price them."""
    rate = float(values["messages_per_second"])
    queue_type = str(values["queue_type"])
    batch = int(values["batch_size"])
    size_kib = float(values["message_size_kb"])
    max_kib = facts.value("sqs.max_message_kib")
    chunk_kib = facts.value("sqs.billing_chunk_kib")
    fifo_tps = facts.value("sqs.fifo_tps")
    require(
        batch * size_kib <= max_kib,
        "batch_size",
        f"Batch size × message size must be at most {format_value(max_kib)} KB "
        "(SQS's 1 MiB limit on a batch call's total payload)",
    )

    calls_per_action = rate / batch
    api_calls = calls_per_action * ACTIONS
    chunks_per_call = max(1, math.ceil(round(batch * size_kib / chunk_kib, 9)))
    billed_per_second = calls_per_action * (2 * chunks_per_call + 1)
    billed_per_month = billed_per_second * SECONDS_PER_MONTH
    tiers = tiers_from_facts(facts, PRICE_TIER_KEYS[queue_type], per=PER_MILLION)
    cost = tiered_cost(billed_per_month / PER_MILLION, tiers)
    high_throughput = queue_type == "fifo" and calls_per_action > fifo_tps

    first_price = tiers[0].price
    steps = (
        Step("Calls per action", f"{quantity(rate, 'messages/s')} ÷ {batch} per call", calls_per_action, "calls/s"),
        Step("API calls", "calls per action × 3 (send, receive, delete)", api_calls, "calls/s"),
        Step(
            "Billed chunks per send or receive",
            f"max(1, ceil({batch} × {size_kib:g} KB ÷ {chunk_kib:g} KB))",
            chunks_per_call,
            "billed requests per call",
        ),
        Step("Billed requests per second", "calls per action × (2 × chunks + 1 delete)", billed_per_second, "requests/s"),
        Step("Billed requests per month", f"billed requests per second × {SECONDS_PER_MONTH:,} s", billed_per_month, "requests"),
        Step(
            "Monthly cost",
            f"requests ÷ 1,000,000 × {usd(first_price)} ({queue_type}"
            + (f", lower rates above {format_value(tiers[0].size or 0)} million a month)" if len(tiers) > 1 else ")"),
            cost,
            "USD/month",
            facts=PRICE_TIER_KEYS[queue_type],
        ),
    )
    notes = []
    if high_throughput:
        notes.append(
            f"More than {fifo_tps:g} calls/s per action: enable high-throughput FIFO and spread messages over many "
            "message groups" + ("." if batch == facts.value("sqs.batch_max") else ", or batch more messages per call.")
        )
    if queue_type == "fifo" and calls_per_action > facts.value("sqs.fifo_high_throughput_tps"):
        notes.append("Beyond high-throughput FIFO's per-action quota in us-east-1: split the traffic across queues.")
    if batch < facts.value("sqs.batch_max") and chunks_per_call == 1:
        notes.append("Batching more messages per call would cut the calls and the bill.")
    notes.append("Assumes every receive returns a full batch; empty receives (short polling, idle queues) add requests.")
    return Result(
        outputs=(
            Output("high_throughput_required", "High-throughput FIFO needed", high_throughput),
            Output("api_requests_per_second", "API calls", api_calls, "calls/s"),
            Output("billed_requests_per_month", "Billed requests", billed_per_month, "requests/month"),
            Output("monthly_cost_usd", "Monthly cost", cost, "USD/month"),
        ),
        steps=steps,
        notes=tuple(notes),
    )
