"""Multipart upload: choose a part size that fits S3's limits, then upload with boto3.

Limits: at most 10,000 parts; every part but the last between 5 MiB and 5 GiB; so the largest object
is 10,000 x 5 GiB. A single PUT takes at most 5 GiB; multipart is worth it from about 100 MB.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from boto3.s3.transfer import TransferConfig

MIB = 1024**2
GIB = 1024**3
MAX_PARTS = 10_000
MIN_PART_BYTES = 5 * MIB
MAX_PART_BYTES = 5 * GIB
MAX_OBJECT_BYTES = MAX_PARTS * MAX_PART_BYTES
MAX_SINGLE_PUT_BYTES = 5 * GIB
MULTIPART_THRESHOLD_BYTES = 100 * MIB


def upload_strategy(size_bytes: int) -> str:
    """How to upload an object of this size."""
    if size_bytes > MAX_OBJECT_BYTES:
        raise ValueError(f"{size_bytes} bytes exceeds the maximum object size of {MAX_OBJECT_BYTES} bytes")
    if size_bytes > MAX_SINGLE_PUT_BYTES:
        return "multipart (required: larger than a single PUT allows)"
    if size_bytes >= MULTIPART_THRESHOLD_BYTES:
        return "multipart (recommended)"
    return "single PUT"


def part_size_bytes(size_bytes: int) -> int:
    """Smallest whole-MiB part size, at least 5 MiB, that keeps the upload within 10,000 parts."""
    if size_bytes <= 0:
        raise ValueError("size must be positive")
    if size_bytes > MAX_OBJECT_BYTES:
        raise ValueError(f"{size_bytes} bytes exceeds the maximum object size of {MAX_OBJECT_BYTES} bytes")
    needed = -(-size_bytes // MAX_PARTS)  # ceiling division
    whole_mib = -(-needed // MIB) * MIB
    return max(MIN_PART_BYTES, whole_mib)  # never above 5 GiB, given the size check


def part_count(size_bytes: int, part_bytes: int) -> int:
    """Number of parts (the last one may be smaller)."""
    return -(-size_bytes // part_bytes)


def upload_file(s3: Any, path: str, size_bytes: int, bucket: str, key: str) -> None:
    """Managed upload: boto3 switches to multipart above the threshold and sends parts in parallel."""
    config = TransferConfig(
        multipart_threshold=MULTIPART_THRESHOLD_BYTES,
        multipart_chunksize=part_size_bytes(size_bytes),
        max_concurrency=10,
    )
    s3.upload_file(path, bucket, key, Config=config)


def upload_in_parts(s3: Any, fileobj: BinaryIO, size_bytes: int, bucket: str, key: str) -> str:
    """The protocol by hand: create, upload each part, complete; abort on any failure. Returns the ETag."""
    part_bytes = part_size_bytes(size_bytes)
    upload_id = s3.create_multipart_upload(Bucket=bucket, Key=key)["UploadId"]
    try:
        parts = []
        for number in range(1, part_count(size_bytes, part_bytes) + 1):
            body = fileobj.read(part_bytes)
            response = s3.upload_part(Bucket=bucket, Key=key, UploadId=upload_id, PartNumber=number, Body=body)
            parts.append({"PartNumber": number, "ETag": response["ETag"]})
        result = s3.complete_multipart_upload(
            Bucket=bucket, Key=key, UploadId=upload_id, MultipartUpload={"Parts": parts}
        )
    except Exception:
        s3.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id)  # stop paying for stored parts
        raise
    return result["ETag"]
