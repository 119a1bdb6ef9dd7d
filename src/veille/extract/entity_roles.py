"""The role a text gives a person right next to the name.

French news introduces people with their role before the name ("le vice-ministre des
Affaires étrangères Sergueï Ryabkov", "le vice-ministre …, Sergei Aleinik") or in an
apposition after it ("Olaf Scholz, chancelier allemand,"). The role is kept as written
so that speaker resolution can later map "le vice-ministre" back to the person.
A role phrase starts at a role noun (``rules/person_roles.txt``) and holds only the
words a noun phrase holds; a verb, a pronoun or punctuation ends the search.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.extract.entity_rules import fold_apostrophes, role_words

MAX_ROLE_TOKENS = 12
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM"})
_LEADING_DETERMINERS = frozenset({"le", "la", "l'", "les", "son", "sa", "leur", "un", "une", "du", "de"})
_STOPPING_PUNCT = frozenset(".;:!?«»“”\"()[]—–")
_DANGLING = frozenset({"de", "du", "des", "d'", "à", "au", "aux", "la", "le", "les", "l'", "et", "ou", ",", "en"})


def _role_text(doc: Doc, start: int, end: int) -> str | None:
    """The words of ``doc[start:end]`` without a dangling preposition or article at the end."""
    while end > start and fold_apostrophes(doc[end - 1].text) in _DANGLING:
        end -= 1
    if end <= start:
        return None
    return doc[start:end].text.strip(" ,") or None


def _in_phrase(token: Token) -> bool:
    """Could this token sit inside a role noun phrase?

    A token the parser tagged is judged by its tag; the NLP stage parses only some
    sentences, so an untagged token is judged by its shape (a word, not punctuation).
    """
    if token.is_space or token.text in _STOPPING_PUNCT or (token.is_punct and token.text not in ("-", "'", "’")):
        return False
    if token.ent_type_ == "PER":
        return False  # another person's name: "Me X aux côtés de Me Y" gives Y no role from X
    if token.pos_:
        return token.pos_ in _PHRASE_POS or _is_role_noun(token)
    return token.is_alpha or _is_role_noun(token) or token.text in ("'", "’")


def _is_role_noun(token: Token) -> bool:
    return fold_apostrophes(token.text) in role_words()


def role_before(doc: Doc, name_start: int) -> str | None:
    """The role phrase ending right before the name at character ``name_start``, if any.

    The leftmost role noun reachable without crossing a verb or punctuation starts the
    phrase, so "le porte-parole du ministre de la Santé X" keeps "porte-parole du …".
    """
    span = doc.char_span(name_start, name_start + 1, alignment_mode="expand")
    if span is None:
        return None
    first = span[0].i
    i = first - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1  # "le vice-ministre …, Sergei Aleinik"
    role_start = None
    steps = 0
    while i >= 0 and steps < MAX_ROLE_TOKENS and _in_phrase(doc[i]):
        if doc[i].is_sent_start and i != first - 1 and not _is_role_noun(doc[i]):
            break
        if _is_role_noun(doc[i]):
            role_start = i
        i -= 1
        steps += 1
    if role_start is None:
        return None
    return _role_text(doc, role_start, first)


def role_after(doc: Doc, name_end: int) -> str | None:
    """The apposition right after a name ("X, chancelier allemand, a dit") when it is a role."""
    span = doc.char_span(name_end - 1, name_end, alignment_mode="expand")
    if span is None:
        return None
    i = span[-1].i + 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    if i < len(doc) and fold_apostrophes(doc[i].text) in _LEADING_DETERMINERS:
        i += 1
    if i >= len(doc) or not _is_role_noun(doc[i]):
        return None
    start = i
    end = i + 1
    while end < len(doc) and end - start < MAX_ROLE_TOKENS and _in_phrase(doc[end]):
        if doc[end].pos_ in ("VERB", "AUX"):
            break
        end += 1
    return _role_text(doc, start, end)
