"""Kubernetes manifests under docs/snippets validate strictly against the pinned Kubernetes API schemas.

kubernetes-validate ships the OpenAPI-derived JSON schemas for each Kubernetes minor version, so this runs
offline. Strict mode rejects unknown fields (a typo such as ``replica:`` would otherwise pass). Its command
line only warns about a kind it has no schema for; here that is a failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from tests.snippets.samples import sample_id, samples

# The version the guide's Kubernetes pages describe (they cite the v1.35 documentation).
KUBERNETES_VERSION = "1.35"

MANIFESTS = samples("kubernetes")


def _documents(path: Path) -> list[dict[str, Any]]:
    return [document for document in yaml.safe_load_all(path.read_text()) if document]


def validate(document: dict[str, Any]) -> str:
    """Strict validation; returns the schema version used."""
    return str(kubernetes_validate.validate(document, KUBERNETES_VERSION, strict=True))


def test_collected_manifests() -> None:
    assert MANIFESTS, "no Kubernetes manifests found under docs/snippets"


@pytest.mark.parametrize("path", MANIFESTS, ids=sample_id)
def test_manifest_validates(path: Path) -> None:
    documents = _documents(path)
    assert documents, f"{sample_id(path)} holds no Kubernetes object"
    for document in documents:
        assert {"apiVersion", "kind", "metadata"} <= document.keys()
        assert validate(document) == KUBERNETES_VERSION


def test_strict_mode_rejects_an_unknown_field() -> None:
    typo = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "x"},
        "spec": {
            "replica": 3,
            "selector": {"matchLabels": {"app": "x"}},
            "template": {"metadata": {"labels": {"app": "x"}}, "spec": {"containers": [{"name": "x", "image": "x:1"}]}},
        },
    }
    with pytest.raises(kubernetes_validate.ValidationError, match="replica"):
        validate(typo)


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(kubernetes_validate.SchemaNotFoundError):
        validate({"apiVersion": "apps/v1", "kind": "Deploymnet", "metadata": {"name": "x"}})


def _pod_templates() -> list[tuple[str, dict[str, str], set[str]]]:
    """(workload name, pod labels, container port names) for every workload in the manifests."""
    found = []
    for path in MANIFESTS:
        for document in _documents(path):
            if document["kind"] in {"Deployment", "StatefulSet", "DaemonSet"}:
                template = document["spec"]["template"]
                ports = {
                    port["name"]
                    for container in template["spec"]["containers"]
                    for port in container.get("ports", [])
                    if "name" in port
                }
                found.append((document["metadata"]["name"], template["metadata"].get("labels", {}), ports))
    return found


def _selected(selector: dict[str, str]) -> list[tuple[str, dict[str, str], set[str]]]:
    return [pod for pod in _pod_templates() if selector.items() <= pod[1].items()]


@pytest.mark.parametrize("path", MANIFESTS, ids=sample_id)
def test_references_between_samples_resolve(path: Path) -> None:
    """Selectors, named ports and scale targets point at objects the samples define (the schema cannot see this)."""
    workloads = {name for name, _, _ in _pod_templates()}
    for document in _documents(path):
        kind, spec = document["kind"], document.get("spec", {})
        if kind in {"Deployment", "StatefulSet", "DaemonSet"}:
            labels = spec["template"]["metadata"]["labels"]
            assert spec["selector"]["matchLabels"].items() <= labels.items(), "selector does not match the pod labels"
        elif kind == "Service" and spec.get("selector"):
            pods = _selected(spec["selector"])
            assert pods, f"Service {document['metadata']['name']} selects no pod of the samples"
            for port in spec["ports"]:
                if isinstance(port.get("targetPort"), str):
                    assert all(port["targetPort"] in names for _, _, names in pods), f"no container port {port['targetPort']}"
        elif kind == "PodDisruptionBudget":
            assert _selected(spec["selector"]["matchLabels"]), "PodDisruptionBudget selects no pod of the samples"
        elif kind == "HorizontalPodAutoscaler":
            assert spec["scaleTargetRef"]["name"] in workloads
            assert spec["minReplicas"] <= spec["maxReplicas"]
