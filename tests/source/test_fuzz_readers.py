"""A bounded mutation fuzz over every reader: our own fixtures with bytes flipped, cut, inserted.

Each CI run draws a fresh seed and prints it (``-s`` or the failure message shows it);
``VEILLE_FUZZ_SEED`` replays a run and ``VEILLE_FUZZ_ITERATIONS`` raises the count locally.
The contract checked on every mutant: ``read_inputs`` yields Articles or Failures naming the
file, never raises, never reports a parser bug ("unexpected error"), and everything it yields
can be hashed and stored (no lone surrogates); the cleaning stages then keep or reject each
page without an exception.
"""
from __future__ import annotations

import gzip
import os
import random
import time
from pathlib import Path

import pytest

from veille.article import Article
from veille.identity import identify
from veille.pipeline import Failure, Pipeline
from veille.registry import build_stages
from veille.source import SourceLimits, read_inputs

from .test_warc import archive_records

ITERATIONS = int(os.environ.get("VEILLE_FUZZ_ITERATIONS", "200"))
SEED = int(os.environ.get("VEILLE_FUZZ_SEED", str(random.SystemRandom().randrange(2**32))))
#: Small caps so that a mutant which makes a reader read "everything" stays cheap.
LIMITS = SourceLimits(max_page_size=1 << 20, max_line_size=1 << 18, max_decompressed_bytes=8 << 20,
                      gzip_ratio_grace_bytes=1 << 20)
CLEAN = ("html", "dump_header", "repair", "boilerplate", "dateline", "mt_residue", "published")
#: Byte strings that steer parsers into their rarer branches when spliced in.
TOKENS = [
    b"\x00", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\xc3", b"\r", b"\r\n", b"\n----\n",
    b'"', b"{", b"}", b"[", b"\\ud800", b",", b";", b"\t", b"<", b"<!ENTITY x 'y'>", b"<![CDATA[", b"]]>",
    b"<script>", b"</html>", b"&#0;", b"&#xD800;", b"&amp;", b"WARC/1.0\r\n", b"Content-Length: 99999999\r\n",
    b"Content-Length: -1\r\n", b"Transfer-Encoding: chunked\r\n", b"Content-Encoding: gzip\r\n", b"\x1f\x8b",
    "« »".encode(), "é".encode("cp1252"), "\u202e\u200b".encode(),
]


def seeds(fixtures_dir: Path) -> dict[str, bytes]:
    """Valid inputs of every format, named with the extension that picks their reader."""
    found = {p.name: p.read_bytes() for p in sorted((fixtures_dir / "source").iterdir())}
    found["municipal_dump.txt"] = (fixtures_dir / "clean" / "municipal_dump.txt").read_bytes()
    found["crawl.warc"] = b"".join(archive_records())
    found["crawl.warc.gz"] = b"".join(gzip.compress(record) for record in archive_records())
    found["depeches.jsonl.gz"] = gzip.compress(found["depeches.jsonl"])
    return found


def mutate(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(buffer) + 1)
        action = rng.randrange(6)
        if action == 0 and buffer:  # flip bits
            buffer[min(at, len(buffer) - 1)] ^= 1 << rng.randrange(8)
        elif action == 1:  # cut the end
            del buffer[at:]
        elif action == 2:  # drop a stretch
            del buffer[at : at + rng.randint(1, 64)]
        elif action == 3:  # random bytes
            buffer[at:at] = rng.randbytes(rng.randint(1, 32))
        elif action == 4:  # a token parsers care about
            buffer[at:at] = rng.choice(TOKENS)
        else:  # repeat a stretch (long lines, deep nesting, duplicated records)
            chunk = bytes(buffer[at : at + rng.randint(1, 40)])
            buffer[at:at] = chunk * rng.randint(2, 2000)
    return bytes(buffer)


@pytest.mark.timeout(max(600, 2 * ITERATIONS))
def test_mutated_inputs_never_crash_a_reader_or_the_cleaners(fixtures_dir: Path, tmp_path: Path) -> None:
    print(f"fuzz seed {SEED} ({ITERATIONS} iterations); replay with VEILLE_FUZZ_SEED={SEED}")
    rng = random.Random(SEED)
    corpus = seeds(fixtures_dir)
    names = sorted(corpus)
    pipeline = Pipeline(build_stages(CLEAN))
    for iteration in range(ITERATIONS):
        name = rng.choice(names)
        path = tmp_path / f"{iteration:05d}-{name}"
        data = mutate(corpus[name], rng)
        if name.endswith(".gz") and rng.random() < 0.5:  # damage the text, not only the gzip framing
            data = gzip.compress(mutate(gzip.decompress(corpus[name]), rng))
        path.write_bytes(data)
        context = f"seed {SEED}, iteration {iteration}, {name}: {data[:120]!r}"
        started = time.process_time()
        results = list(read_inputs([str(path)], limits=LIMITS))
        articles = [identify(r) for r in results if isinstance(r, Article)]
        for failure in (r for r in results if isinstance(r, Failure)):
            assert failure.reason and not failure.reason.startswith("unexpected error"), (failure, context)
            assert failure.where.startswith(str(path)) or "://" in failure.where or ":" in failure.where, context
        for article in articles:
            assert article.raw is not None, context
            for value in (article.source_id, article.title, article.url, article.site, article.raw.content):
                (value or "").encode("utf-8")  # hashable and storable: no lone surrogate
        _, funnel = pipeline.run(articles)
        assert funnel.failures == [], (funnel.failures, context)
        spent = time.process_time() - started  # CPU seconds: a hang shows whatever the machine's load
        assert spent < 10, f"{spent:.1f} CPU s to read and clean; {context}"
        path.unlink()
