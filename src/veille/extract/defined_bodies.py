"""An organisation noun with a complement of its own names the body it describes: "le syndicat des commissaires de la
police nationale", "l'association de défense des locataires".

A bare "le syndicat" takes up the organisation named before (organisation_referents.py); but a noun the sentence
defines with a common-noun complement is a body of its own, often one the article names only so, and taking it for
the last organisation named (a ministry quoted just before) gives the quotation to its opponent. The organisation
named before is kept only when its name holds the complement's noun: it is the same body, written in full.
"""
from __future__ import annotations

from spacy.tokens import Token

from veille.extract.person_key import fold_name
from veille.extract.word_classes import DEFINITE, OF


def defined_body(tokens: list[Token], head: Token, referent: str | None) -> str | None:
    """The body the phrase ``tokens`` headed by the organisation noun ``head`` defines, without its determiner, when
    a "de" complement made of a determined common noun follows the head (and its adjectives); None when it has none
    ("le syndicat", "la police de Géorgie"), when the complement only says a kind ("l'institut de sondage"), or when
    ``referent``, the organisation named before, holds that noun."""
    after = [t for t in tokens if t.i > head.i]
    k = 0
    while k < len(after) and after[k].pos_ == "ADJ" and after[k].is_lower:
        k += 1  # "le syndicat indépendant des commissaires"
    if k >= len(after) or after[k].lower_ not in OF:
        return None
    k += 1
    determined = after[k - 1].lower_ in ("des", "du")  # "des commissaires": contracted with its article
    while k < len(after) and after[k].lower_ in DEFINITE:
        k, determined = k + 1, True
    if not determined:
        return None  # "l'institut de sondage", "le média d'enquête": a kind, the body named before
    if k >= len(after) or not after[k].is_alpha or not after[k].is_lower or after[k].pos_ not in ("NOUN", ""):
        return None
    noun = fold_name(after[k].text)
    if referent is not None and any(fold_name(w).startswith(noun[:5]) for w in referent.split()):
        return None  # "le syndicat des commissaires" after "le Syndicat des commissaires de police": the same body
    return head.doc[head.i: tokens[-1].i + 1].text
