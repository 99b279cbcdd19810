"""SQS with a dead-letter queue: create both, send in batches, consume with long polling.

A message that fails processing maxReceiveCount times moves to the dead-letter queue (DLQ) instead of
cycling forever. For a standard queue, a message's retention clock keeps its original enqueue time when
it moves, so give the DLQ a longer retention than the source queue.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

FOURTEEN_DAYS_S = 14 * 24 * 3600
FOUR_DAYS_S = 4 * 24 * 3600


def create_queue_with_dlq(sqs: Any, name: str, max_receive_count: int = 5, visibility_timeout_s: int = 60) -> tuple[str, str]:
    """Create ``name`` and ``name-dlq``; return (queue URL, DLQ URL). ``sqs`` is ``boto3.client("sqs")``.

    Set the visibility timeout above the worst-case processing time (for a Lambda consumer, AWS
    recommends at least six times the function timeout), or messages reappear while still in work.
    """
    dlq_url = sqs.create_queue(
        QueueName=f"{name}-dlq",
        Attributes={"MessageRetentionPeriod": str(FOURTEEN_DAYS_S)},
    )["QueueUrl"]
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    queue_url = sqs.create_queue(
        QueueName=name,
        Attributes={
            "MessageRetentionPeriod": str(FOUR_DAYS_S),
            "VisibilityTimeout": str(visibility_timeout_s),
            "ReceiveMessageWaitTimeSeconds": "20",  # long polling by default for every consumer
            "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": str(max_receive_count)}),
        },
    )["QueueUrl"]
    return queue_url, dlq_url


def send_batch(sqs: Any, queue_url: str, bodies: list[dict[str, Any]]) -> list[str]:
    """Send up to 10 messages per call; return the Ids that failed (a batch call can partly fail)."""
    failed: list[str] = []
    for start in range(0, len(bodies), 10):
        entries = [
            {"Id": str(start + offset), "MessageBody": json.dumps(body)}
            for offset, body in enumerate(bodies[start : start + 10])
        ]
        response = sqs.send_message_batch(QueueUrl=queue_url, Entries=entries)
        failed.extend(entry["Id"] for entry in response.get("Failed", []))
    return failed


def consume_once(sqs: Any, queue_url: str, handle: Callable[[dict[str, Any]], None], wait_s: int = 20) -> int:
    """Receive up to 10 messages (waiting up to ``wait_s``), handle each, delete the successes.

    A message whose handler raises is not deleted: it becomes visible again after the visibility
    timeout, and after maxReceiveCount receives SQS moves it to the DLQ. Returns messages deleted.
    """
    response = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=wait_s)
    done = []
    for message in response.get("Messages", []):
        try:
            handle(json.loads(message["Body"]))
        except Exception:  # leave it for a retry, then the DLQ
            continue
        done.append({"Id": message["MessageId"], "ReceiptHandle": message["ReceiptHandle"]})
    if not done:
        return 0
    deleted = sqs.delete_message_batch(QueueUrl=queue_url, Entries=done)
    return len(deleted.get("Successful", []))


def redrive_dlq(sqs: Any, dlq_arn: str) -> str:
    """After fixing the bug, move the DLQ's messages back to their source queue. Returns the task handle."""
    return sqs.start_message_move_task(SourceArn=dlq_arn)["TaskHandle"]
