"""Compose files under docs/snippets match the Compose Specification schema and the guide's own rules.

The schema (check-jsonschema's vendored ``vendor.compose-spec``, offline) checks shape and types. It cannot
see the mistakes the seed's stack made (erratum 43), so own rules cover them, each shown to fail below:
- no top-level ``version`` key (obsolete: Compose v2 ignores it and warns);
- every ``/run/secrets/<name>`` a service's environment points at is a secret that service mounts and the
  file declares;
- every ``depends_on`` target is a service of the file (the seed pointed Kafka at a ZooKeeper it never ran).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.snippets.samples import sample_id, samples, tool

COMPOSE_FILES = samples("compose")


def own_rule_problems(compose: dict[str, Any]) -> list[str]:
    problems = []
    if "version" in compose:
        problems.append("top-level version key is obsolete")
    services = compose.get("services", {})
    declared_secrets = set(compose.get("secrets", {}))
    for name, service in services.items():
        mounted = {s if isinstance(s, str) else s["source"] for s in service.get("secrets", [])}
        environment = service.get("environment", {})
        values = environment.values() if isinstance(environment, dict) else [e.partition("=")[2] for e in environment]
        for secret in re.findall(r"/run/secrets/([\w.-]+)", " ".join(map(str, values))):
            if secret not in mounted:
                problems.append(f"service {name} reads /run/secrets/{secret} but does not mount secret {secret}")
            if secret not in declared_secrets:
                problems.append(f"secret {secret} is not declared under top-level secrets")
        depends_on = service.get("depends_on", [])
        for target in depends_on if isinstance(depends_on, list) else depends_on.keys():
            if target not in services:
                problems.append(f"service {name} depends on {target}, which the file does not define")
    return problems


def test_collected_compose_files() -> None:
    assert COMPOSE_FILES, "no Compose files found under docs/snippets"


def test_schema() -> None:
    run = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.compose-spec", *map(str, COMPOSE_FILES)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("path", COMPOSE_FILES, ids=sample_id)
def test_own_rules(path: Path) -> None:
    assert own_rule_problems(yaml.safe_load(path.read_text())) == []


GOOD = {
    "services": {
        "api": {
            "image": "api:dev",
            "environment": {"DB_PASSWORD_FILE": "/run/secrets/pg_password"},
            "secrets": ["pg_password"],
            "depends_on": {"db": {"condition": "service_healthy"}},
        },
        "db": {"image": "postgres:16-alpine"},
    },
    "secrets": {"pg_password": {"file": "./pg_password.txt"}},
}


def _bad(change: str) -> dict[str, Any]:
    compose: dict[str, Any] = yaml.safe_load(yaml.safe_dump(GOOD))
    api = compose["services"]["api"]
    if change == "version":
        compose["version"] = "3.9"
    elif change == "unmounted":
        del api["secrets"]
    elif change == "undeclared":
        del compose["secrets"]
    elif change == "list-environment":
        api["environment"] = ["DB_PASSWORD_FILE=/run/secrets/other"]
    elif change == "missing-dependency":
        api["depends_on"] = ["db", "zookeeper"]
    return compose


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ("version", "version key is obsolete"),
        ("unmounted", "does not mount secret pg_password"),
        ("undeclared", "not declared under top-level secrets"),
        ("list-environment", "does not mount secret other"),
        ("missing-dependency", "depends on zookeeper"),
    ],
)
def test_own_rules_catch(change: str, problem: str) -> None:
    assert own_rule_problems(GOOD) == []
    problems = own_rule_problems(_bad(change))
    assert any(problem in found for found in problems), problems
