"""Page-text dumps: one page per file, or pages separated by a `----` line."""
from __future__ import annotations

from pathlib import Path

from veille.article import Article
from veille.pipeline import Failure
from veille.source import SourceLimits, read_inputs


def read(path: Path, **kwargs: object) -> list[Article | Failure]:
    return list(read_inputs([str(path)], **kwargs))  # type: ignore[arg-type]


def contents(results: list[Article | Failure]) -> list[str]:
    return [r.raw.content for r in results if isinstance(r, Article) and r.raw]


def test_multi_page_dump_splits_on_separator_and_names_pages_path_hash_n(fixtures_dir: Path) -> None:
    path = fixtures_dir / "source" / "journal-trois-pages.txt"
    results = read(path)
    assert [r.source_id for r in results if isinstance(r, Article)] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    pages = contents(results)
    assert [p.strip().splitlines()[2] for p in pages] == ["Régions", "Économie", "Sports"]
    # each page keeps the separator that closes it; the empty page between two separators is no page
    assert all(p.endswith("\n----\n") for p in pages)
    text = path.read_text(encoding="utf-8")
    assert pages[0] + pages[1] + "----\n" + pages[2] == text


def test_single_page_ending_in_separator_without_newline_is_one_page(fixtures_dir: Path) -> None:
    path = fixtures_dir / "source" / "une-page-separateur-final.txt"
    [article] = read(path)
    assert isinstance(article, Article) and article.source_id == str(path)
    assert article.raw is not None and article.raw.format == "dump"
    assert article.raw.content == path.read_text(encoding="utf-8")
    assert article.raw.content.endswith("réseaux\n----")


def test_seed_without_separator_is_one_page(shared_dir: Path) -> None:
    path = shared_dir / "seeds" / "004_47419715a9b87be6.txt"
    [article] = read(path)
    assert isinstance(article, Article) and article.source_id == str(path)
    assert article.raw is not None and article.raw.content == path.read_text(encoding="utf-8")


def test_leading_and_doubled_separators_make_no_empty_pages(tmp_path: Path) -> None:
    path = tmp_path / "pages.txt"
    path.write_text("----\n\n----\nPremière page\n----\n   \n----\nDeuxième page\n", encoding="utf-8")
    results = read(path)
    assert [r.source_id for r in results] == [f"{path}#1", f"{path}#2"]
    assert [c.strip().splitlines()[0] for c in contents(results)] == ["Première page", "Deuxième page"]


def test_separator_must_be_the_whole_line(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Le score : 3 ---- 1\n-----\n ----\nfin\n", encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article) and article.source_id == str(path)


def test_whitespace_only_dump_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n  \n----\n\n", encoding="utf-8")
    assert read(path) == [Failure(where=str(path), reason="no text (only blank lines or separators)")]


def test_crlf_is_folded_and_cp1252_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("Élection à Nîmes\r\n\r\n« Un résultat serré », a dit l’élu.\r\n".encode("cp1252"))
    [article] = read(path)
    assert isinstance(article, Article) and article.raw is not None
    assert article.raw.content == "Élection à Nîmes\n\n« Un résultat serré », a dit l’élu.\n"


def test_utf16_dump_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Grève à Lyon\n----\nMétro fermé\n".encode("utf-16"))
    assert contents(read(path)) == ["Grève à Lyon\n----\n", "Métro fermé\n"]


def test_damaged_utf8_bytes_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes("Le député a déclaré ".encode() + b"\xff\xfe" + " qu’il votera contre. Été.".encode())
    [content] = contents(read(path))
    assert content.startswith("Le député a déclaré ") and content.endswith(" qu’il votera contre. Été.")
    assert "\ufffd" in content


def test_page_over_the_cap_is_a_failure_for_that_page_only(tmp_path: Path) -> None:
    path = tmp_path / "pages.txt"
    path.write_text("Courte page\n----\n" + "x" * 500 + "\n----\nAutre page\n", encoding="utf-8")
    results = read(path, limits=SourceLimits(max_page_size=100))
    assert results[1] == Failure(where=f"{path}#2", reason="page larger than 100 bytes")
    assert [r.source_id for r in results if isinstance(r, Article)] == [f"{path}#1", f"{path}#3"]
