"""Text repair: mojibake, odd whitespace, damaged characters, paragraphs glued by a lost break.

Repair never removes a word or a quotation mark: it fixes encodings (ftfy, with curly
quotes and guillemets kept), turns every kind of space into a plain space, and counts the
replacement characters (U+FFFD) it cannot undo, leaving them in place so quotes that
contain them stay verbatim. Sentences glued by a lost paragraph break ("jeudi.Le
gouvernement") get their break back: a newline, or a space inside an open quotation so the
quote stays in one paragraph.
"""
from __future__ import annotations

import re
from dataclasses import replace

import ftfy
from ftfy.chardata import LIGATURES, WIDTH_MAP

from veille.article import Article
from veille.clean import control_chars_gate, mojibake_gate
from veille.clean.rule_files import rule_lines
from veille.stage import Stage

# A lossy-sequence replacement turns "é\ufffd" into one "\ufffd", losing a letter that may be real;
# ftfy 6.3 honours replace_lossy_sequences=False only when it explains, hence explain=True.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, explain=True, normalization="NFC", replace_lossy_sequences=False)
# ftfy maps ligatures ("ﬁ") and full-width forms ("Ａ") with str.translate over every character, a
# quarter of its time on a news page that holds none: such a page is fixed without those two steps,
# which would change nothing, unless one of their characters appears on the way (decoded mojibake).
_FTFY_NO_FORMS = _FTFY._replace(fix_latin_ligatures=False, fix_character_width=False)
mojibake_gate.install()  # ftfy's test for mojibake on each line, same answers, a fraction of the time
control_chars_gate.install()  # ftfy's control-character removal only on text that holds one
_FORMS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted({*LIGATURES, *WIDTH_MAP})) + "]")
_QUOTE_MARKS = "\"«»“”„‹›’'"
# soft hyphen, zero-width and BOM characters, and control characters other than spaces: ftfy drops
# those too, but a line whose fix is refused (it would lose a quotation mark) keeps its NULs
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff\x00-\x08\x0e-\x1b\x7f]")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but the newline: NBSP, thin spaces, tabs
_BLANK_LINES = re.compile(r"\s*\n\s*")
_DAMAGED = re.compile(r"[^\s\"«»“”„‹›]*\ufffd[^\s\"«»“”„‹›]*")
_MAX_DAMAGED_SPANS = 20
_MAX_SPAN_CHARS = 40

_UPPER = "A-ZÀ-ÖØ-ÞŒ"
# A sentence end glued to the next sentence: what ends the word (or a space before ? and !),
# the stop, an optional quotation mark, then a capital that starts a word ("Le", "L'", "A la",
# "BMW "), never "IQ.DRIVE" or "U.S.A".
_GLUED = re.compile(
    rf"(?:(?P<end>[\w)\]»”'’%€$+\"])|(?<=\s)(?=[!?]))(?P<stop>[.!?…]+)(?P<quote>[\"«“]?)"
    rf"(?=[{_UPPER}](?:[a-zà-ÿœ'’]|\s|\.\s|[{_UPPER}\d]+[\s:,;-]))"
)
_WORD_BEFORE = re.compile(r"(?P<word>\w*)$")
_ABBREVIATIONS = frozenset(word for line in rule_lines("abbreviations.txt") for word in line.split())


def _quote_marks(text: str) -> int:
    return sum(text.count(mark) for mark in _QUOTE_MARKS)


def _fix_text(text: str) -> str:
    """``ftfy.fix_text`` with our settings, without its ligature and width steps when they change nothing."""
    if not _FORMS.search(text):
        fixed = ftfy.fix_text(text, _FTFY_NO_FORMS)
        if not _FORMS.search(fixed):
            return fixed
    return ftfy.fix_text(text, _FTFY)


def fix_encoding(text: str) -> str:
    """Undo mojibake and HTML entities; keep typographic quotes, apostrophes and dashes.

    ftfy can read a short run such as "”é" as mojibake and decode it to one letter; a line
    whose fix would lose a quotation mark or an apostrophe is kept as it was.
    """
    fixed = _fix_text(text)
    if _quote_marks(fixed) >= _quote_marks(text):
        return fixed
    lines = []
    for line in text.split("\n"):
        fixed_line = _fix_text(line)
        lines.append(fixed_line if _quote_marks(fixed_line) >= _quote_marks(line) else line)
    return "\n".join(lines)


def normalise_spaces(text: str) -> str:
    """One plain space between words, one newline between paragraphs, no blank lines."""
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()


def find_damage(text: str) -> tuple[int, tuple[str, ...]]:
    """How many U+FFFD the text holds, and the distinct damaged spans around them ("<\ufffd…>")."""
    spans: list[str] = []
    if "\ufffd" not in text:
        return 0, ()
    for match in _DAMAGED.finditer(text):
        span = match.group().rstrip(",;:.!?")[:_MAX_SPAN_CHARS]
        if "\ufffd" not in span:  # the damage itself was the trailing punctuation
            span = match.group()[:_MAX_SPAN_CHARS]
        if span not in spans and len(spans) < _MAX_DAMAGED_SPANS:
            spans.append(span)
    return text.count("\ufffd"), tuple(spans)


def _ends_abbreviation(line: str, stop: int) -> bool:
    """Whether the dot at ``stop`` belongs to an initial, an abbreviation or an address."""
    token = line[line.rfind(" ", 0, stop) + 1 : stop]
    if "://" in token or "@" in token or token.casefold().startswith("www"):
        return True
    word = _WORD_BEFORE.search(token)["word"]
    if not word:  # ")." or "»." : a closing mark ends the sentence
        return False
    if len(word) == 1 and word.isupper():  # an initial ("J.K.Rowling"), not a unit ("km/h")
        return len(token) == 1 or token[-2] in ".-('’"
    return word in _ABBREVIATIONS


def _open_quotes(line: str, end: int) -> tuple[bool, bool]:
    """Whether a straight quote, and whether a « or “ quote, is open just before ``end``."""
    straight = line.count('"', 0, end) % 2 == 1
    typographic = line.count("«", 0, end) > line.count("»", 0, end) or line.count("“", 0, end) > line.count(
        "”", 0, end
    )
    return straight, typographic


def _break_at(line: str, match: re.Match[str]) -> tuple[int, str] | None:
    """Where to put the lost break of one glued match, and which one; None to leave it."""
    if match["end"] and match["end"] != '"' and _ends_abbreviation(line, match.start("stop")):
        return None
    if line[match.end() + 1].isupper() and not (match["end"] or "").islower():
        return None  # "IQ.DRIVE": an acronym after a dot starts a sentence only after a lower-case word
    stop_end = match.end("stop")
    straight, typographic = _open_quotes(line, stop_end)
    if match["end"] == '"' and straight:  # '"...Puis': the dots open a quotation, no sentence ends
        return None
    quote = match["quote"]
    if quote == '"' and straight:  # the quote closes what was said: break after it
        return match.end("quote"), " " if typographic else "\n"
    if quote:  # the quote opens the next sentence: break before it
        return stop_end, " " if typographic else "\n"
    return stop_end, " " if straight or typographic else "\n"


def split_glued_sentences(text: str) -> str:
    """Put back the paragraph breaks lost between sentences, outside abbreviations and addresses.

    Inside an open quotation the break becomes a space, so a quote is never cut in two.
    """
    pieces: list[str] = []
    for line in text.split("\n"):
        last = 0
        for match in _GLUED.finditer(line):
            found = _break_at(line, match)
            if found is None:
                continue
            cut, separator = found
            pieces.append(line[last:cut] + separator)
            last = cut
        pieces.append(line[last:] + "\n")
    return "".join(pieces)[:-1]


def repair_text(text: str) -> str:
    """The whole repair of a body, in the order that keeps each step simple."""
    return split_glued_sentences(normalise_spaces(fix_encoding(text)))


class TextRepairer(Stage):
    """Repairs ``text`` and ``title``; records the damage it could not undo in ``flags``."""

    name = "repair"
    version = 1
    requires = frozenset({"text"})
    assigns = frozenset({"text", "title", "flags"})

    def process(self, article: Article) -> Article:
        article.text = repair_text(article.text)
        if article.title:
            article.title = normalise_spaces(fix_encoding(article.title)).replace("\n", " ")
        count, spans = find_damage(article.text)
        article.flags = replace(article.flags, damaged_chars=count, damaged=spans)
        return article
