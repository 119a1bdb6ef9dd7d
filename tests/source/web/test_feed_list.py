"""The FEEDS_FILE format: one URL per line, comments, duplicates, and lines that are not feeds."""
from __future__ import annotations

from pathlib import Path

import pytest

from veille.errors import SourceError
from veille.source.web.feed_list import read_feed_list


def test_urls_are_read_in_order_without_comments_blanks_or_repeats(tmp_path: Path) -> None:
    path = tmp_path / "flux.txt"
    path.write_text(
        "# Presse régionale\n"
        "https://vercors.example/rss.xml\n"
        "\n"
        "   https://plaines.example/atom.xml   # tout le site\n"
        "https://vercors.example/rss.xml\n"
        "https://ancres.example/flux.xml#une\n"
        "file:///etc/passwd\n"
        "pas une adresse\n",
        encoding="utf-8",
    )
    urls, failures = read_feed_list(str(path))
    assert urls == ["https://vercors.example/rss.xml", "https://plaines.example/atom.xml",
                    "https://ancres.example/flux.xml#une"]
    assert [(f.where, f.reason) for f in failures] == [
        (f"{path}:7", "refused: not an http(s) URL (file://) in 'file:///etc/passwd'"),
        (f"{path}:8", "refused: not an http(s) URL (no scheme) in 'pas une adresse'"),
    ]


def test_missing_file_is_an_error_that_names_it(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"cannot read the feeds file .*absent\.txt: no such file"):
        read_feed_list(str(tmp_path / "absent.txt"))
