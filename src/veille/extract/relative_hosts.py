"""Who a pronoun after a quotation hung on an object's relative clause stands for: the sentence's subject.

"Il avait adressé une pique à Marc X, qui avait déclaré « … ». « … », a-t-il lancé": the quotation in the relative
clause is Marc X's, but he is only what the sentence is about in passing; the sentence is about its subject "Il",
whom the next "a-t-il lancé" continues. The speaker chain (speaker_salience.py) would hand the pronoun to Marc X,
the last source quoted, so speakers.py asks here first where that subject was written.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.extract.cast import Cast
from veille.extract.speaker_salience import most_recent

_SUBJECTS = ("nsubj", "nsubj:pass")
#: How far (characters) the pronoun may come after the relative clause's quotation.
_NEXT = 250
#: How many words may stand between "qui" and the quotation ("qui avait alors déclaré").
_CUE_WORDS = 6


def relative_host(doc: Doc, cast: Cast, recent: list, at: int, gender: str) -> tuple[str | None, bool] | None:
    """Whom the pronoun of ``gender`` at ``at`` stands for when the quotation last resolved hung on a relative clause
    on an object or complement, and the pronoun comes right after: the sentence's named subject, or whom its subject
    pronoun stood for then; None otherwise."""
    subject = _host_subject(doc, recent[-1][0], at) if recent else None
    if subject is None or (own := subject.morph.get("Gender")) and own[0] != gender:
        return None
    if subject.pos_ == "PROPN":
        name = next((e.text for e in doc.ents if e.start <= subject.i < e.end), subject.text)
        person = cast.find(name)
        return (person.name, True) if person is not None and person.gender in (gender, None) else None
    return most_recent(cast, [r for r in recent if r[0] <= subject.idx], gender, subject.idx, pronoun=True)


def _host_subject(doc: Doc, chain_end: int, at: int) -> Token | None:
    """The subject, a pronoun or a name, of the clause whose object or complement introduced the quotation that
    ended at ``chain_end`` through "qui" ("Il a adressé une pique à X, qui avait déclaré « … »": "Il")."""
    if not 0 < at - chain_end <= _NEXT:
        return None
    inside = doc.char_span(chain_end - 1, chain_end, alignment_mode="expand")
    qui = _introducing_qui(doc, inside[0].i) if inside is not None and len(inside) else None
    if qui is None or qui.head.dep_ != "acl:relcl":
        return None
    node = qui.head.head
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head  # "à Bruno X et François Y, qui …": the conjunct hangs on the first
    if node.dep_ in _SUBJECTS or node.i >= qui.i or node.head.i == node.i:
        return None
    verb = _clause_head(node.head)
    while (subject := _subject(verb, node.i)) is None and verb.head.i != verb.i:
        verb = verb.head  # "Il avait juste avant adressé …": the subject of the auxiliary the parser made the root
    if subject is None or subject.lower_ not in ("il", "elle") and subject.pos_ != "PROPN":
        return None
    return subject


def _introducing_qui(doc: Doc, inside: int) -> Token | None:
    """The "qui" whose verb introduces the quotation holding token ``inside``: the nearest one before the opening
    mark, with at most a few words between."""
    i = inside
    while i > 0 and not (doc[i].is_quote and doc[i].is_punct and doc[i].i < inside):
        i -= 1
    for j in range(i - 1, max(-1, i - 1 - _CUE_WORDS), -1):
        if doc[j].lower_ == "qui" and doc[j].dep_ in _SUBJECTS:
            return doc[j]
    return None


def _subject(verb: Token, before: int) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < before), None)


def _clause_head(token: Token) -> Token:
    """The verb of the clause a complement hangs from ("adressé une pique à X": "adressé")."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token
