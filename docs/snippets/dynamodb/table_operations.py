"""DynamoDB basics with an explicit key schema: create, put, get, query and a conditional update.

The table's primary key is (user_id, created_at): user_id is the partition key, created_at (epoch
seconds) the sort key. GetItem and UpdateItem therefore need both attributes; Query needs the partition
key and may add a condition on the sort key.
"""

from __future__ import annotations

from typing import Any

from boto3.dynamodb.conditions import Key
from botocore.exceptions import ClientError

KEY_SCHEMA = [
    {"AttributeName": "user_id", "KeyType": "HASH"},  # partition key
    {"AttributeName": "created_at", "KeyType": "RANGE"},  # sort key
]
ATTRIBUTE_DEFINITIONS = [
    {"AttributeName": "user_id", "AttributeType": "S"},
    {"AttributeName": "created_at", "AttributeType": "N"},
]


def create_events_table(dynamodb: Any, table_name: str) -> Any:
    """Create the table on demand and wait until it is ACTIVE. ``dynamodb`` is ``boto3.resource("dynamodb")``."""
    table = dynamodb.create_table(
        TableName=table_name,
        KeySchema=KEY_SCHEMA,
        AttributeDefinitions=ATTRIBUTE_DEFINITIONS,  # only key attributes are declared
        BillingMode="PAY_PER_REQUEST",
    )
    table.wait_until_exists()
    return table


def put_event(table: Any, user_id: str, created_at: int, email: str, profile: dict[str, Any]) -> None:
    """Write one item; every item must carry the full primary key."""
    table.put_item(
        Item={
            "user_id": user_id,
            "created_at": created_at,
            "email": email,
            "profile": profile,
            "status": "pending",
        }
    )


def get_event(table: Any, user_id: str, created_at: int) -> dict[str, Any] | None:
    """Read one item by its full primary key (partition key and sort key)."""
    response = table.get_item(Key={"user_id": user_id, "created_at": created_at})
    return response.get("Item")  # absent when no item has that key


def events_between(table: Any, user_id: str, start: int, end: int) -> list[dict[str, Any]]:
    """All of one user's items with start <= created_at <= end, following pagination.

    A single Query call returns at most 1 MB of data; LastEvaluatedKey marks where to resume.
    """
    condition = Key("user_id").eq(user_id) & Key("created_at").between(start, end)
    items: list[dict[str, Any]] = []
    kwargs: dict[str, Any] = {"KeyConditionExpression": condition}
    while True:
        response = table.query(**kwargs)
        items.extend(response["Items"])
        if "LastEvaluatedKey" not in response:
            return items
        kwargs["ExclusiveStartKey"] = response["LastEvaluatedKey"]


def activate_event(table: Any, user_id: str, created_at: int) -> bool:
    """Set status to active only if the item exists and is still pending; return False if the condition fails.

    ``status`` is a DynamoDB reserved word, hence the ``#st`` placeholder.
    """
    try:
        table.update_item(
            Key={"user_id": user_id, "created_at": created_at},
            UpdateExpression="SET #st = :active",
            ConditionExpression="attribute_exists(user_id) AND #st = :pending",
            ExpressionAttributeNames={"#st": "status"},
            ExpressionAttributeValues={":active": "active", ":pending": "pending"},
        )
    except ClientError as error:
        if error.response["Error"]["Code"] == "ConditionalCheckFailedException":
            return False
        raise
    return True
