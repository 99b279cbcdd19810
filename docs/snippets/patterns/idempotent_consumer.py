"""SQS-triggered Lambda handler: idempotent processing with partial batch responses.

SQS delivers at least once, so the same message can arrive twice. Before doing the work, the handler
claims the message's idempotency key in a DynamoDB table with a conditional write; a duplicate finds the
key already completed and is skipped. Failed messages are returned in ``batchItemFailures`` so only they
go back to the queue (the event source mapping must enable ``ReportBatchItemFailures``).

Environment: ``IDEMPOTENCY_TABLE`` names a table with partition key ``pk`` (string) and TTL on
``expires_at``.
"""

from __future__ import annotations

import json
import logging
import os
import time
from typing import Any

FUNCTION_TIMEOUT_SECONDS = 60  # the function's configured timeout: keep it in step with the deployment
CLAIM_MARGIN_SECONDS = 30  # slack for clock differences between execution environments
# A claim outlives any invocation that could still hold it: a live worker never loses its claim, and one
# left by a crashed or timed-out invocation lapses a margin after that invocation was stopped.
CLAIM_SECONDS = FUNCTION_TIMEOUT_SECONDS + CLAIM_MARGIN_SECONDS
KEEP_SECONDS = 24 * 60 * 60  # how long a completed key blocks duplicates

LOG = logging.getLogger(__name__)

_table = None


def table() -> Any:
    """Create the DynamoDB Table resource once per execution environment, on first use."""
    global _table
    if _table is None:
        import boto3  # imported lazily so the module loads without AWS credentials

        _table = boto3.resource("dynamodb").Table(os.environ["IDEMPOTENCY_TABLE"])
    return _table


def apply_order(order: dict[str, Any]) -> None:
    """The business side effect; replace with real work (reserve stock, charge a card...)."""
    LOG.info("processing order %s", order["order_id"])


def claim(key: str, now: int) -> str:
    """Return "claimed", "duplicate" (already done) or "busy" (another worker holds the claim)."""
    conditional_failed = table().meta.client.exceptions.ConditionalCheckFailedException
    try:
        table().put_item(
            Item={"pk": key, "status": "IN_PROGRESS", "expires_at": now + CLAIM_SECONDS},
            ConditionExpression="attribute_not_exists(pk) OR expires_at < :now",
            ExpressionAttributeValues={":now": now},
        )
        return "claimed"
    except conditional_failed:
        item = table().get_item(Key={"pk": key}, ConsistentRead=True).get("Item", {})
        return "duplicate" if item.get("status") == "COMPLETE" else "busy"


def handler(event: dict[str, Any], context: object) -> dict[str, list[dict[str, str]]]:
    """Process an SQS batch; report only the failed message IDs back to Lambda."""
    failures = []
    for record in event["Records"]:
        order = json.loads(record["body"])
        key = f"order#{order['order_id']}"
        now = int(time.time())
        state = claim(key, now)
        if state == "duplicate":
            continue
        if state == "busy":
            failures.append({"itemIdentifier": record["messageId"]})
            continue
        try:
            apply_order(order)
        except Exception:
            table().delete_item(Key={"pk": key})  # release the claim so a retry can run
            failures.append({"itemIdentifier": record["messageId"]})
            continue
        table().update_item(
            Key={"pk": key},
            UpdateExpression="SET #s = :done, expires_at = :keep",
            ExpressionAttributeNames={"#s": "status"},
            ExpressionAttributeValues={":done": "COMPLETE", ":keep": now + KEEP_SECONDS},
        )
    return {"batchItemFailures": failures}
