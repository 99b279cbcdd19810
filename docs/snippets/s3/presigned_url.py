"""Presigned URLs: let a browser or mobile client download or upload one object without AWS credentials.

The URL carries a signature made with the caller's credentials, so it can never outlive them: a URL
signed with a Lambda or ECS role's temporary credentials stops working when that session expires, even
if ExpiresIn is longer.
"""

from __future__ import annotations

from typing import Any

import boto3
from botocore.config import Config

FIFTEEN_MINUTES = 15 * 60
MAX_UPLOAD_BYTES = 100 * 1024 * 1024


def presigning_client(region_name: str) -> Any:
    """An S3 client that signs with Signature Version 4 (URLs valid for at most 7 days).

    Pass the bucket's Region: some botocore versions otherwise presign with the legacy signature.
    """
    return boto3.client("s3", region_name=region_name, config=Config(signature_version="s3v4"))


def download_url(s3: Any, bucket: str, key: str, expires_in: int = FIFTEEN_MINUTES) -> str:
    """A GET URL for one private object. ``s3`` comes from ``presigning_client``."""
    return s3.generate_presigned_url(
        "get_object",
        Params={"Bucket": bucket, "Key": key},
        ExpiresIn=expires_in,
    )


def upload_url(s3: Any, bucket: str, key: str, content_type: str, expires_in: int = FIFTEEN_MINUTES) -> str:
    """A PUT URL; the client must send the same Content-Type header or the signature check fails."""
    return s3.generate_presigned_url(
        "put_object",
        Params={"Bucket": bucket, "Key": key, "ContentType": content_type},
        ExpiresIn=expires_in,
    )


def upload_form(s3: Any, bucket: str, key: str, max_bytes: int = MAX_UPLOAD_BYTES) -> dict[str, Any]:
    """A presigned POST (HTML form upload) that also caps the object size, which a PUT URL cannot do.

    Returns {"url": ..., "fields": {...}}: the client posts the fields plus a "file" field to the url.
    """
    return s3.generate_presigned_post(
        Bucket=bucket,
        Key=key,
        Conditions=[["content-length-range", 1, max_bytes]],
        ExpiresIn=FIFTEEN_MINUTES,
    )
