"""Fan-out: one SNS topic delivering every message to several SQS queues, one per consumer.

Each consumer gets its own queue, so it reads at its own pace, retries on its own, and has its own
dead-letter queue; a slow or failing consumer does not hold back the others. A filter policy lets a
subscription receive only the messages it cares about.
"""

from __future__ import annotations

import json
from typing import Any


def allow_topic_to_send(sqs: Any, queue_url: str, queue_arn: str, topic_arn: str) -> None:
    """Queue policy: SNS may deliver to this queue, but only from this topic."""
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "sns.amazonaws.com"},
                "Action": "sqs:SendMessage",
                "Resource": queue_arn,
                "Condition": {"ArnEquals": {"aws:SourceArn": topic_arn}},
            }
        ],
    }
    sqs.set_queue_attributes(QueueUrl=queue_url, Attributes={"Policy": json.dumps(policy)})


def create_fanout(
    sns: Any, sqs: Any, topic_name: str, consumers: dict[str, dict[str, list[str]] | None]
) -> tuple[str, dict[str, str]]:
    """Create a topic and one subscribed queue per consumer; return (topic ARN, {consumer: queue URL}).

    ``consumers`` maps a consumer name to an optional filter policy on message attributes, for
    example {"thumbnails": None, "audit": {"event_type": ["object_deleted"]}}.
    """
    topic_arn = sns.create_topic(Name=topic_name)["TopicArn"]
    queue_urls = {}
    for consumer, filter_policy in consumers.items():
        queue_url = sqs.create_queue(QueueName=f"{topic_name}-{consumer}")["QueueUrl"]
        queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        allow_topic_to_send(sqs, queue_url, queue_arn, topic_arn)
        attributes = {"RawMessageDelivery": "true"}  # the queue gets the body as published, not an SNS envelope
        if filter_policy is not None:
            attributes["FilterPolicy"] = json.dumps(filter_policy)
        sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=queue_arn, Attributes=attributes)
        queue_urls[consumer] = queue_url
    return topic_arn, queue_urls


def publish_event(sns: Any, topic_arn: str, event_type: str, body: dict[str, Any]) -> str:
    """Publish once; SNS copies the message to every subscription whose filter matches."""
    response = sns.publish(
        TopicArn=topic_arn,
        Message=json.dumps(body),
        MessageAttributes={"event_type": {"DataType": "String", "StringValue": event_type}},
    )
    return response["MessageId"]
