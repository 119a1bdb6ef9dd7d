"""Which organisation an "il" or "elle" that no person fits stands for: the one just made the subject.

"Mardi, la préfecture a évacué le campement. « … », a-t-elle commenté", "La compagnie X a évité le pire. Dimanche,
elle a confirmé que …": salience (speaker_salience.py) ranks the article's people and the sources already quoted,
so a body that acts in the text before anyone quotes it is never a pronoun's antecedent, and the quotation is left
with no source. When no person and no earlier source may be the pronoun (salience found no one), the organisation
made subject of the sentence the quotation or pronoun is in, or of the one before, is: a definite institution or
company noun ("la préfecture", "le groupe"), whose article gives its gender, or an organisation's name, which fits
either pronoun ("Disney va modifier …, a-t-il annoncé"). The parser reads only sentences with a quotation cue, so in
the others an organisation counts where it opens the sentence, after at most a short fronted adverbial ("Mardi
matin, la préfecture …").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from veille.extract.description_antecedents import noun_phrase
from veille.extract.entity_rules import fold_apostrophes, news_outlet, rule_set

_SUBJECTS = ("nsubj", "nsubj:pass")
_ARTICLES = {"le": "Masc", "la": "Fem", "l'": None, "ce": "Masc", "cet": "Masc", "cette": "Fem"}
#: How many words a fronted adverbial may hold before its comma ("Mardi matin,", "Dans un communiqué publié jeudi,").
_FRONTED = 8


def organisation_subject(doc: Doc, pronoun_at: int, quote_start: int, gender: str, quoted: list[tuple[int, int]],
                         institution_nouns: frozenset[str]) -> str | None:
    """The latest organisation made subject, of a gender that fits ``gender`` ("Masc"/"Fem"), before the pronoun at
    ``pronoun_at``, in the sentence the quotation or pronoun is in or the one before it, outside quotations; as
    written, for speakers.py to resolve as a mention; None when there is none."""
    first = doc.char_span(min(pronoun_at, quote_start), min(pronoun_at, quote_start) + 1, alignment_mode="expand")
    limit = doc.char_span(pronoun_at, pronoun_at + 1, alignment_mode="expand")
    if first is None or limit is None or not len(first) or not len(limit):
        return None
    i = first[0].sent.start
    begin = doc[i - 1].sent.start if i > 0 else 0
    nouns = institution_nouns | rule_set("company_nouns.txt")
    found = None
    for token in doc[begin: limit[0].i]:
        if any(s <= token.idx < e for s, e in quoted):
            continue
        phrase = _parsed(token, nouns) if token.pos_ else _opening(token, nouns)
        if phrase is not None and _ARTICLES.get(fold_apostrophes(phrase[0].lower_), gender) in (gender, None) and \
                not news_outlet(phrase.text):  # "rapporte le Parisien, elle a confirmé": the outlet relays her
            found = phrase
    return found.text if found is not None else None


def _parsed(token: Token, nouns: frozenset[str]) -> Span | None:
    """ "la préfecture de police a évacué", "Disney va modifier": an organisation noun with its article, or a name
    the NER calls an organisation, that the parse makes a subject."""
    if token.dep_ not in _SUBJECTS:
        return None
    if token.ent_type_ == "ORG":
        entity = next(e for e in token.doc.ents if e.start <= token.i < e.end)
        start = entity.start - (entity.start > 0 and fold_apostrophes(token.doc[entity.start - 1].lower_) in _ARTICLES)
        return token.doc[start: entity.end]
    if token.pos_ != "NOUN" or fold_apostrophes(token.lower_) not in nouns or "Plur" in token.morph.get("Number"):
        return None
    phrase = noun_phrase(token, token.sent.end)
    return phrase if fold_apostrophes(phrase[0].lower_) in _ARTICLES else None


def opens_clause(token: Token) -> bool:
    """Whether ``token`` opens its sentence, or follows a short fronted adverbial and its comma ("Mardi matin, la
    préfecture …"): where the subject of a sentence the parser did not read stands."""
    doc, start = token.doc, token.sent.start
    return token.i == start or token.i > start and doc[token.i - 1].text == "," and token.i - 1 - start <= _FRONTED \
        and not any(t.text == "," for t in doc[start: token.i - 1])


def _opening(token: Token, nouns: frozenset[str]) -> Span | None:
    """The article and organisation noun or name that open a sentence the parser did not read, or follow a short
    fronted adverbial and its comma: "La compagnie X a …", "Mardi matin, la préfecture de police a …"."""
    doc = token.doc
    if fold_apostrophes(token.lower_) not in _ARTICLES or token.i + 1 >= len(doc) or not opens_clause(token):
        return None
    head = doc[token.i + 1]
    if head.ent_type_ == "ORG":
        entity = next(e for e in doc.ents if e.start <= head.i < e.end)
        return doc[token.i: entity.end]
    if not head.is_alpha or fold_apostrophes(head.lower_) not in nouns:
        return None
    end = head.i + 1
    if end < len(doc) and doc[end].ent_type_ == "ORG" and doc[end].ent_iob_ == "B":  # "La compagnie Finnair"
        end = next(e for e in doc.ents if e.start == end).end
    return doc[token.i: end]
