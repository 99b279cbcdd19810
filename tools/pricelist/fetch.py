"""Where the offer files come from: AWS over HTTPS by default, a local directory with ``--from DIR``, anything in tests.

A fetcher takes a path on AWS's pricing host (``/offers/v1.0/aws/AWSLambda/index.json``) and returns an open binary
stream; the caller reads it incrementally and closes it. Nothing here holds a whole file.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import IO

PRICING_HOST = "https://pricing.us-east-1.amazonaws.com"
"""AWS's Price List bulk files, public and unauthenticated (docs: 'Getting price list files manually')."""

Fetcher = Callable[[str], IO[bytes]]


class FetchError(OSError):
    """A file could not be had (network, HTTP status, missing local file)."""


def version_index_path(offer: str) -> str:
    """The service version index: ``currentVersion`` and every version's ``offerVersionUrl``."""
    return f"/offers/v1.0/aws/{offer}/index.json"


def region_index_path(offer: str) -> str:
    """The current Region index: each Region's ``currentVersionUrl`` (a regional offer file)."""
    return f"/offers/v1.0/aws/{offer}/current/region_index.json"


def http_fetcher(host: str = PRICING_HOST, timeout: float = 300) -> Fetcher:
    """Fetch over HTTPS with urllib (no third-party client); the response is streamed, not read whole."""
    if not host.startswith("https://"):
        raise ValueError(f"refusing a non-HTTPS price list host: {host}")

    def fetch(path: str) -> IO[bytes]:
        url = host + path
        request = urllib.request.Request(url, headers={"User-Agent": "update-prices (aws-system-design guide)"})
        try:
            response: IO[bytes] = urllib.request.urlopen(request, timeout=timeout)
        except urllib.error.HTTPError as error:
            raise FetchError(f"{url}: HTTP {error.code} {error.reason}") from None
        except (urllib.error.URLError, TimeoutError) as error:
            raise FetchError(f"{url}: {error}") from None
        return response

    return fetch


def dir_fetcher(root: Path) -> Fetcher:
    """Serve the host's paths from a directory that mirrors them (``DIR/offers/v1.0/aws/...``)."""

    def fetch(path: str) -> IO[bytes]:
        local = root / path.lstrip("/")
        try:
            return local.open("rb")
        except OSError as error:
            raise FetchError(f"{local}: {error.strerror}") from None

    return fetch


def offer_file_in(directory: Path, offer: str) -> Path:
    """``--from DIR``'s flat layout: one downloaded regional offer file per offer, named ``<offerCode>.json``."""
    return directory / f"{offer}.json"
