"""`veille ingest` over a folder of hostile files and one good page: the run ends, says exit 3, names every
bad file on stderr, and stores what is readable. The readers' own contracts are in
tests/source/test_hostile_inputs.py."""
from __future__ import annotations

import base64
import gzip
import json
import os
from pathlib import Path

from click.testing import CliRunner

from veille.serve.cli.main import EXIT_PARTIAL, cli

GOOD = ("<!doctype html><html lang='fr'><head><title>Tulle inaugure sa passerelle sur la Corrèze</title></head><body>"
        "<article><h1>Tulle inaugure sa passerelle sur la Corrèze</h1>"
        "<p>TULLE, le 3 juin. La passerelle piétonne qui relie le quartier de la gare au centre-ville a été "
        "inaugurée mardi après dix-huit mois de travaux.</p>"
        "<p>« C'est un trait d'union entre deux quartiers qui se tournaient le dos », a déclaré le maire, "
        "Bernard Combes, devant une centaine d'habitants.</p></article></body></html>")
UTF7_XXE = b'<?xml version="1.0" encoding="utf-7"?>' + "".join(
    "+" + base64.b64encode(c.encode("utf-16-be")).decode().rstrip("=") + "-" if c in '<!&;["]' else c
    for c in '<!DOCTYPE rss [<!ENTITY s SYSTEM "file:///etc/passwd">]><rss><channel><title>&s;</title></channel></rss>'
).encode()


def hostile_folder(folder: Path) -> dict[str, str]:
    """Write the files; return each bad file's name -> a word its reason must contain."""
    folder.mkdir()
    (folder / "bonne.html").write_text(GOOD, encoding="utf-8")
    member = gzip.compress(b"a" * (16 << 20), compresslevel=9)
    bad: dict[str, bytes] = {
        "bombe.txt.gz": member * 64,  # 1 GB once inflated, 1 MB on disk
        "tronque.jsonl.gz": gzip.compress(b'{"id": "x", "text": "coupe"}\n' * 500)[:-40],
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "nul.txt": b"Titre\x00\x00\x00 et binaire",
        "rires.xml": b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                     b"<rss><channel><title>&b;</title></channel></rss>",
        "xxe-utf7.xml": UTF7_XXE,
        "abime.warc": b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: douze\r\n\r\n" + bytes(range(256)),
        "profonde.html": b"<html><body>" + b"<div>" * 100_000 + b"<p>Texte</p>" + b"</div>" * 100_000,
        "guillemet.csv": b'id,text\na,"jamais ferm\xc3\xa9\nb,deux\n',
    }
    reasons = {"bombe.txt.gz": "gzip bomb", "tronque.jsonl.gz": "truncated", "image.txt": "binary",
               "nul.txt": "binary", "rires.xml": "entities", "xxe-utf7.xml": "entities", "abime.warc": "Content-Length",
               "profonde.html": "html_too_deep", "guillemet.csv": "malformed CSV"}
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "lignes.jsonl").write_bytes(b'{"id": "ok"\n')
    reasons["lignes.jsonl#1"] = "malformed JSON"
    with open(os.fsencode(folder) + b"/vide-\xff.txt", "wb"):
        pass
    reasons["vide-\\xff.txt"] = "empty file"
    return reasons


def test_hostile_folder_ends_with_exit_3_every_bad_file_named_and_the_good_page_stored(tmp_path: Path) -> None:
    reasons = hostile_folder(tmp_path / "inbox")
    db = str(tmp_path / "v.db")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "inbox"), "--db", db, "-q"], catch_exceptions=False)
    assert result.exit_code == EXIT_PARTIAL, result.output
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    named = {}
    for line in result.stderr.splitlines():
        verdict, _, rest = line.partition(" ")
        where, _, reason = rest.partition(": ")
        assert verdict in ("failed", "rejected"), line
        named[Path(where).name] = reason
    assert set(named) == set(reasons), result.stderr
    for name, word in reasons.items():
        assert word in named[name], (name, named[name])
    stats = CliRunner().invoke(cli, ["stats", "--db", db, "--json"])
    assert json.loads(stats.stdout)["articles"] == 1
    found = CliRunner().invoke(cli, ["search", "passerelle", "--db", db, "--json"])
    [hit] = [json.loads(line) for line in found.stdout.splitlines()]
    assert hit["title"] == "Tulle inaugure sa passerelle sur la Corrèze"
