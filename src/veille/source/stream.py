"""A file's bytes as one capped stream, gunzipped on the fly when the file is gzip.

Every reader sees the same object whatever the compression, so the caps (decompressed
size, gzip ratio) and the gzip error messages live in one place. The stream keeps the
first bytes it was asked to ``peek`` at, so format sniffing and encoding detection do
not consume what the reader will need.
"""
from __future__ import annotations

import gzip
import io
import os
import zlib
from typing import BinaryIO

from veille.errors import SourceError
from veille.source.limits import SourceLimits, describe_size

GZIP_MAGIC = b"\x1f\x8b"


class ByteStream(io.RawIOBase):
    """Raw bytes of one input, decompressed if ``gzipped``, counted against ``limits``."""

    def __init__(self, file: BinaryIO, *, gzipped: bool, limits: SourceLimits) -> None:
        super().__init__()
        self._file = file
        self._inner: BinaryIO = gzip.GzipFile(fileobj=file, mode="rb") if gzipped else file
        self._gzipped = gzipped
        self._limits = limits
        self._head = b""
        self._head_pos = 0
        self.produced = 0

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            try:
                self._inner.close()
            finally:
                self._file.close()
        super().close()

    def tell(self) -> int:
        """Bytes handed out so far (fastwarc asks where reading starts)."""
        return self.produced - (len(self._head) - self._head_pos)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head_pos < len(self._head):
            chunk = self._head[self._head_pos : self._head_pos + len(buffer)]
            buffer[: len(chunk)] = chunk
            self._head_pos += len(chunk)
            return len(chunk)
        return self._read_inner(buffer)

    def peek_head(self, size: int) -> bytes:
        """The first ``size`` bytes (fewer at end of file), without consuming them."""
        if self._head_pos:
            raise RuntimeError("peek_head() after reading has started")
        while len(self._head) < size:
            buffer = bytearray(size - len(self._head))
            got = self._read_inner(buffer)
            if not got:
                break
            self._head += bytes(buffer[:got])
        return self._head[:size]

    def read_up_to(self, size: int) -> bytes:
        """Read until ``size`` bytes or end of file (``RawIOBase.read`` may stop short)."""
        parts: list[bytes] = []
        wanted = size
        while wanted > 0:
            chunk = self.read(min(wanted, 1 << 20))
            if not chunk:
                break
            parts.append(chunk)
            wanted -= len(chunk)
        return b"".join(parts)

    def read_whole(self, what: str) -> bytes:
        """The whole input, or SourceError if it is larger than one page may be (``what`` names it)."""
        cap = self._limits.max_page_size
        data = self.read_up_to(cap + 1)
        if len(data) > cap:
            raise SourceError(f"{what} larger than {describe_size(cap)}")
        return data

    def _read_inner(self, buffer: bytearray | memoryview) -> int:
        try:
            got = self._inner.readinto(buffer)  # type: ignore[attr-defined]
        except EOFError as exc:
            raise SourceError("truncated gzip stream (the file was cut short)") from exc
        except gzip.BadGzipFile as exc:
            raise SourceError(f"corrupt gzip data ({exc})") from exc
        except zlib.error as exc:
            raise SourceError(f"corrupt gzip data ({exc})") from exc
        self.produced += got or 0
        if self._gzipped and got:
            self._check_inflation()
        return got or 0

    def _check_inflation(self) -> None:
        limits = self._limits
        if self.produced > limits.max_decompressed_bytes:
            raise SourceError(
                f"decompresses to more than {describe_size(limits.max_decompressed_bytes)}; stopped reading"
            )
        if self.produced > limits.gzip_ratio_grace_bytes:
            compressed = max(self._file.tell(), 1)
            if self.produced > limits.max_gzip_ratio * compressed:
                raise SourceError(
                    f"gzip expands more than {limits.max_gzip_ratio}x (possible gzip bomb); stopped reading"
                )


def open_input(path: str, limits: SourceLimits) -> ByteStream:
    """Open a regular file as a ByteStream, recognising gzip by its magic bytes.

    Raises SourceError for an empty file or a ``.gz`` name over non-gzip bytes, and
    lets OSError through for the caller to describe.
    """
    file = open(path, "rb")  # noqa: SIM115 - owned and closed by the ByteStream
    try:
        if os.fstat(file.fileno()).st_size == 0:
            raise SourceError("empty file")
        magic = file.read(2)
        file.seek(0)
        gzipped = magic == GZIP_MAGIC
        if not gzipped and path.lower().endswith(".gz"):
            raise SourceError("not a gzip file, although its name ends in .gz")
    except BaseException:
        file.close()
        raise
    return ByteStream(file, gzipped=gzipped, limits=limits)
