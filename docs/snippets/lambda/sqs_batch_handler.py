"""A Lambda consumer for an SQS event source mapping that reports partial batch failures.

Without this, one bad message makes the whole batch return to the queue and every message in it is
processed again. With ReportBatchItemFailures enabled on the event source mapping, Lambda deletes the
successful messages and only the listed ones become visible again (and, after maxReceiveCount
attempts, move to the dead-letter queue).
"""

from __future__ import annotations

import json
from typing import Any


def process(message: dict[str, Any]) -> None:
    """Business logic for one message; must be idempotent, because SQS delivers at least once."""
    if "order_id" not in message:
        raise ValueError("message has no order_id")


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Process each record; return the IDs of the ones that failed.

    On a FIFO queue, stop at the first failure and report it and every later record, so that messages
    of the same message group are not processed out of order.
    """
    failures = []
    records = event["Records"]
    for index, record in enumerate(records):
        try:
            process(json.loads(record["body"]))
        except Exception:  # any failure means "retry this message"
            if record.get("eventSourceARN", "").endswith(".fifo"):
                failures.extend({"itemIdentifier": later["messageId"]} for later in records[index:])
                break
            failures.append({"itemIdentifier": record["messageId"]})
    return {"batchItemFailures": failures}
