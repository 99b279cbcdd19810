"""docs/snippets/patterns/*.py: the idempotent SQS consumer, invoked directly, with its table on moto."""

from __future__ import annotations

import json
import time
from typing import Any

import boto3
import pytest

from tests.snippets.samples import SNIPPETS, load_module, samples

TOPIC = "patterns"
TESTED = {"idempotent_consumer.py"}


def test_collected_patterns_samples() -> None:
    found = {path.name for path in samples("python", TOPIC)}
    assert found, "no Python samples found in docs/snippets/patterns"
    assert found <= TESTED, f"add behavior tests here for {sorted(found - TESTED)}"


def _event(*orders: tuple[str, str]) -> dict[str, Any]:
    """SQS records: (messageId, order_id) pairs."""
    return {"Records": [{"messageId": mid, "body": json.dumps({"order_id": oid})} for mid, oid in orders]}


@pytest.mark.usefixtures("aws")
class TestIdempotentConsumer:
    @pytest.fixture
    def consumer(self, monkeypatch: pytest.MonkeyPatch) -> Any:
        monkeypatch.setenv("IDEMPOTENCY_TABLE", "idempotency")
        boto3.resource("dynamodb").create_table(
            TableName="idempotency",
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        module = load_module(SNIPPETS / TOPIC / "idempotent_consumer.py")
        module.applied = []
        monkeypatch.setattr(module, "apply_order", lambda order: module.applied.append(order["order_id"]))
        return module

    def test_duplicates_are_processed_once(self, consumer: Any) -> None:
        result = consumer.handler(_event(("m1", "o-1"), ("m2", "o-2"), ("m3", "o-1")), None)
        assert result == {"batchItemFailures": []}
        # Redelivery of the whole batch, as SQS may do.
        assert consumer.handler(_event(("m1", "o-1"), ("m2", "o-2")), None) == {"batchItemFailures": []}
        assert consumer.applied == ["o-1", "o-2"]
        item = consumer.table().get_item(Key={"pk": "order#o-1"})["Item"]
        assert item["status"] == "COMPLETE"
        assert int(item["expires_at"]) > time.time() + consumer.KEEP_SECONDS - 60

    def test_failure_releases_the_claim_and_is_reported(self, consumer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        def flaky(order: dict[str, Any]) -> None:
            if order["order_id"] == "o-bad":
                raise RuntimeError("payment service down")
            consumer.applied.append(order["order_id"])

        monkeypatch.setattr(consumer, "apply_order", flaky)
        result = consumer.handler(_event(("m1", "o-ok"), ("m2", "o-bad")), None)
        assert result == {"batchItemFailures": [{"itemIdentifier": "m2"}]}
        assert "Item" not in consumer.table().get_item(Key={"pk": "order#o-bad"})
        monkeypatch.setattr(consumer, "apply_order", lambda order: consumer.applied.append(order["order_id"]))
        assert consumer.handler(_event(("m2", "o-bad")), None) == {"batchItemFailures": []}  # the retry runs
        assert consumer.applied == ["o-ok", "o-bad"]

    def test_claim_outlives_the_function_timeout(self, consumer: Any) -> None:
        assert consumer.CLAIM_SECONDS > consumer.FUNCTION_TIMEOUT_SECONDS
        before = int(time.time())
        assert consumer.claim("order#o-9", before) == "claimed"
        item = consumer.table().get_item(Key={"pk": "order#o-9"})["Item"]
        assert int(item["expires_at"]) == before + consumer.CLAIM_SECONDS

    def test_claim_held_by_another_worker(self, consumer: Any) -> None:
        now = int(time.time())
        consumer.table().put_item(Item={"pk": "order#o-1", "status": "IN_PROGRESS", "expires_at": now + 600})
        assert consumer.handler(_event(("m1", "o-1")), None) == {"batchItemFailures": [{"itemIdentifier": "m1"}]}
        assert consumer.applied == []

    def test_expired_claim_is_taken_over(self, consumer: Any) -> None:
        now = int(time.time())
        consumer.table().put_item(Item={"pk": "order#o-1", "status": "IN_PROGRESS", "expires_at": now - 1})
        assert consumer.handler(_event(("m1", "o-1")), None) == {"batchItemFailures": []}
        assert consumer.applied == ["o-1"]

    def test_module_loads_without_aws(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("IDEMPOTENCY_TABLE", raising=False)
        module = load_module(SNIPPETS / TOPIC / "idempotent_consumer.py")
        assert module._table is None
