"""ByteStream: gzip on the fly, the bomb guard, the size cap and clear gzip errors."""
from __future__ import annotations

import gzip
import io
from pathlib import Path

from veille.article import Article
from veille.pipeline import Failure
from veille.source import SourceLimits, read_inputs
from veille.source.stream import ByteStream

PAGE = "La foire de Chalon ouvre vendredi.\n"


def test_peek_head_does_not_consume() -> None:
    stream = ByteStream(io.BytesIO(b"0123456789" * 10), gzipped=False, limits=SourceLimits())
    assert stream.peek_head(15) == b"012345678901234"
    assert stream.read_up_to(1000) == b"0123456789" * 10
    assert stream.tell() == 100


def test_gzip_bomb_is_refused_before_it_fills_memory(tmp_path: Path) -> None:
    path = tmp_path / "bombe.txt.gz"
    path.write_bytes(gzip.compress(PAGE.encode() + b" " * (8 << 20)))  # 8 MB of spaces in ~8 kB
    limits = SourceLimits(gzip_ratio_grace_bytes=1 << 20, max_gzip_ratio=100)
    [failure] = list(read_inputs([str(path)], limits=limits))
    assert isinstance(failure, Failure)
    assert failure.reason == "gzip expands more than 100x (possible gzip bomb); stopped reading"


def test_ordinary_text_passes_the_ratio_guard(tmp_path: Path) -> None:
    path = tmp_path / "pages.txt.gz"
    pages = [f"Page {n} : le conseil municipal de Mâcon a voté le budget {n * 7}.\n" for n in range(40_000)]
    path.write_bytes(gzip.compress("----\n".join(pages).encode()))
    limits = SourceLimits(gzip_ratio_grace_bytes=1 << 20)
    results = list(read_inputs([str(path)], limits=limits))
    assert len(results) == 40_000 and all(isinstance(r, Article) for r in results)


def test_decompressed_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "gros.jsonl.gz"
    lines = "".join(f'{{"id": "g:{n}", "text": "Dépêche numéro {n} sur la vendange."}}\n' for n in range(2000))
    path.write_bytes(gzip.compress(lines.encode()))
    results = list(read_inputs([str(path)], limits=SourceLimits(max_decompressed_bytes=70_000)))
    assert 0 < sum(isinstance(r, Article) for r in results) < 2000
    assert results[-1] == Failure(where=str(path), reason="decompresses to more than 70000 bytes; stopped reading")


def test_gz_name_over_plain_bytes_and_empty_gzip(tmp_path: Path) -> None:
    fake, empty = tmp_path / "faux.txt.gz", tmp_path / "vide.txt.gz"
    fake.write_text(PAGE, encoding="utf-8")
    empty.write_bytes(gzip.compress(b""))
    assert list(read_inputs([str(fake), str(empty)])) == [
        Failure(where=str(fake), reason="not a gzip file, although its name ends in .gz"),
        Failure(where=str(empty), reason="empty file (nothing after decompression)"),
    ]


def test_corrupt_gzip_data(tmp_path: Path) -> None:
    path = tmp_path / "abime.txt.gz"
    data = bytearray(gzip.compress(PAGE.encode() * 100))
    data[20:40] = b"\x00" * 20
    path.write_bytes(bytes(data))
    [failure] = list(read_inputs([str(path)]))
    assert isinstance(failure, Failure) and failure.reason.startswith("corrupt gzip data")
