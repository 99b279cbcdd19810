"""docs/snippets/lambda/*.py: the handlers, invoked directly with sample events (DynamoDB on moto)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import boto3
import pytest

from tests.snippets.samples import SNIPPETS, load_module, samples

TOPIC = "lambda"
TESTED = {"handler.py", "sqs_batch_handler.py"}


def test_collected_lambda_samples() -> None:
    found = {path.name for path in samples("python", TOPIC)}
    assert found, "no Python samples found in docs/snippets/lambda"
    assert found <= TESTED, f"add behavior tests here for {sorted(found - TESTED)}"


def _api_event(order_id: str | None) -> dict[str, Any]:
    """The parts of an API Gateway proxy event the handler reads."""
    return {
        "resource": "/orders/{order_id}",
        "httpMethod": "GET",
        "pathParameters": None if order_id is None else {"order_id": order_id},
        "requestContext": {"stage": "prod"},
    }


@pytest.mark.usefixtures("aws")
class TestApiHandler:
    @pytest.fixture
    def handler_module(self, monkeypatch: pytest.MonkeyPatch) -> Any:
        monkeypatch.setenv("TABLE_NAME", "orders-test")
        table = boto3.resource("dynamodb").create_table(
            TableName="orders-test",
            KeySchema=[{"AttributeName": "order_id", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "order_id", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        table.put_item(Item={"order_id": "o-1", "total": Decimal("49.99"), "items": 3, "status": "paid"})
        return load_module(SNIPPETS / TOPIC / "handler.py")  # the cold start: module level runs now

    def test_found(self, handler_module: Any) -> None:
        response = handler_module.handler(_api_event("o-1"), None)
        assert response["statusCode"] == 200
        assert response["headers"] == {"Content-Type": "application/json"}
        assert json.loads(response["body"]) == {"order_id": "o-1", "total": 49.99, "items": 3, "status": "paid"}

    def test_not_found(self, handler_module: Any) -> None:
        response = handler_module.handler(_api_event("o-404"), None)
        assert response["statusCode"] == 404
        assert json.loads(response["body"]) == {"message": "order o-404 not found"}

    def test_missing_path_parameter(self, handler_module: Any) -> None:
        assert handler_module.handler(_api_event(None), None)["statusCode"] == 400
        assert handler_module.handler({}, None)["statusCode"] == 400

    def test_clients_are_created_once_per_environment(self, handler_module: Any) -> None:
        table = handler_module._table
        handler_module.handler(_api_event("o-1"), None)
        handler_module.handler(_api_event("o-1"), None)
        assert handler_module._table is table
        assert table.name == "orders-test"


def _sqs_event(bodies: list[str], queue: str = "orders") -> dict[str, Any]:
    arn = f"arn:aws:sqs:us-east-1:123456789012:{queue}"
    return {
        "Records": [
            {"messageId": f"m{index}", "body": body, "eventSource": "aws:sqs", "eventSourceARN": arn}
            for index, body in enumerate(bodies)
        ]
    }


class TestSqsBatchHandler:
    def test_all_succeed(self) -> None:
        batch = load_module(SNIPPETS / TOPIC / "sqs_batch_handler.py")
        event = _sqs_event([json.dumps({"order_id": n}) for n in range(3)])
        assert batch.handler(event, None) == {"batchItemFailures": []}

    def test_standard_queue_reports_only_the_failures(self) -> None:
        batch = load_module(SNIPPETS / TOPIC / "sqs_batch_handler.py")
        event = _sqs_event(['{"order_id": 1}', '{"no_id": true}', "not json", '{"order_id": 4}'])
        assert batch.handler(event, None) == {"batchItemFailures": [{"itemIdentifier": "m1"}, {"itemIdentifier": "m2"}]}

    def test_fifo_queue_stops_at_the_first_failure(self) -> None:
        batch = load_module(SNIPPETS / TOPIC / "sqs_batch_handler.py")
        event = _sqs_event(['{"order_id": 1}', '{"no_id": true}', '{"order_id": 3}'], queue="orders.fifo")
        assert batch.handler(event, None) == {"batchItemFailures": [{"itemIdentifier": "m1"}, {"itemIdentifier": "m2"}]}
