"""spaCy's French ``token_match``, compiled once per machine rather than in every run's fork server.

spaCy's French data compiles its ``TOKEN_MATCH`` when ``spacy.lang.fr`` is first imported: some two
hundred hyphenated words, each spelling out the Unicode letter classes, make a 1.4 MB pattern that
takes Python's ``re`` compiler 4 to 5 s of CPU. The workers' fork server pays it at every ingest, on
one core, while the other core waits for the workers. What the compiler makes of a pattern is a list
of integers (the ``_sre`` engine's code), and ``re.compile`` looks a pattern's text up in
``re._cache`` before compiling it. So ``save_token_match`` writes that code to a file once, and
``prime_token_match`` rebuilds the pattern from it (about 10 ms) and puts it in ``re``'s cache just
before spaCy's French data is imported (token_match.py), where spaCy's ``re.compile`` finds it.

These are ``re``'s internals, so nothing is trusted: the file is named for the Python build, the
engine's version and spaCy's, the engine checks the code it is given, and a file that is missing,
damaged or made for another pattern text is ignored: spaCy then compiles as before, and the file is
written again after. The pattern is the same either way, so are the tokens.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from re import _compiler, _parser

import _sre

_MODULE = "spacy.lang.fr.tokenizer_exceptions"  # the module that compiles ``TOKEN_MATCH`` on import
_FLAGS = 0  # spaCy's re.compile passes none: its "(?iu)" is in the text
#: The directory and pattern ``prime_token_match`` put in ``re``'s cache: that file needs no second reading.
_primed: tuple[Path, re.Pattern[str]] | None = None


def user_cache_dir() -> Path | None:
    """Where the code is kept: the user's own cache (``$XDG_CACHE_HOME``, else ~/.cache), never a shared directory
    (the file decides how words are split); None when the user has no home directory, and then nothing is saved or
    primed."""
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "veille"
    try:
        return Path.home() / ".cache" / "veille"
    except RuntimeError:
        return None


def cache_file(directory: Path) -> Path:
    """The file for this Python build, ``_sre`` engine and spaCy version."""
    build = "\n".join((sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), metadata.version("spacy")))
    return directory / f"fr-token-match-{hashlib.sha1(build.encode()).hexdigest()[:16]}.marshal"


def load_saved(directory: Path | None) -> re.Pattern[str] | None:
    """The pattern rebuilt from the saved code, or None when there is no usable file."""
    if directory is None:
        return None
    try:
        pattern, flags, code, groups, groupindex = marshal.loads(cache_file(directory).read_bytes())
        indexgroup: list[str | None] = [None] * (groups + 1)
        for name, index in groupindex.items():
            indexgroup[index] = name
        return _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))
    except (OSError, EOFError, ValueError, TypeError, RuntimeError, AttributeError):
        return None  # no file, a damaged one, or code this engine refuses


def prime_token_match(directory: Path | None) -> bool:
    """Put the saved pattern in ``re``'s cache, unless spaCy's French data is imported already; True if put."""
    if _MODULE in sys.modules:
        return False
    pattern = load_saved(directory)
    if pattern is None:
        return False
    re._cache[type(pattern.pattern), pattern.pattern, _FLAGS] = pattern  # type: ignore[attr-defined]
    global _primed
    _primed = directory, pattern
    return True


def save_token_match(token_match: Callable[[str], re.Match[str] | None], directory: Path | None) -> bool:
    """Write the code of ``token_match`` (spaCy's ``TOKEN_MATCH``, a compiled pattern's ``match``) unless the file
    already holds it; True if written. Compiling it again costs 3 s, once per machine and spaCy version."""
    compiled = getattr(token_match, "__self__", None)
    if directory is None or _primed == (directory, compiled) or not isinstance(compiled, re.Pattern) or not isinstance(
            compiled.pattern, str):
        return False  # no cache, or spaCy holds the very pattern read from this directory's file
    saved = load_saved(directory)
    if saved is not None and saved.pattern == compiled.pattern and saved.flags == compiled.flags:
        return False
    try:
        parsed = _parser.parse(compiled.pattern, _FLAGS)
        if _FLAGS | parsed.state.flags != compiled.flags:
            return False  # not compiled the way spaCy does it: better no file than another pattern
        entry = (compiled.pattern, compiled.flags, [int(op) for op in _compiler._code(parsed, _FLAGS)],
                 parsed.state.groups - 1, dict(parsed.state.groupdict))
    except (AttributeError, TypeError, ValueError, re.error):
        return False  # another Python's ``re`` internals: spaCy compiles in every run, as it always did
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, delete=False) as handle:
            handle.write(marshal.dumps(entry))
        os.replace(handle.name, cache_file(directory))  # whole or not at all, if two processes write
    except OSError:
        return False
    return True
