"""Invalid input names the field, for every calculator: one table, so a new calculator adds rows here.

Each row is a calculator, raw inputs that break one rule (a bound, a type, a choice, a cross-field rule, an
unknown name), and the field the error must name. The message must name the input by its label, as the form
shows it, or quote an unknown input's name. Tests of a particular message's wording stay in each calculator's
own file.
"""

from __future__ import annotations

import pytest

from calculators import REGISTRY, InputError, compute

CASES: list[tuple[str, dict[str, object], str]] = [
    # alb_cost
    ("alb_cost", {"new_connections_per_second": -1}, "new_connections_per_second"),
    ("alb_cost", {"active_connections_per_minute": "lots"}, "active_connections_per_minute"),
    ("alb_cost", {"processed_gb_per_hour": 1e7}, "processed_gb_per_hour"),
    ("alb_cost", {"rule_evaluations_per_second": -5}, "rule_evaluations_per_second"),
    ("alb_cost", {"requests_per_second": 1e9}, "requests_per_second"),
    ("alb_cost", {"lambda_targets": "maybe"}, "lambda_targets"),
    ("alb_cost", {"load_balancers": 0}, "load_balancers"),
    ("alb_cost", {"load_balancers": 1.5}, "load_balancers"),
    # api_gateway_cost
    ("api_gateway_cost", {"requests_per_month": -1}, "requests_per_month"),
    ("api_gateway_cost", {"requests_per_month": 1.5}, "requests_per_month"),
    ("api_gateway_cost", {"requests_per_month": 1e14}, "requests_per_month"),
    ("api_gateway_cost", {"requests_per_month": "many"}, "requests_per_month"),
    ("api_gateway_cost", {"api_type": "websocket"}, "api_type"),
    ("api_gateway_cost", {"caching": True}, "caching"),
    # availability
    ("availability", {"availabilities_percent": ""}, "availabilities_percent"),
    ("availability", {"availabilities_percent": "99.9,,99"}, "availabilities_percent"),
    ("availability", {"availabilities_percent": "99.9,"}, "availabilities_percent"),
    ("availability", {"availabilities_percent": "abc"}, "availabilities_percent"),
    ("availability", {"availabilities_percent": "99.9; 99.9"}, "availabilities_percent"),
    ("availability", {"availabilities_percent": "0"}, "availabilities_percent"),
    ("availability", {"availabilities_percent": "-5"}, "availabilities_percent"),
    ("availability", {"availabilities_percent": "100.5"}, "availabilities_percent"),
    ("availability", {"availabilities_percent": "nan"}, "availabilities_percent"),
    ("availability", {"availabilities_percent": "inf"}, "availabilities_percent"),
    ("availability", {"availabilities_percent": ",".join(["99"] * 51)}, "availabilities_percent"),
    ("availability", {"availabilities_percent": "9" * 1001}, "availabilities_percent"),
    ("availability", {"availabilities_percent": 99.9}, "availabilities_percent"),
    ("availability", {"topology": "mesh"}, "topology"),
    # cidr_subnets
    ("cidr_subnets", {"vpc_cidr": "10.0.0.0"}, "vpc_cidr"),
    ("cidr_subnets", {"vpc_cidr": "10.0.0.300/16"}, "vpc_cidr"),
    ("cidr_subnets", {"vpc_cidr": "ten/16"}, "vpc_cidr"),
    ("cidr_subnets", {"vpc_cidr": "10.0.0.0/33"}, "vpc_cidr"),
    ("cidr_subnets", {"vpc_cidr": "10.0.1.0/16"}, "vpc_cidr"),
    ("cidr_subnets", {"vpc_cidr": "10.0.0.0/8"}, "vpc_cidr"),
    ("cidr_subnets", {"vpc_cidr": "10.0.0.0/29"}, "vpc_cidr"),
    ("cidr_subnets", {"vpc_cidr": "2001:db8::/56"}, "vpc_cidr"),
    ("cidr_subnets", {"vpc_cidr": ""}, "vpc_cidr"),
    ("cidr_subnets", {"subnet_count": 0}, "subnet_count"),
    ("cidr_subnets", {"subnet_count": -2}, "subnet_count"),
    ("cidr_subnets", {"subnet_count": 2.5}, "subnet_count"),
    ("cidr_subnets", {"subnet_count": 4097}, "subnet_count"),
    ("cidr_subnets", {"vpc_cidr": "10.0.0.0/24", "subnet_count": 17}, "subnet_count"),
    ("cidr_subnets", {"vpc_cidr": "10.0.0.0/28", "subnet_count": 2}, "subnet_count"),
    # cloudfront_cost
    ("cloudfront_cost", {"data_transfer_gb_per_month": -1}, "data_transfer_gb_per_month"),
    ("cloudfront_cost", {"data_transfer_gb_per_month": 2e9}, "data_transfer_gb_per_month"),
    ("cloudfront_cost", {"requests_per_month": -5}, "requests_per_month"),
    ("cloudfront_cost", {"requests_per_month": 1.5}, "requests_per_month"),
    ("cloudfront_cost", {"cache_hit_ratio": 1.5}, "cache_hit_ratio"),
    ("cloudfront_cost", {"cache_hit_ratio": -0.1}, "cache_hit_ratio"),
    ("cloudfront_cost", {"origin_shield": "yes"}, "origin_shield"),
    ("cloudfront_cost", {"free_tier": 1}, "free_tier"),
    # dr_pattern
    ("dr_pattern", {"rto_minutes": -1}, "rto_minutes"),
    ("dr_pattern", {"rpo_minutes": -0.5}, "rpo_minutes"),
    ("dr_pattern", {"rto_minutes": 525_601}, "rto_minutes"),
    ("dr_pattern", {"rpo_minutes": "an hour"}, "rpo_minutes"),
    # dynamodb_break_even
    ("dynamodb_break_even", {"average_writes_per_second": 10, "peak_writes_per_second": 5}, "peak_writes_per_second"),
    ("dynamodb_break_even", {"average_reads_per_second": 10, "peak_reads_per_second": 5}, "peak_reads_per_second"),
    ("dynamodb_break_even", {"average_writes_per_second": -1}, "average_writes_per_second"),
    ("dynamodb_break_even", {"peak_reads_per_second": 2e9}, "peak_reads_per_second"),
    ("dynamodb_break_even", {"item_size_kb": 0}, "item_size_kb"),
    ("dynamodb_break_even", {"item_size_kb": 401}, "item_size_kb"),
    ("dynamodb_break_even", {"read_consistency": "linearizable"}, "read_consistency"),
    ("dynamodb_break_even", {"target_utilization": 0}, "target_utilization"),
    ("dynamodb_break_even", {"target_utilization": 1e-308}, "target_utilization"),
    ("dynamodb_break_even", {"target_utilization": 1.2}, "target_utilization"),
    ("dynamodb_break_even", {"target_utilization": "high"}, "target_utilization"),
    # dynamodb_capacity
    ("dynamodb_capacity", {"item_size_kb": 401}, "item_size_kb"),
    ("dynamodb_capacity", {"item_size_kb": 0}, "item_size_kb"),
    ("dynamodb_capacity", {"reads_per_second": -1}, "reads_per_second"),
    ("dynamodb_capacity", {"target_utilization": 0}, "target_utilization"),
    ("dynamodb_capacity", {"target_utilization": 0.001}, "target_utilization"),
    ("dynamodb_capacity", {"target_utilization": 1.5}, "target_utilization"),
    ("dynamodb_capacity", {"read_consistency": "linearizable"}, "read_consistency"),
    ("dynamodb_capacity", {"capacity_mode": "reserved"}, "capacity_mode"),
    ("dynamodb_capacity", {"transactional_writes": "maybe"}, "transactional_writes"),
    ("dynamodb_capacity", {"writes_per_second": "lots"}, "writes_per_second"),
    ("dynamodb_capacity", {"writes_per_second": "nan"}, "writes_per_second"),
    # dynamodb_write_sharding
    ("dynamodb_write_sharding", {"writes_per_second_per_key": 0}, "writes_per_second_per_key"),
    ("dynamodb_write_sharding", {"writes_per_second_per_key": -3}, "writes_per_second_per_key"),
    ("dynamodb_write_sharding", {"writes_per_second_per_key": 2e9}, "writes_per_second_per_key"),
    ("dynamodb_write_sharding", {"item_size_kb": 0}, "item_size_kb"),
    ("dynamodb_write_sharding", {"item_size_kb": 400.5}, "item_size_kb"),
    ("dynamodb_write_sharding", {"headroom": 0}, "headroom"),
    ("dynamodb_write_sharding", {"headroom": 0.05}, "headroom"),
    ("dynamodb_write_sharding", {"headroom": "1E-308"}, "headroom"),
    ("dynamodb_write_sharding", {"headroom": 1.5}, "headroom"),
    ("dynamodb_write_sharding", {"headroom": "some"}, "headroom"),
    ("dynamodb_write_sharding", {"reads_fan_in": 2}, "reads_fan_in"),
    # ec2_fleet_cost
    ("ec2_fleet_cost", {"instances": 0}, "instances"),
    ("ec2_fleet_cost", {"instances": -1}, "instances"),
    ("ec2_fleet_cost", {"instances": 1.5}, "instances"),
    ("ec2_fleet_cost", {"instance_type": "t3.micro"}, "instance_type"),
    ("ec2_fleet_cost", {"purchase_option": "dedicated"}, "purchase_option"),
    ("ec2_fleet_cost", {"discount_percent": 10}, "discount_percent"),  # on-demand has no discount
    ("ec2_fleet_cost", {"purchase_option": "savings_plan", "discount_percent": 80}, "discount_percent"),
    ("ec2_fleet_cost", {"purchase_option": "reserved", "discount_percent": 73}, "discount_percent"),
    ("ec2_fleet_cost", {"purchase_option": "spot", "discount_percent": 95}, "discount_percent"),
    ("ec2_fleet_cost", {"purchase_option": "spot", "discount_percent": -5}, "discount_percent"),
    ("ec2_fleet_cost", {"hours_per_month": 745}, "hours_per_month"),
    ("ec2_fleet_cost", {"hours_per_month": -1}, "hours_per_month"),
    # eks_max_pods
    ("eks_max_pods", {"enis": 0}, "enis"),
    ("eks_max_pods", {"enis": -3}, "enis"),
    ("eks_max_pods", {"enis": 1.5}, "enis"),
    ("eks_max_pods", {"enis": 101}, "enis"),
    ("eks_max_pods", {"ipv4_per_eni": 0}, "ipv4_per_eni"),
    ("eks_max_pods", {"ipv4_per_eni": 101}, "ipv4_per_eni"),
    ("eks_max_pods", {"vcpus": 0}, "vcpus"),
    ("eks_max_pods", {"vcpus": 2000}, "vcpus"),
    ("eks_max_pods", {"prefix_delegation": "maybe"}, "prefix_delegation"),
    # k8s_hpa
    ("k8s_hpa", {"current_replicas": 0}, "current_replicas"),
    ("k8s_hpa", {"current_replicas": 2.5}, "current_replicas"),
    ("k8s_hpa", {"current_replicas": 100_001}, "current_replicas"),
    ("k8s_hpa", {"current_metric": -1}, "current_metric"),
    ("k8s_hpa", {"target_metric": 0}, "target_metric"),
    ("k8s_hpa", {"target_metric": -60}, "target_metric"),
    ("k8s_hpa", {"target_metric": "sixty"}, "target_metric"),
    ("k8s_hpa", {"tolerance": -0.1}, "tolerance"),
    ("k8s_hpa", {"tolerance": 1.5}, "tolerance"),
    ("k8s_hpa", {"min_replicas": 0}, "min_replicas"),
    ("k8s_hpa", {"max_replicas": 0}, "max_replicas"),
    ("k8s_hpa", {"min_replicas": 11, "max_replicas": 10}, "min_replicas"),
    # k8s_node_packing
    ("k8s_node_packing", {"pod_cpu_millicores": 4000}, "pod_cpu_millicores"),  # more than 3,600m allocatable
    ("k8s_node_packing", {"pod_memory_mib": 16_384}, "pod_memory_mib"),  # more than 14,745.6 MiB allocatable
    ("k8s_node_packing", {"pods": 0}, "pods"),
    ("k8s_node_packing", {"pods": 150_001}, "pods"),
    ("k8s_node_packing", {"pod_cpu_millicores": 0}, "pod_cpu_millicores"),
    ("k8s_node_packing", {"pod_memory_mib": -1}, "pod_memory_mib"),
    ("k8s_node_packing", {"node_vcpus": 0}, "node_vcpus"),
    ("k8s_node_packing", {"node_memory_gib": 0}, "node_memory_gib"),
    ("k8s_node_packing", {"max_pods_per_node": 0}, "max_pods_per_node"),
    ("k8s_node_packing", {"system_reserved_percent": 95}, "system_reserved_percent"),
    ("k8s_node_packing", {"system_reserved_percent": -1}, "system_reserved_percent"),
    ("k8s_node_packing", {"max_pods_per_node": 3}, "daemonset_pods_per_node"),  # three DaemonSet pods leave no slot
    ("k8s_node_packing", {"daemonset_cpu_millicores": 3600}, "daemonset_cpu_millicores"),
    ("k8s_node_packing", {"daemonset_memory_mib": 20_000}, "daemonset_memory_mib"),
    ("k8s_node_packing", {"daemonset_pods_per_node": 1.5}, "daemonset_pods_per_node"),
    # kinesis_shards
    ("kinesis_shards", {"records_per_second": 0}, "records_per_second"),
    ("kinesis_shards", {"record_size_kb": 1025}, "record_size_kb"),
    ("kinesis_shards", {"consumers": 0}, "consumers"),
    ("kinesis_shards", {"consumers": 2.5}, "consumers"),
    ("kinesis_shards", {"consumers": 21, "enhanced_fan_out": True}, "consumers"),
    ("kinesis_shards", {"peak_factor": 0.5}, "peak_factor"),
    # lambda_concurrency
    ("lambda_concurrency", {"requests_per_second": 0}, "requests_per_second"),
    ("lambda_concurrency", {"requests_per_second": -5}, "requests_per_second"),
    ("lambda_concurrency", {"requests_per_second": "lots"}, "requests_per_second"),
    ("lambda_concurrency", {"requests_per_second": 1e8}, "requests_per_second"),
    ("lambda_concurrency", {"duration_ms": 0}, "duration_ms"),
    ("lambda_concurrency", {"duration_ms": 900_001}, "duration_ms"),
    ("lambda_concurrency", {"account_limit": 0}, "account_limit"),
    ("lambda_concurrency", {"account_limit": 1.5}, "account_limit"),
    ("lambda_concurrency", {"burst": 1}, "burst"),
    # lambda_cost
    ("lambda_cost", {"memory_mb": 127}, "memory_mb"),
    ("lambda_cost", {"memory_mb": 10_241}, "memory_mb"),
    ("lambda_cost", {"memory_mb": 512.5}, "memory_mb"),
    ("lambda_cost", {"duration_ms": 900_001}, "duration_ms"),
    ("lambda_cost", {"duration_ms": 0}, "duration_ms"),
    ("lambda_cost", {"invocations_per_month": -5}, "invocations_per_month"),
    ("lambda_cost", {"architecture": "riscv"}, "architecture"),
    # nat_gateway_cost
    ("nat_gateway_cost", {"nat_gateways": 0}, "nat_gateways"),
    ("nat_gateway_cost", {"nat_gateways": 1.5}, "nat_gateways"),
    ("nat_gateway_cost", {"nat_gateways": 5000}, "nat_gateways"),
    ("nat_gateway_cost", {"data_processed_gb_per_month": -1}, "data_processed_gb_per_month"),
    ("nat_gateway_cost", {"data_processed_gb_per_month": "a lot"}, "data_processed_gb_per_month"),
    ("nat_gateway_cost", {"cross_az_gb_per_month": -0.1}, "cross_az_gb_per_month"),
    ("nat_gateway_cost", {"cross_az_gb_per_month": 1e13}, "cross_az_gb_per_month"),
    ("nat_gateway_cost", {"internet_gb_per_month": 1}, "internet_gb_per_month"),
    # s3_multipart
    ("s3_multipart", {"object_size_gib": 0}, "object_size_gib"),
    ("s3_multipart", {"object_size_gib": -1}, "object_size_gib"),
    ("s3_multipart", {"object_size_gib": 50_000.5}, "object_size_gib"),
    ("s3_multipart", {"object_size_gib": "huge"}, "object_size_gib"),
    ("s3_multipart", {"object_size_gib": float("inf")}, "object_size_gib"),
    ("s3_multipart", {"part_size_mib": 5}, "part_size_mib"),
    # s3_request_rate
    ("s3_request_rate", {"put_requests_per_second": -1}, "put_requests_per_second"),
    ("s3_request_rate", {"get_requests_per_second": -0.5}, "get_requests_per_second"),
    ("s3_request_rate", {"get_requests_per_second": 2e9}, "get_requests_per_second"),
    ("s3_request_rate", {"put_requests_per_second": "fast"}, "put_requests_per_second"),
    ("s3_request_rate", {"delete_requests_per_second": 1}, "delete_requests_per_second"),
    # s3_storage_cost
    ("s3_storage_cost", {"storage_gb": -1}, "storage_gb"),
    ("s3_storage_cost", {"storage_gb": 1e13}, "storage_gb"),
    ("s3_storage_cost", {"storage_class": "reduced_redundancy"}, "storage_class"),
    ("s3_storage_cost", {"storage_class": ""}, "storage_class"),
    ("s3_storage_cost", {"put_requests_per_month": 1.5}, "put_requests_per_month"),
    ("s3_storage_cost", {"get_requests_per_month": -10}, "get_requests_per_month"),
    ("s3_storage_cost", {"retrieval_gb_per_month": "some"}, "retrieval_gb_per_month"),
    ("s3_storage_cost", {"objects": 1e14}, "objects"),
    ("s3_storage_cost", {"region": "eu-west-1"}, "region"),
    # shuffle_sharding
    ("shuffle_sharding", {"workers": 1}, "workers"),
    ("shuffle_sharding", {"workers": 1001}, "workers"),
    ("shuffle_sharding", {"workers": 8.5}, "workers"),
    ("shuffle_sharding", {"workers_per_shard": 0}, "workers_per_shard"),
    ("shuffle_sharding", {"workers": 8, "workers_per_shard": 9}, "workers_per_shard"),
    ("shuffle_sharding", {"workers": 1000, "workers_per_shard": 10}, "workers_per_shard"),  # C(1000, 10) > 10^15
    ("shuffle_sharding", {"customers": 0}, "customers"),
    ("shuffle_sharding", {"customers": "many"}, "customers"),
    # sqs_throughput
    ("sqs_throughput", {"messages_per_second": 0}, "messages_per_second"),
    ("sqs_throughput", {"messages_per_second": -1}, "messages_per_second"),
    ("sqs_throughput", {"queue_type": "kafka"}, "queue_type"),
    ("sqs_throughput", {"batch_size": 0}, "batch_size"),
    ("sqs_throughput", {"batch_size": 11}, "batch_size"),
    ("sqs_throughput", {"batch_size": 2.5}, "batch_size"),
    ("sqs_throughput", {"message_size_kb": 0}, "message_size_kb"),
    ("sqs_throughput", {"message_size_kb": 1025}, "message_size_kb"),
    ("sqs_throughput", {"message_size_kb": "big"}, "message_size_kb"),
    ("sqs_throughput", {"batch_size": 2, "message_size_kb": 1024}, "batch_size"),  # a batch's total payload is at most 1 MiB
    # traffic_estimate
    ("traffic_estimate", {"requests_per_day": -1}, "requests_per_day"),
    ("traffic_estimate", {"requests_per_day": 1e16}, "requests_per_day"),
    ("traffic_estimate", {"peak_factor": 0.5}, "peak_factor"),
    ("traffic_estimate", {"peak_factor": 1001}, "peak_factor"),
    ("traffic_estimate", {"payload_bytes": -1}, "payload_bytes"),
    ("traffic_estimate", {"retention_days": -1}, "retention_days"),
    ("traffic_estimate", {"retention_days": 40_000}, "retention_days"),
    ("traffic_estimate", {"replication_factor": 0}, "replication_factor"),
    ("traffic_estimate", {"replication_factor": 1.5}, "replication_factor"),
    ("traffic_estimate", {"write_fraction": 1.5}, "write_fraction"),
    ("traffic_estimate", {"requests_per_day": "lots"}, "requests_per_day"),
    # cache_cluster (rows written by `make new-calculator`: keep them in step with its inputs)
    ("cache_cluster", {"items": 0}, "items"),
    ("cache_cluster", {"item_bytes": "lots"}, "item_bytes"),
    ("cache_cluster", {"replicas_per_shard": 6}, "replicas_per_shard"),
    ("cache_cluster", {"read_share_percent": 101}, "read_share_percent"),
    ("cache_cluster", {"node_type": "cache.x9.huge"}, "node_type"),
    ("cache_cluster", {"read_from_replicas": "sometimes"}, "read_from_replicas"),
    # retry_amplification (rows written by `make new-calculator`: keep them in step with its inputs)
    ("retry_amplification", {"layers": 0}, "layers"),
    ("retry_amplification", {"layers": 11}, "layers"),
    ("retry_amplification", {"retries_per_layer": -1}, "retries_per_layer"),
    ("retry_amplification", {"retries_per_layer": 1.5}, "retries_per_layer"),
    ("retry_amplification", {"failure_rate_percent": 101}, "failure_rate_percent"),
    ("retry_amplification", {"failure_rate_percent": "lots"}, "failure_rate_percent"),
    ("retry_amplification", {"base_delay_ms": 0}, "base_delay_ms"),
    ("retry_amplification", {"base_delay_ms": 5000, "max_backoff_ms": 1000}, "base_delay_ms"),
    ("retry_amplification", {"timeout_ms": 0}, "timeout_ms"),
    # msk_vs_kinesis (rows written by `make new-calculator`: keep them in step with its inputs)
    ("msk_vs_kinesis", {"events_per_second": 0}, "events_per_second"),
    ("msk_vs_kinesis", {"events_per_second": "lots"}, "events_per_second"),
    ("msk_vs_kinesis", {"event_kb": 1025}, "event_kb"),
    ("msk_vs_kinesis", {"consumers": 1.5}, "consumers"),
    ("msk_vs_kinesis", {"retention_hours": 12}, "retention_hours"),
    ("msk_vs_kinesis", {"retention_hours": 169}, "retention_hours"),
    ("msk_vs_kinesis", {"msk_broker_type": "kafka.t3.small"}, "msk_broker_type"),
    ("msk_vs_kinesis", {"brokers": 2}, "brokers"),
    ("msk_vs_kinesis", {"brokers": 61}, "brokers"),
    ("msk_vs_kinesis", {"broker_write_mib_s": 0}, "broker_write_mib_s"),
    ("msk_vs_kinesis", {"replication_factor": 4}, "replication_factor"),
    # consistent_hashing (rows written by `make new-calculator`: keep them in step with its inputs)
    ("consistent_hashing", {"nodes": 1}, "nodes"),
    ("consistent_hashing", {"nodes": "lots"}, "nodes"),
    ("consistent_hashing", {"nodes": 2.5}, "nodes"),
    ("consistent_hashing", {"vnodes_per_node": 0}, "vnodes_per_node"),
    ("consistent_hashing", {"vnodes_per_node": 1001}, "vnodes_per_node"),
    ("consistent_hashing", {"nodes": 1000, "vnodes_per_node": 101}, "vnodes_per_node"),
    # rate_limiter (rows written by `make new-calculator`: keep them in step with its inputs)
    ("rate_limiter", {"active_keys": 0}, "active_keys"),
    ("rate_limiter", {"active_keys": 1.5}, "active_keys"),
    ("rate_limiter", {"algorithm": "leaky_bucket"}, "algorithm"),
    ("rate_limiter", {"limit_per_window": 0}, "limit_per_window"),
    ("rate_limiter", {"requests_per_second": -1}, "requests_per_second"),
    ("rate_limiter", {"requests_per_second": "lots"}, "requests_per_second"),
    ("rate_limiter", {"ops_per_request": 0}, "ops_per_request"),
    ("rate_limiter", {"ops_per_second_per_shard": 0}, "ops_per_second_per_shard"),
    ("rate_limiter", {"usable_memory_gb_per_shard": 0}, "usable_memory_gb_per_shard"),
    # cross_region_replication (rows written by `make new-calculator`: keep them in step with its inputs)
    ("cross_region_replication", {"writes_per_second": 0}, "writes_per_second"),
    ("cross_region_replication", {"writes_per_second": "lots"}, "writes_per_second"),
    ("cross_region_replication", {"item_kb": 0}, "item_kb"),
    ("cross_region_replication", {"item_kb": 401}, "item_kb"),
    ("cross_region_replication", {"regions": 1}, "regions"),
    ("cross_region_replication", {"regions": 2.5}, "regions"),
    ("cross_region_replication", {"service": "aurora_global", "regions": 12}, "regions"),
    ("cross_region_replication", {"service": "cassandra"}, "service"),
    ("cross_region_replication", {"inter_region_rtt_ms": 0}, "inter_region_rtt_ms"),
    # quorum_availability (rows written by `make new-calculator`: keep them in step with its inputs)
    ("quorum_availability", {"replicas": 0}, "replicas"),
    ("quorum_availability", {"replicas": 16}, "replicas"),
    ("quorum_availability", {"replicas": 2.5}, "replicas"),
    ("quorum_availability", {"read_quorum": 0}, "read_quorum"),
    ("quorum_availability", {"read_quorum": 4}, "read_quorum"),
    ("quorum_availability", {"write_quorum": 4}, "write_quorum"),
    ("quorum_availability", {"write_quorum": "two"}, "write_quorum"),
    ("quorum_availability", {"replica_availability_percent": 100}, "replica_availability_percent"),
    ("quorum_availability", {"replica_availability_percent": 0}, "replica_availability_percent"),
    ("quorum_availability", {"replica_latencies_ms": "2, 2"}, "replica_latencies_ms"),
    ("quorum_availability", {"replica_latencies_ms": "2, fast, 60"}, "replica_latencies_ms"),
    ("quorum_availability", {"replica_latencies_ms": "2, -1, 60"}, "replica_latencies_ms"),
    ("quorum_availability", {"replica_latencies_ms": ""}, "replica_latencies_ms"),
    # architecture_cost (rows written by `make new-calculator`: keep them in step with its inputs)
    ("architecture_cost", {"requests_per_second": -1}, "requests_per_second"),
    ("architecture_cost", {"requests_per_second": "lots"}, "requests_per_second"),
    ("architecture_cost", {"requests_per_second": 2e6}, "requests_per_second"),
    ("architecture_cost", {"traffic_shape": "bursty"}, "traffic_shape"),
    ("architecture_cost", {"payload_kb": 7000}, "payload_kb"),
    ("architecture_cost", {"duration_ms": 0}, "duration_ms"),
    ("architecture_cost", {"duration_ms": 30_000}, "duration_ms"),
    ("architecture_cost", {"memory_mb": 64}, "memory_mb"),
    ("architecture_cost", {"memory_mb": 512.5}, "memory_mb"),
    ("architecture_cost", {"egress_share": 1.5}, "egress_share"),
    ("architecture_cost", {"cross_az_share": -0.1}, "cross_az_share"),
    ("architecture_cost", {"requests_per_task_per_second": 0.5}, "requests_per_task_per_second"),
    ("architecture_cost", {"task_vcpu": 0.1}, "task_vcpu"),
    ("architecture_cost", {"task_vcpu": 32}, "task_vcpu"),
    ("architecture_cost", {"task_memory_gb": 0.25}, "task_memory_gb"),
    ("architecture_cost", {"task_memory_gb": 200}, "task_memory_gb"),
    ("architecture_cost", {"node_type": "t3.micro"}, "node_type"),
    ("architecture_cost", {"target_utilization": 0}, "target_utilization"),
    ("architecture_cost", {"availability_zones": 0}, "availability_zones"),
    ("architecture_cost", {"availability_zones": 2.5}, "availability_zones"),
    ("architecture_cost", {"nat_gateways": "maybe"}, "nat_gateways"),
    ("architecture_cost", {"requests_per_connection": 0}, "requests_per_connection"),
    ("architecture_cost", {"task_vcpu": 2}, "task_vcpu"),  # cross-field: an EKS pod larger than a node
    ("architecture_cost", {"task_memory_gb": 8}, "task_memory_gb"),  # cross-field: an EKS pod larger than a node
]


@pytest.mark.parametrize(("calculator", "raw", "field"), CASES, ids=[f"{calculator}.{field}" for calculator, _, field in CASES])
def test_invalid_input_names_the_field(calculator: str, raw: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        compute(calculator, raw)
    assert caught.value.field == field
    labels = {spec.name: spec.label for spec in REGISTRY[calculator].INPUTS}
    message = caught.value.message.lower()
    if field in labels:
        assert labels[field].lower() in message
    else:
        assert f"unknown input {field!r}" in caught.value.message


def test_every_calculator_has_invalid_input_cases() -> None:
    missing = sorted(set(REGISTRY) - {calculator for calculator, _raw, _field in CASES})
    assert not missing, (
        f"add rows for {missing} to CASES in tests/calculators/test_invalid_inputs.py: each input out of its "
        "bounds, a value of the wrong type, and each cross-field rule, with the field the error must name"
    )
