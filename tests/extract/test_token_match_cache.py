"""spaCy's French ``token_match`` is rebuilt from code saved by an earlier run, the same pattern, never a wrong one."""
from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import pytest
from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

from veille.extract.token_match_cache import cache_file, load_saved, prime_token_match, save_token_match, user_cache_dir

WORDS = ["arc-en-ciel", "Arc-En-Ciel", "entr'aide", "rendez-vous", "porte-clés", "Saint-Tropez", "bonjour",
         "peut-être", "c'est-à-dire", "anti-âge", "sous-marins", "vis-à-vis", "l'équipe", "ex-député", "22-23"]


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """A directory holding the code of spaCy's French ``token_match`` (saving compiles it again: seconds)."""
    directory = tmp_path_factory.mktemp("token_match")
    assert load_saved(directory) is None
    assert save_token_match(TOKEN_MATCH, directory)
    return directory


def test_the_saved_code_rebuilds_the_same_pattern(saved):
    rebuilt = load_saved(saved)
    assert rebuilt is not None and rebuilt is not TOKEN_MATCH.__self__
    assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups) == (TOKEN_MATCH.__self__.pattern, TOKEN_MATCH.__self__.flags,
                                                                TOKEN_MATCH.__self__.groups)
    assert [bool(rebuilt.match(w)) for w in WORDS] == [bool(TOKEN_MATCH(w)) for w in WORDS]
    assert any(rebuilt.match(w) for w in WORDS) and not all(rebuilt.match(w) for w in WORDS)
    assert not save_token_match(TOKEN_MATCH, saved)  # the file holds it already


def test_a_damaged_file_is_ignored(tmp_path):
    cache_file(tmp_path).write_bytes(b"\x00 pas du code")
    assert load_saved(tmp_path) is None and not prime_token_match(tmp_path)


def test_a_file_made_for_another_pattern_is_written_again(tmp_path):
    assert save_token_match(re.compile("(?iu)pont-levis").match, tmp_path)
    assert save_token_match(TOKEN_MATCH, tmp_path)
    assert load_saved(tmp_path).pattern == TOKEN_MATCH.__self__.pattern


def test_nothing_is_primed_once_spacys_french_data_is_imported(saved):
    assert not prime_token_match(saved)  # this process compiled its own: re's cache is left alone


def test_spacy_takes_the_primed_pattern_in_a_fresh_process(saved):
    script = textwrap.dedent("""
        import re, sys
        from pathlib import Path
        from veille.extract.token_match_cache import prime_token_match
        assert prime_token_match(Path(sys.argv[1]))
        primed = [p for (kind, text, flags), p in re._cache.items() if len(text) > 100_000][-1]
        from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH
        print(TOKEN_MATCH.__self__ is primed)
    """)
    done = subprocess.run([sys.executable, "-c", script, str(saved)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"


def test_without_a_cache_directory_nothing_is_saved_or_primed():
    assert not save_token_match(TOKEN_MATCH, None)
    assert load_saved(None) is None and not prime_token_match(None)


def test_the_code_is_kept_in_the_users_cache_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache_dir() == tmp_path / "xdg" / "veille"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_cache_dir() == tmp_path / "home" / ".cache" / "veille"
