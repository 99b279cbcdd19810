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

K8S_CFS_PERIOD_MS = Fact(
    key="k8s.cfs_period_ms",
    label="Kubelet CPU CFS quota period (default cpuCFSQuotaPeriod, cpu.cfs_period_us)",
    value=100,
    unit="ms",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/",
    evidence="aws",
    note=(
        "KubeletConfiguration reference: cpuCFSQuotaPeriod 'is the CPU CFS quota period value, "
        "cpu.cfs_period_us' ... default 100ms; changing it needs the CustomCPUCFSQuotaPeriod feature gate. "
        "A CPU limit of L cores becomes a quota of L x this period per period."
    ),
)

K8S_SCHEDULER_SCORE_MIN_PERCENT = Fact(
    key="k8s.scheduler_score_min_percent",
    label="kube-scheduler: lower bound of the automatic percentageOfNodesToScore",
    value=5,
    unit="percent",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/concepts/scheduling-eviction/scheduler-perf-tuning/",
    evidence="aws",
    note="'The lower bound for the automatic value is 5%' (section Default threshold).",
)

K8S_SCHEDULER_SCORE_PERCENT_100_NODES = Fact(
    key="k8s.scheduler_score_percent_100_nodes",
    label="kube-scheduler: automatic percentageOfNodesToScore for a 100-node cluster",
    value=50,
    unit="percent",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/concepts/scheduling-eviction/scheduler-perf-tuning/",
    evidence="aws",
    note="'a linear formula that yields 50% for a 100-node cluster and yields 10% for a 5000-node cluster'.",
)

K8S_SCHEDULER_SCORE_PERCENT_5000_NODES = Fact(
    key="k8s.scheduler_score_percent_5000_nodes",
    label="kube-scheduler: automatic percentageOfNodesToScore for a 5,000-node cluster",
    value=10,
    unit="percent",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/concepts/scheduling-eviction/scheduler-perf-tuning/",
    evidence="aws",
    note="Same sentence as k8s.scheduler_score_percent_100_nodes (section Default threshold).",
)

K8S_PRIORITY_CLASS_MAX_VALUE = Fact(
    key="k8s.priority_class_max_value",
    label="Largest value a user-defined PriorityClass may have",
    value=1_000_000_000,
    unit="priority",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/",
    evidence="aws",
    note=(
        "'any 32-bit integer value smaller than or equal to 1 billion'; larger values are reserved for the "
        "built-in system-cluster-critical and system-node-critical classes. Pods without a class get 0."
    ),
)

K8S_TERMINATION_GRACE_DEFAULT_S = Fact(
    key="k8s.termination_grace_default_s",
    label="Default pod termination grace period (terminationGracePeriodSeconds)",
    value=30,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/",
    evidence="aws",
    note=(
        "Troubleshooting section: preempted pods 'receive their requested graceful termination period, "
        "which is by default 30 seconds'."
    ),
)

K8S_POD_STARTUP_SLO_P99_S = Fact(
    key="k8s.pod_startup_slo_p99_s",
    label="Kubernetes SLO: p99 start-up latency of schedulable stateless pods, image pull and init containers excluded",
    value=5,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://github.com/kubernetes/community/blob/master/sig-scalability/slos/slos.md",
    evidence="aws",
    note=(
        "SIG Scalability official SLO: from pod creation timestamp to all containers reported started and "
        "observed via watch, 99th percentile per cluster-day <= 5s, in a default installation within the "
        "tested thresholds. Kubernetes project's own documentation (SIG repository)."
    ),
)

K8S_CRONJOB_MISSED_SCHEDULES_MAX = Fact(
    key="k8s.cronjob_missed_schedules_max",
    label="CronJob controller: missed schedules after which it stops starting the job",
    value=100,
    unit="missed schedules",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/",
    evidence="aws",
    note=(
        "'If there are more than 100 missed schedules, then it does not start the job and logs the error'; "
        "counted since the last schedule time, or over the last startingDeadlineSeconds when that is set."
    ),
)

K8S_JOB_BACKOFF_LIMIT_DEFAULT = Fact(
    key="k8s.job_backoff_limit_default",
    label="Job .spec.backoffLimit default (retries before the Job is marked failed)",
    value=6,
    unit="retries",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/concepts/workloads/controllers/job/",
    evidence="aws",
    note="'Pod backoff failure policy': 'The back-off limit is set by default to 6.'",
)

K8S_JOB_BACKOFF_CAP_MIN = Fact(
    key="k8s.job_backoff_cap_min",
    label="Job controller: cap on the exponential back-off between failed pods (10 s, 20 s, 40 s ...)",
    value=6,
    unit="minutes",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/concepts/workloads/controllers/job/",
    evidence="aws",
    note="'recreated by the Job controller with an exponential back-off delay (10s, 20s, 40s ...) capped at six minutes'.",
)

ETCD_PRODUCTION_MEMBERS = Fact(
    key="etcd.production_members",
    label="etcd cluster size recommended for production Kubernetes (an odd number of members)",
    value=5,
    unit="members",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/",
    evidence="aws",
    note=(
        "'Operating etcd clusters for Kubernetes', Multi-node etcd cluster: 'A five-member cluster is recommended "
        "in production'; prerequisites: 'run etcd as a cluster with an odd number of members'. A majority (3 of 5) "
        "must be up, so it survives two member failures."
    ),
)

K8S_LEADER_ELECT_LEASE_DURATION_S = Fact(
    key="k8s.leader_elect_lease_duration_s",
    label="kube-scheduler and kube-controller-manager --leader-elect-lease-duration default",
    value=15,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/",
    evidence="aws",
    note=(
        "'--leader-elect-lease-duration duration Default: 15s': how long non-leaders wait after the last observed "
        "renewal before taking an unrenewed lease; 'effectively the maximum duration that a leader can be stopped "
        "before it is replaced'. Same default on the kube-controller-manager reference page."
    ),
)

K8S_LEADER_ELECT_RENEW_DEADLINE_S = Fact(
    key="k8s.leader_elect_renew_deadline_s",
    label="kube-scheduler and kube-controller-manager --leader-elect-renew-deadline default",
    value=10,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/",
    evidence="aws",
    note="'--leader-elect-renew-deadline duration Default: 10s'; must be less than the lease duration.",
)

K8S_LEADER_ELECT_RETRY_PERIOD_S = Fact(
    key="k8s.leader_elect_retry_period_s",
    label="kube-scheduler and kube-controller-manager --leader-elect-retry-period default",
    value=2,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/",
    evidence="aws",
    note="'--leader-elect-retry-period duration Default: 2s': the wait between attempts to acquire or renew.",
)
