"""Shopping-cart operations on one DynamoDB table: a cart is one item collection.

Key schema: PK = "CART#<cart_id>", SK = "ITEM#<sku>" for each line. Every function takes a boto3
DynamoDB Table resource, e.g. boto3.resource("dynamodb").Table("ShoppingCarts"), created once per
process (outside a Lambda handler) and reused.
"""

from __future__ import annotations

import time
from typing import Any

CART_TTL_SECONDS = 30 * 24 * 60 * 60  # abandoned carts expire 30 days after their last change


def add_to_cart(table: Any, cart_id: str, sku: str, quantity: int) -> int:
    """Add quantity of sku to the cart and return the line's new quantity."""
    now = int(time.time())
    response = table.update_item(
        Key={"PK": f"CART#{cart_id}", "SK": f"ITEM#{sku}"},
        UpdateExpression="ADD quantity :q SET updated_at = :now, expires_at = :ttl",
        ExpressionAttributeValues={":q": quantity, ":now": now, ":ttl": now + CART_TTL_SECONDS},
        ReturnValues="UPDATED_NEW",
    )
    return int(response["Attributes"]["quantity"])


def get_cart(table: Any, cart_id: str) -> list[dict[str, Any]]:
    """Every line of the cart, read strongly consistent so a just-added item is always there."""
    lines: list[dict[str, Any]] = []
    kwargs: dict[str, Any] = {
        "KeyConditionExpression": "PK = :pk AND begins_with(SK, :item)",
        "ExpressionAttributeValues": {":pk": f"CART#{cart_id}", ":item": "ITEM#"},
        "ConsistentRead": True,
    }
    while True:
        page = table.query(**kwargs)
        lines.extend(page["Items"])
        if "LastEvaluatedKey" not in page:
            return lines
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def remove_from_cart(table: Any, cart_id: str, sku: str) -> None:
    """Delete one line; deleting a line that is not there is not an error."""
    table.delete_item(Key={"PK": f"CART#{cart_id}", "SK": f"ITEM#{sku}"})
