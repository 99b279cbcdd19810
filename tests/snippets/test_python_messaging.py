"""docs/snippets/messaging/*.py run against moto and do what the messaging page says they do."""

from __future__ import annotations

import json
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from tests.snippets.samples import REGION, SNIPPETS, load_module, samples

TOPIC = "messaging"
TESTED = {"sqs_dlq.py", "sns_fanout.py"}


def test_collected_messaging_samples() -> None:
    found = {path.name for path in samples("python", TOPIC)}
    assert found, "no Python samples found in docs/snippets/messaging"
    assert found <= TESTED, f"add behavior tests here for {sorted(found - TESTED)}"


def _attributes(sqs: Any, queue_url: str) -> dict[str, str]:
    return sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])["Attributes"]


def _bodies(sqs: Any, queue_url: str) -> list[Any]:
    response = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=0)
    return [json.loads(message["Body"]) for message in response.get("Messages", [])]


@pytest.mark.usefixtures("aws")
class TestSqsWithDeadLetterQueue:
    def test_queue_attributes(self) -> None:
        dlq_sample = load_module(SNIPPETS / TOPIC / "sqs_dlq.py")
        sqs = boto3.client("sqs")
        queue_url, dlq_url = dlq_sample.create_queue_with_dlq(sqs, "orders", max_receive_count=5)
        queue, dlq = _attributes(sqs, queue_url), _attributes(sqs, dlq_url)
        redrive = json.loads(queue["RedrivePolicy"])
        assert redrive["deadLetterTargetArn"] == dlq["QueueArn"]
        assert int(redrive["maxReceiveCount"]) == 5
        assert queue["ReceiveMessageWaitTimeSeconds"] == "20"
        assert queue["VisibilityTimeout"] == "60"
        # The page's claim: the DLQ keeps messages longer than the source queue does.
        assert int(dlq["MessageRetentionPeriod"]) > int(queue["MessageRetentionPeriod"])
        assert int(dlq["MessageRetentionPeriod"]) == 14 * 24 * 3600  # the SQS maximum

    def test_batches_of_ten(self) -> None:
        dlq_sample = load_module(SNIPPETS / TOPIC / "sqs_dlq.py")
        sqs = boto3.client("sqs")
        queue_url, _ = dlq_sample.create_queue_with_dlq(sqs, "orders")
        assert dlq_sample.send_batch(sqs, queue_url, [{"order_id": n} for n in range(23)]) == []
        assert _attributes(sqs, queue_url)["ApproximateNumberOfMessages"] == "23"

    def test_poison_message_lands_in_the_dlq_after_max_receive_count(self) -> None:
        dlq_sample = load_module(SNIPPETS / TOPIC / "sqs_dlq.py")
        sqs = boto3.client("sqs")
        # Visibility timeout 0 so a failed message is visible again at once (the sample's default is 60 s).
        queue_url, dlq_url = dlq_sample.create_queue_with_dlq(sqs, "orders", max_receive_count=3, visibility_timeout_s=0)
        dlq_sample.send_batch(sqs, queue_url, [{"order_id": 1}, {"order_id": 2, "poison": True}, {"order_id": 3}])
        attempts: list[int] = []

        def handle(body: dict[str, Any]) -> None:
            if body.get("poison"):
                attempts.append(body["order_id"])
                raise ValueError("cannot process")

        deleted = sum(dlq_sample.consume_once(sqs, queue_url, handle, wait_s=0) for _ in range(6))
        assert deleted == 2
        assert attempts == [2, 2, 2], "received exactly maxReceiveCount times"
        assert _bodies(sqs, queue_url) == []
        assert _bodies(sqs, dlq_url) == [{"order_id": 2, "poison": True}]

    def test_redrive_request_shape(self) -> None:
        """moto has no StartMessageMoveTask: check the call against the botocore service model instead."""
        dlq_sample = load_module(SNIPPETS / TOPIC / "sqs_dlq.py")
        sqs = boto3.client("sqs", region_name=REGION)
        dlq_arn = f"arn:aws:sqs:{REGION}:123456789012:orders-dlq"
        with Stubber(sqs) as stub:
            stub.add_response("start_message_move_task", {"TaskHandle": "task-1"}, {"SourceArn": dlq_arn})
            assert dlq_sample.redrive_dlq(sqs, dlq_arn) == "task-1"
            stub.assert_no_pending_responses()


@pytest.mark.usefixtures("aws")
class TestSnsFanOut:
    def test_one_publish_reaches_every_queue_and_filters_apply(self) -> None:
        fanout = load_module(SNIPPETS / TOPIC / "sns_fanout.py")
        sns, sqs = boto3.client("sns"), boto3.client("sqs")
        consumers = {"thumbnails": None, "search-index": None, "audit": {"event_type": ["object_deleted"]}}
        topic_arn, queues = fanout.create_fanout(sns, sqs, "uploads", consumers)
        assert set(queues) == set(consumers)

        fanout.publish_event(sns, topic_arn, "object_created", {"key": "a.jpg"})
        fanout.publish_event(sns, topic_arn, "object_deleted", {"key": "b.jpg"})

        # Raw message delivery: each queue gets the published body itself, not an SNS envelope.
        assert _bodies(sqs, queues["thumbnails"]) == [{"key": "a.jpg"}, {"key": "b.jpg"}]
        assert _bodies(sqs, queues["search-index"]) == [{"key": "a.jpg"}, {"key": "b.jpg"}]
        assert _bodies(sqs, queues["audit"]) == [{"key": "b.jpg"}]

    def test_queue_policy_admits_only_the_topic(self) -> None:
        fanout = load_module(SNIPPETS / TOPIC / "sns_fanout.py")
        sns, sqs = boto3.client("sns"), boto3.client("sqs")
        topic_arn, queues = fanout.create_fanout(sns, sqs, "uploads", {"thumbnails": None})
        policy = json.loads(_attributes(sqs, queues["thumbnails"])["Policy"])
        (statement,) = policy["Statement"]
        assert statement["Principal"] == {"Service": "sns.amazonaws.com"}
        assert statement["Action"] == "sqs:SendMessage"
        assert statement["Condition"] == {"ArnEquals": {"aws:SourceArn": topic_arn}}
        subscriptions = sns.list_subscriptions_by_topic(TopicArn=topic_arn)["Subscriptions"]
        assert [s["Endpoint"] for s in subscriptions] == [_attributes(sqs, queues["thumbnails"])["QueueArn"]]
