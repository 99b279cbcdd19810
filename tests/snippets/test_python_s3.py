"""docs/snippets/s3/*.py run against moto and do what the S3 page says they do."""

from __future__ import annotations

import base64
import io
import itertools
import json
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import boto3
import pytest
import requests

from tests.snippets.samples import REGION, SNIPPETS, load_module, samples

TOPIC = "s3"
TESTED = {"presigned_url.py", "lifecycle.py", "multipart.py"}
BUCKET = "guide-uploads"
MIB = 1024**2
GIB = 1024**3
TB = 1000**4


def test_collected_s3_samples() -> None:
    found = {path.name for path in samples("python", TOPIC)}
    assert found, "no Python samples found in docs/snippets/s3"
    assert found <= TESTED, f"add behavior tests here for {sorted(found - TESTED)}"


@pytest.mark.usefixtures("aws")
class TestPresignedUrls:
    def test_download_url_is_sigv4_and_fetches_the_object(self) -> None:
        presign = load_module(SNIPPETS / TOPIC / "presigned_url.py")
        s3 = presign.presigning_client(REGION)
        s3.create_bucket(Bucket=BUCKET)
        s3.put_object(Bucket=BUCKET, Key="reports/q1.pdf", Body=b"%PDF-1.7 report")

        url = presign.download_url(s3, BUCKET, "reports/q1.pdf")
        query = parse_qs(urlparse(url).query)
        assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]
        assert query["X-Amz-Expires"] == [str(presign.FIFTEEN_MINUTES)] == ["900"]
        assert f"/{REGION}/s3/aws4_request" in query["X-Amz-Credential"][0]
        response = requests.get(url, timeout=5)  # moto answers the URL; nothing leaves the machine
        assert response.status_code == 200
        assert response.content == b"%PDF-1.7 report"

    def test_upload_url_signs_the_content_type(self) -> None:
        presign = load_module(SNIPPETS / TOPIC / "presigned_url.py")
        s3 = presign.presigning_client(REGION)
        s3.create_bucket(Bucket=BUCKET)
        url = presign.upload_url(s3, BUCKET, "avatars/u1.png", "image/png", expires_in=60)
        signed_headers = parse_qs(urlparse(url).query)["X-Amz-SignedHeaders"][0].split(";")
        assert "content-type" in signed_headers
        response = requests.put(url, data=b"\x89PNG", headers={"Content-Type": "image/png"}, timeout=5)
        assert response.status_code == 200
        stored = s3.get_object(Bucket=BUCKET, Key="avatars/u1.png")
        assert stored["Body"].read() == b"\x89PNG"
        assert stored["ContentType"] == "image/png"

    def test_upload_form_caps_the_size(self) -> None:
        presign = load_module(SNIPPETS / TOPIC / "presigned_url.py")
        s3 = presign.presigning_client(REGION)
        s3.create_bucket(Bucket=BUCKET)
        form = presign.upload_form(s3, BUCKET, "incoming/file.bin", max_bytes=1024)
        policy = json.loads(base64.b64decode(form["fields"]["policy"]))
        assert ["content-length-range", 1, 1024] in policy["conditions"]
        assert {"bucket": BUCKET} in policy["conditions"]
        assert form["fields"]["key"] == "incoming/file.bin"
        response = requests.post(form["url"], data=form["fields"], files={"file": ("f.bin", b"data")}, timeout=5)
        assert response.status_code == 204
        assert s3.get_object(Bucket=BUCKET, Key="incoming/file.bin")["Body"].read() == b"data"


@pytest.mark.usefixtures("aws")
class TestLifecycle:
    def test_rules_are_stored_and_read_back(self) -> None:
        lifecycle = load_module(SNIPPETS / TOPIC / "lifecycle.py")
        s3 = boto3.client("s3")
        s3.create_bucket(Bucket=BUCKET)
        lifecycle.apply_lifecycle(s3, BUCKET)
        assert lifecycle.lifecycle_rule_ids(s3, BUCKET) == [
            "logs-tier-down-then-expire",
            "abort-incomplete-multipart-uploads",
        ]
        stored = {rule["ID"]: rule for rule in s3.get_bucket_lifecycle_configuration(Bucket=BUCKET)["Rules"]}
        logs = stored["logs-tier-down-then-expire"]
        assert logs["Filter"] == {"Prefix": "logs/"}
        assert [(t["Days"], t["StorageClass"]) for t in logs["Transitions"]] == [
            (30, "STANDARD_IA"),
            (90, "GLACIER"),
            (365, "DEEP_ARCHIVE"),
        ]
        assert logs["Expiration"] == {"Days": 2555}
        assert logs["NoncurrentVersionExpiration"]["NoncurrentDays"] == 30
        assert stored["abort-incomplete-multipart-uploads"]["AbortIncompleteMultipartUpload"] == {"DaysAfterInitiation": 7}

    def test_transitions_respect_minimum_durations(self) -> None:
        """Seed erratum 33: a "day 0 to STANDARD" transition is not a valid lifecycle rule."""
        lifecycle = load_module(SNIPPETS / TOPIC / "lifecycle.py")
        minimum_days = {"STANDARD_IA": 30, "ONEZONE_IA": 30, "GLACIER_IR": 90, "GLACIER": 90, "DEEP_ARCHIVE": 180}
        for rule in lifecycle.LIFECYCLE_RULES:
            transitions = rule.get("Transitions", [])
            assert all(t["StorageClass"] != "STANDARD" for t in transitions), "objects already land in S3 Standard"
            if transitions and transitions[0]["StorageClass"] in {"STANDARD_IA", "ONEZONE_IA"}:
                assert transitions[0]["Days"] >= 30, "S3 rejects a transition to an IA class before 30 days"
            stops = [(t["Days"], t["StorageClass"]) for t in transitions]
            if "Days" in rule.get("Expiration", {}):
                stops.append((rule["Expiration"]["Days"], "expired"))
            for (day, storage_class), (next_day, _) in itertools.pairwise(stops):
                assert next_day - day >= minimum_days[storage_class], f"{rule['ID']}: leaves {storage_class} too early"


class TestMultipart:
    @pytest.mark.parametrize(
        "size",
        [1, 5 * MIB, 100 * MIB, 50 * GIB, TB, 5 * TB, 48 * 1024**4, 10_000 * 5 * GIB],
        ids=["1B", "5MiB", "100MiB", "50GiB", "1TB", "5TB", "48TiB", "max"],
    )
    def test_part_size_keeps_every_upload_within_s3_limits(self, size: int) -> None:
        """Seed erratum 1: parts capped at 100 MB need 50,000 parts for 5 TB; S3 allows 10,000."""
        multipart = load_module(SNIPPETS / TOPIC / "multipart.py")
        part = multipart.part_size_bytes(size)
        assert 5 * MIB <= part <= 5 * GIB
        assert part % MIB == 0
        assert multipart.part_count(size, part) <= 10_000
        assert (multipart.part_count(size, part) - 1) * part < size <= multipart.part_count(size, part) * part

    def test_strategy_and_limits(self) -> None:
        multipart = load_module(SNIPPETS / TOPIC / "multipart.py")
        assert multipart.upload_strategy(10 * MIB) == "single PUT"
        assert multipart.upload_strategy(100 * MIB).startswith("multipart (recommended")
        assert multipart.upload_strategy(6 * GIB).startswith("multipart (required")
        with pytest.raises(ValueError, match="maximum object size"):
            multipart.upload_strategy(multipart.MAX_OBJECT_BYTES + 1)
        with pytest.raises(ValueError, match="positive"):
            multipart.part_size_bytes(0)

    @pytest.mark.usefixtures("aws")
    def test_upload_in_parts_assembles_the_object(self) -> None:
        multipart = load_module(SNIPPETS / TOPIC / "multipart.py")
        s3 = boto3.client("s3")
        s3.create_bucket(Bucket=BUCKET)
        data = bytes(range(256)) * (11 * MIB // 256)  # 11 MiB: parts of 5, 5 and 1 MiB
        etag = multipart.upload_in_parts(s3, io.BytesIO(data), len(data), BUCKET, "big.bin")
        assert etag.strip('"').endswith("-3")
        assert s3.get_object(Bucket=BUCKET, Key="big.bin")["Body"].read() == data

    @pytest.mark.usefixtures("aws")
    def test_failed_upload_is_aborted(self) -> None:
        multipart = load_module(SNIPPETS / TOPIC / "multipart.py")
        s3 = boto3.client("s3")
        s3.create_bucket(Bucket=BUCKET)

        class Broken(io.BytesIO):
            def read(self, size: int | None = -1) -> bytes:
                if self.tell() > 0:
                    raise OSError("disk went away")
                return super().read(size)

        with pytest.raises(OSError, match="disk went away"):
            multipart.upload_in_parts(s3, Broken(b"x" * (12 * MIB)), 12 * MIB, BUCKET, "big.bin")
        assert s3.list_multipart_uploads(Bucket=BUCKET).get("Uploads", []) == []

    @pytest.mark.usefixtures("aws")
    def test_managed_upload(self, tmp_path: Path) -> None:
        multipart = load_module(SNIPPETS / TOPIC / "multipart.py")
        s3 = boto3.client("s3")
        s3.create_bucket(Bucket=BUCKET)
        source = tmp_path / "small.bin"
        source.write_bytes(b"y" * 1024)
        multipart.upload_file(s3, str(source), 1024, BUCKET, "small.bin")
        assert s3.head_object(Bucket=BUCKET, Key="small.bin")["ContentLength"] == 1024
