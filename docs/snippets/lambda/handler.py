"""A Lambda handler behind API Gateway that reads an order from DynamoDB.

Everything at module level runs once per execution environment, during the cold start (the init
phase); warm invocations reuse it. So clients, connection pools and configuration go here, not inside
the handler. Lambda sets AWS_REGION; TABLE_NAME comes from the function's environment variables.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from typing import Any

import boto3

TABLE_NAME = os.environ.get("TABLE_NAME", "orders")

# Created once per execution environment and reused by every warm invocation.
_dynamodb = boto3.resource("dynamodb")
_table = _dynamodb.Table(TABLE_NAME)


def _json_default(value: object) -> object:
    """DynamoDB numbers arrive as Decimal, which json.dumps cannot serialise on its own."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _response(status: int, body: dict[str, Any]) -> dict[str, Any]:
    """API Gateway proxy-integration response shape."""
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(body, default=_json_default),
    }


def get_order(table: Any, order_id: str) -> dict[str, Any]:
    """The business logic, separated from the handler so a test can pass its own table."""
    item = table.get_item(Key={"order_id": order_id}).get("Item")
    if item is None:
        return _response(404, {"message": f"order {order_id} not found"})
    return _response(200, item)


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Entry point: GET /orders/{order_id}."""
    order_id = (event.get("pathParameters") or {}).get("order_id")
    if not order_id:
        return _response(400, {"message": "order_id is required"})
    return get_order(_table, order_id)
