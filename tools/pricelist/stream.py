"""Read one Price List offer file a value at a time, so memory stays bounded however large the file is.

AWS's offer files are one JSON object: a few header strings, ``products`` (SKU -> product) and ``terms``
(``OnDemand`` and ``Reserved``, SKU -> offer term -> price dimensions). EC2's regional file is hundreds of MB
and its all-regions file several GB, so nothing here loads a file whole: the reader walks the object key by key,
decodes one product or one SKU's terms at a time (a few KB), and skips what it does not need (``Reserved``, the
terms of SKUs no selector matched, keys it does not know) by scanning for brackets and quotes.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

CHUNK = 1 << 16
MAX_VALUE = 32 << 20
"""The largest single value (one product, one SKU's terms) decoded whole; anything bigger is malformed."""

HEADER_KEYS = ("formatVersion", "disclaimer", "offerCode", "version", "publicationDate")
_WS = " \t\r\n"
_STRUCTURE = re.compile(r'["{}\[\]]')
_IN_STRING = re.compile(r'["\\]')


class OfferFormatError(ValueError):
    """The file is not an offer file in the shape AWS publishes (truncated, not JSON, keys out of place)."""


class JsonReader:
    """A pull reader over a binary stream of JSON text: object keys, whole small values, and skipped values."""

    def __init__(self, raw: IO[bytes], name: str, chunk_size: int = CHUNK) -> None:
        self._raw = raw
        self._name = name
        self._chunk_size = chunk_size
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._json = json.JSONDecoder()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self.consumed = 0
        """Characters read past so far (for error messages)."""
        self.max_buffered = 0
        """The most text ever held at once: what a test checks to know the file was not loaded whole."""

    # --- buffer --------------------------------------------------------------------------------------

    def _fill(self) -> bool:
        """Read one more chunk; False at the end of the stream."""
        if self._eof:
            return False
        data = self._raw.read(self._chunk_size)
        if not data:
            self._eof = True
            tail = self._decoder.decode(b"", final=True)
            self._buf += tail
            return bool(tail)
        if self._pos > self._chunk_size:
            self.consumed += self._pos
            self._buf = self._buf[self._pos :]
            self._pos = 0
        try:
            self._buf += self._decoder.decode(data)
        except UnicodeDecodeError as error:
            raise self.error(f"not UTF-8 text ({error.reason})") from None
        self.max_buffered = max(self.max_buffered, len(self._buf))
        return True

    def error(self, message: str) -> OfferFormatError:
        return OfferFormatError(f"{self._name}: {message} (near character {self.consumed + self._pos:,})")

    def _peek(self) -> str:
        """The next character that is not white space ('' at the end)."""
        while True:
            buf, pos = self._buf, self._pos
            while pos < len(buf) and buf[pos] in _WS:
                pos += 1
            self._pos = pos
            if pos < len(buf):
                return buf[pos]
            if not self._fill():
                return ""

    def expect(self, char: str) -> None:
        found = self._peek()
        if found != char:
            raise self.error(f"expected {char!r}, found {found or 'the end of the file'!r}")
        self._pos += 1

    def at_end(self) -> bool:
        return self._peek() == ""

    # --- values --------------------------------------------------------------------------------------

    def value(self) -> Any:
        """Decode the next value whole (a string, a product, one SKU's terms: small by construction)."""
        self._peek()
        while True:
            try:
                result, end = self._json.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as error:
                if len(self._buf) - self._pos > MAX_VALUE:
                    raise self.error(f"malformed JSON: {error.msg}") from None
                if self._fill():
                    continue
                raise self.error(f"malformed JSON: {error.msg}") from None
            if end == len(self._buf) and not self._eof and self._fill():
                continue  # a number or literal may go on in the next chunk: decode it again with more text
            self._pos = end
            return result

    def skip(self) -> None:
        """Pass over the next value without building it (bounded memory for any size)."""
        first = self._peek()
        if first not in "{[":
            self.value()
            return
        depth = 0
        in_string = False
        while True:
            buf = self._buf
            pos = self._pos
            while True:
                if in_string:
                    match = _IN_STRING.search(buf, pos)
                    if match is None:
                        pos = len(buf)
                        break
                    pos = match.end()
                    if match.group() == "\\":
                        if pos >= len(buf):
                            pos -= 1  # keep the backslash: its escaped character is in the next chunk
                            break
                        pos += 1
                    else:
                        in_string = False
                    continue
                match = _STRUCTURE.search(buf, pos)
                if match is None:
                    pos = len(buf)
                    break
                pos = match.end()
                char = match.group()
                if char == '"':
                    in_string = True
                elif char in "{[":
                    depth += 1
                else:
                    depth -= 1
                    if depth == 0:
                        self._pos = pos
                        return
            self._pos = pos
            if not self._fill():
                raise self.error("the file ends inside a value (truncated?)")

    def keys(self) -> Iterator[str]:
        """The keys of the object that starts here, one at a time; the caller reads or skips each value."""
        self.expect("{")
        if self._peek() == "}":
            self._pos += 1
            return
        while True:
            if self._peek() != '"':
                raise self.error("expected an object key")
            key = self.value()
            self.expect(":")
            start = (self.consumed, self._pos)
            yield key
            if (self.consumed, self._pos) == start:
                self.skip()  # the caller did not want the value
            separator = self._peek()
            self._pos += 1
            if separator == "}":
                return
            if separator != ",":
                raise self.error(f"expected ',' or '}}' after the value of {key!r}")


@dataclass
class ScannedOffer:
    """What one pass over an offer file keeps: its header, the products kept, and their on-demand terms."""

    name: str
    header: dict[str, str] = field(default_factory=dict)
    products: dict[str, dict[str, Any]] = field(default_factory=dict)
    terms: dict[str, dict[str, Any]] = field(default_factory=dict)
    product_count: int = 0
    reader: JsonReader | None = field(default=None, repr=False)
    """The reader that made it (its ``max_buffered`` shows how much text was ever held at once)."""

    @property
    def version(self) -> str:
        return self.header.get("version", "")

    @property
    def published(self) -> str:
        return self.header.get("publicationDate", "")


def read_header(raw: IO[bytes], name: str, chunk_size: int = CHUNK) -> dict[str, str]:
    """The header strings only: stops at ``products``, so it costs a few bytes of a multi-GB file."""
    reader = JsonReader(raw, name, chunk_size)
    header: dict[str, str] = {}
    for key in reader.keys():
        if key in ("products", "terms"):
            break
        value = reader.value()
        if key in HEADER_KEYS:
            header[key] = _string(reader, key, value)
    _check_header(reader, header)
    return header


def scan_offer(raw: IO[bytes], name: str, keep: Callable[[str, dict[str, Any]], bool], chunk_size: int = CHUNK) -> ScannedOffer:
    """One pass over an offer file, keeping the products ``keep`` accepts and their ``OnDemand`` terms."""
    reader = JsonReader(raw, name, chunk_size)
    offer = ScannedOffer(name, reader=reader)
    seen_products = False
    for key in reader.keys():
        if key in HEADER_KEYS:
            offer.header[key] = _string(reader, key, reader.value())
        elif key == "products":
            seen_products = True
            for sku in reader.keys():
                product = reader.value()
                if not isinstance(product, dict) or not isinstance(product.get("attributes", {}), dict):
                    raise reader.error(f"product {sku!r} is not an object with attributes")
                offer.product_count += 1
                if keep(sku, product):
                    offer.products[sku] = product
        elif key == "terms":
            if not seen_products:
                raise reader.error("terms come before products; AWS's files list products first")
            for term_type in reader.keys():
                if term_type != "OnDemand":
                    continue  # Reserved and the rest are skipped unread
                for sku in reader.keys():
                    if sku in offer.products:
                        terms = reader.value()
                        if not isinstance(terms, dict):
                            raise reader.error(f"the OnDemand terms of {sku!r} are not an object")
                        offer.terms[sku] = terms
        # any other key (a new section AWS adds one day) is skipped by keys()
    if not reader.at_end():
        raise reader.error("text after the offer's closing brace")
    _check_header(reader, offer.header)
    if not seen_products:
        raise reader.error("no products section")
    return offer


def _string(reader: JsonReader, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise reader.error(f"header {key!r} is not a string")
    return value


def _check_header(reader: JsonReader, header: dict[str, str]) -> None:
    missing = [key for key in ("offerCode", "version", "publicationDate") if not header.get(key)]
    if missing:
        raise reader.error(f"no {', '.join(missing)} in the header")
