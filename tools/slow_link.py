"""A local web server that behaves like a real host reached over a slower link, for ``make bench``.

On localhost every byte is free, so a runtime that trades bytes for CPU (the memory snapshot) always looks
good. Here the server does what the publishing page asks of a host (send the build's precompressed ``.br``,
else ``.gz``, copy of a file when the browser accepts it) and every response waits one round trip and then
shares one link of a fixed bandwidth with the others in flight, so bytes cost time as they would on a phone.
The throttling is done by the server, not by DevTools, so it holds for the worker's requests as well.
"""

from __future__ import annotations

import functools
import http.server
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tests.conftest import _Handler

CHUNK_BYTES = 16 * 1024
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))  # preferred first


@dataclass
class Link:
    """One shared downlink: chunks from all responses queue for it in the order they ask."""

    mbps: float
    rtt_ms: float
    bytes_sent: int = 0
    _free_at: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def send(self, source: BinaryIO, out: BinaryIO) -> None:
        while chunk := source.read(CHUNK_BYTES):
            with self._lock:
                start = max(time.monotonic(), self._free_at)
                self._free_at = start + len(chunk) * 8 / (self.mbps * 1e6)
                done_at = self._free_at
                self.bytes_sent += len(chunk)
            time.sleep(max(0.0, done_at - time.monotonic()))
            out.write(chunk)


class SlowLinkHandler(_Handler):
    """Static files over ``link``, precompressed when the browser accepts it."""

    link: Link

    def send_head(self):  # type: ignore[no-untyped-def]
        time.sleep(self.link.rtt_ms / 1000)
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepted = {token.split(";")[0].strip() for token in self.headers.get("Accept-Encoding", "").split(",")}
        for encoding, suffix in ENCODINGS:
            packed = path.with_name(path.name + suffix)
            if path.is_file() and encoding in accepted and packed.is_file():
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(packed.stat().st_size))
                self.end_headers()
                return packed.open("rb")
        return super().send_head()

    def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
        try:
            self.link.send(source, outputfile)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser went away mid-file (the bench closed a page still downloading): nothing to report


def serve(directory: Path, port: int, link: Link) -> http.server.ThreadingHTTPServer:
    """Serve ``directory`` on 127.0.0.1:``port`` over ``link`` until ``shutdown()``."""
    handler = type("Handler", (SlowLinkHandler,), {"link": link})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
