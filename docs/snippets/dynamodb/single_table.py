"""Single-table design: users and orders in one table, each item a separate dict.

Generic key names (PK, SK) let different entity types share the table. Items that are read together
share a partition key, so one Query returns them. A GSI (GSI1PK, GSI1SK) serves the "orders by status"
access pattern.

Access patterns:
  1. Get a user:            PK = USER#<id>,  SK = PROFILE
  2. List a user's orders:  PK = USER#<id>,  SK begins_with ORDER#   (newest last: SK holds the date)
  3. Get an order:          PK = ORDER#<id>, SK = METADATA
  4. Orders by status:      GSI1PK = STATUS#<status>, sorted by GSI1SK (date)
"""

from __future__ import annotations

from typing import Any

from boto3.dynamodb.conditions import Key

# A list of items, not one dict literal: a dict with repeated "PK"/"SK" keys keeps only the last pair.
ITEMS: list[dict[str, Any]] = [
    {"PK": "USER#123", "SK": "PROFILE", "type": "user", "name": "Alice", "email": "alice@example.com"},
    {
        "PK": "USER#123",
        "SK": "ORDER#2024-01-15#456",
        "type": "order_summary",
        "order_id": "456",
        "total_cents": 4999,
        "GSI1PK": "STATUS#shipped",
        "GSI1SK": "2024-01-15#456",
    },
    {
        "PK": "USER#123",
        "SK": "ORDER#2024-02-03#789",
        "type": "order_summary",
        "order_id": "789",
        "total_cents": 1250,
        "GSI1PK": "STATUS#pending",
        "GSI1SK": "2024-02-03#789",
    },
    {"PK": "ORDER#456", "SK": "METADATA", "type": "order", "user_id": "123", "status": "shipped", "total_cents": 4999},
    {"PK": "ORDER#789", "SK": "METADATA", "type": "order", "user_id": "123", "status": "pending", "total_cents": 1250},
]


def create_table(dynamodb: Any, table_name: str) -> Any:
    """Create the table with one overloaded GSI. ``dynamodb`` is ``boto3.resource("dynamodb")``."""
    table = dynamodb.create_table(
        TableName=table_name,
        KeySchema=[{"AttributeName": "PK", "KeyType": "HASH"}, {"AttributeName": "SK", "KeyType": "RANGE"}],
        AttributeDefinitions=[
            {"AttributeName": name, "AttributeType": "S"} for name in ("PK", "SK", "GSI1PK", "GSI1SK")
        ],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "GSI1",
                "KeySchema": [
                    {"AttributeName": "GSI1PK", "KeyType": "HASH"},
                    {"AttributeName": "GSI1SK", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
        BillingMode="PAY_PER_REQUEST",
    )
    table.wait_until_exists()
    return table


def load_items(table: Any, items: list[dict[str, Any]] = ITEMS) -> None:
    """Write the items; batch_writer groups them into BatchWriteItem calls and retries unprocessed ones."""
    with table.batch_writer() as batch:
        for item in items:
            batch.put_item(Item=item)


def get_user(table: Any, user_id: str) -> dict[str, Any] | None:
    """Access pattern 1."""
    return table.get_item(Key={"PK": f"USER#{user_id}", "SK": "PROFILE"}).get("Item")


def get_user_orders(table: Any, user_id: str) -> list[dict[str, Any]]:
    """Access pattern 2: one Query, items come back sorted by SK (so by date)."""
    response = table.query(KeyConditionExpression=Key("PK").eq(f"USER#{user_id}") & Key("SK").begins_with("ORDER#"))
    return response["Items"]


def get_order(table: Any, order_id: str) -> dict[str, Any] | None:
    """Access pattern 3."""
    return table.get_item(Key={"PK": f"ORDER#{order_id}", "SK": "METADATA"}).get("Item")


def orders_with_status(table: Any, status: str) -> list[dict[str, Any]]:
    """Access pattern 4, on the GSI (GSI reads are eventually consistent)."""
    response = table.query(IndexName="GSI1", KeyConditionExpression=Key("GSI1PK").eq(f"STATUS#{status}"))
    return response["Items"]
