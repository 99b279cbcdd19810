"""Build the calculators wheel in memory, byte-for-byte reproducible, named by its content hash.

Pyodide loads a pure-Python ``py3-none-any`` wheel without micropip, so the site ships exactly the
package the tests ran. A fixed timestamp and sorted entries keep the bytes (and so the URL) stable
until the code changes, which lets browsers cache it forever.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "calculators"
VERSION = "0.1.0"
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Wheel:
    """The built wheel and where the site serves it."""

    filename: str
    data: bytes
    digest: str

    @property
    def site_path(self) -> str:
        """Path under the site root; the directory carries the content hash."""
        return f"assets/wheels/{self.digest}/{self.filename}"


def _record_line(path: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def _entries(root: Path) -> list[tuple[str, bytes]]:
    files = sorted(p for p in (root / PACKAGE).rglob("*.py") if "__pycache__" not in p.parts)
    entries = [(p.relative_to(root).as_posix(), p.read_bytes()) for p in files]
    dist_info = f"{PACKAGE}-{VERSION}.dist-info"
    metadata = f"Metadata-Version: 2.1\nName: {PACKAGE}\nVersion: {VERSION}\nRequires-Python: >=3.11\n".encode()
    wheel = b"Wheel-Version: 1.0\nGenerator: macros.wheel\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    entries += [(f"{dist_info}/METADATA", metadata), (f"{dist_info}/WHEEL", wheel)]
    record = "\n".join([*(_record_line(name, data) for name, data in entries), f"{dist_info}/RECORD,,"]) + "\n"
    entries.append((f"{dist_info}/RECORD", record.encode()))
    return entries


def build_wheel(root: Path = ROOT) -> Wheel:
    """Zip the package (sources only) into a wheel."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in _entries(root):
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    data = buffer.getvalue()
    return Wheel(f"{PACKAGE}-{VERSION}-py3-none-any.whl", data, hashlib.sha256(data).hexdigest()[:12])
