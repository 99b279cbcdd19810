"""Kubernetes and etcd limits from the upstream projects' documentation (not AWS quotas).

The Kubernetes figures that the calculators size against live in ``aws_limits`` with the EKS ones;
this module holds the rest that the guide quotes. ``region`` stays at the package default because
the prices page shows one column for every fact; these limits do not depend on a Region.
"""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

CHECKED = date(2026, 11, 1)

K8S_LARGE = "https://kubernetes.io/docs/setup/best-practices/cluster-large/"
ETCD_LIMITS = "https://etcd.io/docs/latest/dev-guide/limit/"
CLUSTER_AUTOSCALER_FAQ = "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md"


def _limit(key: str, label: str, value: float, unit: str, source: str, evidence: str = "aws", note: str = "") -> Fact:
    return Fact(key=key, label=label, value=value, unit=unit, as_of=CHECKED, source=source, evidence=evidence, note=note)


K8S_MAX_CONTAINERS_PER_CLUSTER = _limit(
    "k8s.max_containers_per_cluster",
    "Kubernetes tested limit: containers per cluster",
    300_000,
    "containers",
    K8S_LARGE,
    note="Upstream Kubernetes documentation.",
)
ETCD_DEFAULT_QUOTA_GIB = _limit(
    "etcd.default_quota_gib",
    "etcd storage quota (default, --quota-backend-bytes)",
    2,
    "GiB",
    ETCD_LIMITS,
    evidence="recalled",
)
ETCD_SUGGESTED_MAX_QUOTA_GIB = _limit(
    "etcd.suggested_max_quota_gib", "etcd storage quota, suggested maximum", 8, "GiB", ETCD_LIMITS, evidence="recalled"
)
ETCD_MAX_REQUEST_MIB = _limit(
    "etcd.max_request_mib",
    "etcd request size (default), which bounds one Kubernetes object",
    1.5,
    "MiB",
    ETCD_LIMITS,
    evidence="recalled",
)
CA_SCALE_DOWN_UTILIZATION = _limit(
    "k8s.ca_scale_down_utilization",
    "Cluster Autoscaler scale-down utilization threshold (default): requested resources over allocatable",
    50,
    "% of allocatable",
    CLUSTER_AUTOSCALER_FAQ,
    evidence="recalled",
    note="The flag --scale-down-utilization-threshold, default 0.5.",
)
