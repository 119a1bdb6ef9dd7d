"""Organisations the text introduces with a noun saying what they are: "le syndicat Seto", "le collectif « Vive l'APL »".

The NER misses many small organisations' names, and misses names between quotation marks more often still; but
French introduces them after a determiner and the noun of their kind, and that noun written alone later ("a ajouté
le syndicat") stands for the name (speakers.py, through ``Cast.organisation``). A name the NER tagged is
introduced by the cast itself; this module adds the capitalised runs it did not tag, and the quoted names
(quoted_names.py).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.extract.first_names import common_first_name
from veille.extract.quoted_names import quoted_organisations
from veille.extract.word_classes import DEFINITE

#: Determiners and contracted prepositions before the noun: "le syndicat X", "du collectif X", "au groupe X".
_BEFORE_NOUN = DEFINITE | frozenset({"un", "une", "du", "au"})
#: Nouns whose capitalised complement names the person at their head, not the body: "le gouvernement Castex".
_LED_BY = frozenset({"gouvernement", "cabinet", "présidence"})
#: Short words inside a name, between two capitalised words: "Plus de Trains", "Médecins du Monde".
_INSIDE = frozenset({"de", "du", "des", "d'", "d’", "et", "la", "le", "les", "l'", "l’"})


def _untagged_name(doc: Doc, start: int) -> tuple[int, int] | None:
    """The capitalised run from ``start`` no entity covers: "Seto", "Pollinis", "Plus de Trains"."""
    end = start
    while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha or end > start and (
            doc[end].lower_ in _INSIDE or doc[end].text == "-") and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
        end += 1
    if end == start or any(t.ent_type_ for t in doc[start:end]) or common_first_name(doc[start].text):
        return None  # tagged: the cast has it already; "l'association Marie X": a person after all
    return start, end


def _noun_before(token: Token, nouns: frozenset[str]) -> bool:
    """ ``token`` follows an organisation noun of ``nouns`` that follows a determiner ("le syndicat", "au groupe")."""
    doc, i = token.doc, token.i
    if i < 2 or not doc[i - 1].is_lower or doc[i - 2].lower_ not in _BEFORE_NOUN:
        return False
    return doc[i - 1].lower_ in nouns and doc[i - 1].lower_ not in _LED_BY


def introduced_organisations(doc: Doc, text: str, nouns: frozenset[str]) -> list[tuple[int, str, str]]:
    """(position, noun, name) for each name right after an organisation noun of ``nouns``: quoted, or capitalised and
    left untagged by the NER."""
    found = quoted_organisations(text, nouns)
    for token in doc:
        if token.text[:1].isupper() and _noun_before(token, nouns) and (run := _untagged_name(doc, token.i)) is not None:
            found.append((token.idx, doc[token.i - 1].lower_, doc[run[0]: run[1]].text))
    return found
