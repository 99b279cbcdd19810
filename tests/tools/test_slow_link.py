"""The bench's slow-link server sends what a host serving precompressed files would, and counts it."""

from __future__ import annotations

import io
import socket
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import slow_link


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, accept: str) -> tuple[str | None, str | None, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": accept})
    with urllib.request.urlopen(request) as response:
        return response.headers["Content-Encoding"], response.headers["Content-Type"], response.read()


def test_serves_the_precompressed_copy_the_browser_accepts_and_counts_bytes(tmp_path: Path) -> None:
    (tmp_path / "big.wasm").write_bytes(b"raw" * 1000)
    (tmp_path / "big.wasm.br").write_bytes(b"brotli")
    (tmp_path / "big.wasm.gz").write_bytes(b"gzip-bytes")
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "index.html").write_text("<p>hi</p>")
    link = slow_link.Link(mbps=1000, rtt_ms=0)
    port = _free_port()
    server = slow_link.serve(tmp_path, port, link)
    try:
        base = f"http://127.0.0.1:{port}"
        assert _get(base + "/big.wasm", "gzip, deflate, br") == ("br", "application/wasm", b"brotli")
        assert _get(base + "/big.wasm", "gzip, deflate") == ("gzip", "application/wasm", b"gzip-bytes")
        assert _get(base + "/big.wasm", "identity") == (None, "application/wasm", b"raw" * 1000)
        assert _get(base + "/page/", "br")[2] == b"<p>hi</p>"
        assert link.bytes_sent == len(b"brotli") + len(b"gzip-bytes") + 3000 + len(b"<p>hi</p>")
    finally:
        server.shutdown()
        server.server_close()


def test_a_browser_that_goes_away_mid_file_is_not_an_error(tmp_path: Path) -> None:
    """The bench closes pages that are still downloading (the snapshot kept at idle): that is not a traceback."""

    class GoneAway(io.BytesIO):
        def write(self, chunk: object) -> int:
            raise ConnectionResetError(104, "Connection reset by peer")

    handler = object.__new__(slow_link.SlowLinkHandler)
    handler.link = slow_link.Link(mbps=1000, rtt_ms=0)
    handler.copyfile(io.BytesIO(b"x" * 100), GoneAway())  # returns instead of raising
    assert handler.link.bytes_sent == 100
