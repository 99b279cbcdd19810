"""Kubernetes and etcd: upstream defaults and the scalability limits the project tests."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

K8S_HPA_TOLERANCE = Fact(
    key="k8s.hpa_tolerance",
    label="Kubernetes HPA default tolerance",
    value=0.1,
    unit="ratio",
    as_of=date(2026, 11, 1),
    source="https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
    evidence="aws",
)

K8S_MAX_PODS_PER_NODE = Fact(
    key="k8s.max_pods_per_node",
    label="Kubernetes kubelet default max pods",
    value=110,
    unit="pods per node",
    as_of=date(2026, 11, 1),
    source="https://kubernetes.io/docs/setup/best-practices/cluster-large/",
    evidence="aws",
)

K8S_HPA_SYNC_SECONDS = Fact(
    key="k8s.hpa_sync_seconds",
    label="Kubernetes HPA control loop period (default)",
    value=15,
    unit="seconds",
    as_of=date(2026, 11, 1),
    source="https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
    evidence="aws",
)

K8S_HPA_SCALE_DOWN_WINDOW_S = Fact(
    key="k8s.hpa_scale_down_window_s",
    label="Kubernetes HPA scale-down stabilization window (default)",
    value=300,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
    evidence="aws",
    note=(
        "kubernetes.io 'Default Behavior': scaleDown stabilizationWindowSeconds 300 (or "
        "--horizontal-pod-autoscaler-downscale-stabilization) with one policy allowing 100% per 15 s."
    ),
)

K8S_MAX_PODS_PER_CLUSTER = Fact(
    key="k8s.max_pods_per_cluster",
    label="Kubernetes tested limit: pods per cluster",
    value=150_000,
    unit="pods",
    as_of=date(2026, 11, 1),
    source="https://kubernetes.io/docs/setup/best-practices/cluster-large/",
    evidence="aws",
)

K8S_MAX_NODES_PER_CLUSTER = Fact(
    key="k8s.max_nodes_per_cluster",
    label="Kubernetes tested limit: nodes per cluster",
    value=5000,
    unit="nodes",
    as_of=date(2026, 11, 1),
    source="https://kubernetes.io/docs/setup/best-practices/cluster-large/",
    evidence="aws",
)

K8S_MAX_CONTAINERS_PER_CLUSTER = Fact(
    key="k8s.max_containers_per_cluster",
    label="Kubernetes tested limit: containers per cluster",
    value=300_000,
    unit="containers",
    as_of=date(2026, 11, 1),
    source="https://kubernetes.io/docs/setup/best-practices/cluster-large/",
    evidence="aws",
    note="Upstream Kubernetes documentation.",
)

ETCD_DEFAULT_QUOTA_GIB = Fact(
    key="etcd.default_quota_gib",
    label="etcd storage quota (default, --quota-backend-bytes)",
    value=2,
    unit="GiB",
    as_of=date(2026, 11, 1),
    source="https://etcd.io/docs/latest/dev-guide/limit/",
    evidence="recalled",
)

ETCD_SUGGESTED_MAX_QUOTA_GIB = Fact(
    key="etcd.suggested_max_quota_gib",
    label="etcd storage quota, suggested maximum",
    value=8,
    unit="GiB",
    as_of=date(2026, 11, 1),
    source="https://etcd.io/docs/latest/dev-guide/limit/",
    evidence="recalled",
)

ETCD_MAX_REQUEST_MIB = Fact(
    key="etcd.max_request_mib",
    label="etcd request size (default), which bounds one Kubernetes object",
    value=1.5,
    unit="MiB",
    as_of=date(2026, 11, 1),
    source="https://etcd.io/docs/latest/dev-guide/limit/",
    evidence="recalled",
)

K8S_CA_SCALE_DOWN_UTILIZATION = Fact(
    key="k8s.ca_scale_down_utilization",
    label="Cluster Autoscaler scale-down utilization threshold (default): requested resources over allocatable",
    value=50,
    unit="% of allocatable",
    as_of=date(2026, 12, 4),
    source="https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md",
    evidence="aws",
    note=(
        "FAQ 'How does scale-down work?': node considered when the sums of CPU and memory requests (DaemonSet"
        " and mirror pods included by default) are below 50% of allocatable; "
        "--scale-down-utilization-threshold."
    ),
)

K8S_HPA_SCALE_UP_MAX_PERCENT = Fact(
    key="k8s.hpa_scale_up_max_percent",
    label="Kubernetes HPA default scale-up policy: largest increase per period, as a share of current replicas",
    value=100,
    unit="percent of current replicas",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
    evidence="aws",
    note=(
        "Upstream Kubernetes documentation (kubernetes.io, the provider's own docs, same evidence level as "
        "k8s.hpa_sync_seconds). Default scaleUp: stabilizationWindowSeconds 0; policies Percent 100 and Pods "
        "4, each per 15 s; selectPolicy Max."
    ),
)

K8S_HPA_SCALE_UP_MAX_PODS = Fact(
    key="k8s.hpa_scale_up_max_pods",
    label="Kubernetes HPA default scale-up policy: largest increase per period, in pods",
    value=4,
    unit="pods",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
    evidence="aws",
    note=(
        "Default scaleUp policy type Pods, value 4, periodSeconds 15; the larger of this and the Percent "
        "policy applies (selectPolicy Max)."
    ),
)

K8S_HPA_POLICY_PERIOD_S = Fact(
    key="k8s.hpa_policy_period_s",
    label="Kubernetes HPA default scaling-policy period (scale-up and scale-down policies)",
    value=15,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
    evidence="aws",
    note="periodSeconds of every default HPA policy (scale-up 100% or 4 pods; scale-down 100%).",
)

K8S_CA_SCALE_DOWN_UNNEEDED_MIN = Fact(
    key="k8s.ca_scale_down_unneeded_min",
    label="Cluster Autoscaler: how long a node must stay unneeded before removal (default, --scale-down-unneeded-time)",
    value=10,
    unit="minutes",
    as_of=date(2026, 12, 4),
    source="https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md",
    evidence="aws",
    note=(
        "Upstream Kubernetes SIG Autoscaling documentation ('How does scale-down work?'); no AWS page states "
        "it. Evidence level set like the kubernetes.io facts; downgrade to third-party if the lead prefers "
        "AWS-only."
    ),
)
