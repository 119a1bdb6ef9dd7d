"""Who a document speaks for: "le rapport de l'AIEA", "le bilan des autorités sanitaires", "le scénario établi par
la cellule de crise".

A report, a tally or an account is not whoever was quoted last: its issuer is the organisation or person after "de"
or after an authoring participle ("établi par"), else the unnamed author as written, else the journal it came out in
("parue dans The Lancet"), else, when guessing is allowed, the organisation named last. speakers.py asks it for every mention headed by a document or figure noun.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.extract.cast import Cast, strip_determiner
from veille.extract.cues import QuoteRules
from veille.extract.entity_rules import rule_set
from veille.extract.word_classes import DEFINITE, OF

#: Participles saying where a document came out: "parue dans", "publiée dans".
_PUBLISHED = frozenset({"paru", "parue", "parus", "parues", "publié", "publiée", "publiés", "publiées"})


def document_issuer(
    doc: Doc, cast: Cast, head, tokens: list, at: int, rules: QuoteRules, *, guess: bool = True,
) -> tuple[str, bool] | None:
    """Who a document speaks for: "le rapport de l'AIEA", "le récit de l'entreprise", the author after "établi par";
    an unnamed author as written ("le bilan des autorités sanitaires": "les autorités sanitaires"); else, if
    ``guess``, the organisation named last. Never a person merely named before: a report is not whoever was quoted
    last."""
    after = [t for t in tokens if t.i > head.i]
    owner = next((i for i, t in enumerate(after[:2]) if t.lower_ in OF), None)
    if owner is None and len(after) > 2 and after[1].lower_ == "par" and _authoring(after[0].lower_):
        owner = 1  # "le scénario établi par la cellule de crise": the agent wrote it; not "consulté par l'AFP"
    if owner is not None:
        rest = after[owner + 1:]
        # "de l'association basée en France": the issuer's noun phrase ends at its participle; France is no issuer
        phrase = next((i for i, t in enumerate(rest) if t.pos_ in ("VERB", "AUX")), len(rest))
        ents = [t for t in rest[:phrase] if t.ent_type_ in ("ORG", "PER", "LOC") and t.text[:1].isupper()]
        entity = _entity_of(ents[0]) if ents else None  # "de Jean-Paul Ferrand": the whole name, not its first word
        if entity is not None and ents[0].ent_type_ == "PER":
            return (cast.find(entity) or cast.add(entity)).name, True
        if entity is not None:
            return cast.expand(strip_determiner(entity)), True
        noun = next((t.lower_ for t in rest if t.is_alpha and t.lower_ in rules.institution_nouns), None)
        if noun is not None and (organisation := cast.organisation(noun, at)) is not None:
            return organisation, True
        author = _author_as_written(after[owner], rest)
        return (author, False) if author else None
    if (journal := _published_in(after)) is not None:
        return journal, True  # "l'étude parue dans The Lancet": the journal, not the channel named last
    organisation = cast.organisation("", at) if guess else None
    return (organisation, True) if organisation else None


def _published_in(after: list) -> str | None:
    """ "parue dans International Journal of X", "publiée dans la revue Nature": the capitalised name of where the
    document was published, which vouches for it; None for any other phrase."""
    if len(after) < 3 or after[0].lower_ not in _PUBLISHED or after[1].lower_ != "dans":
        return None
    rest = after[2:]
    while rest and (rest[0].lower_ in DEFINITE or rest[0].is_lower and not rest[0].is_punct):
        rest = rest[1:]  # "la revue": the name follows
    name = []
    for token in rest:
        if not (token.text[:1].isupper() or name and token.lower_ in OF | {"of"}):  # "Journal of X"
            break
        name.append(token)
    while name and not name[-1].text[:1].isupper():
        name.pop()
    return name[0].doc[name[0].i: name[-1].i + 1].text if name else None


def _authoring(participle: str) -> bool:
    """ "établi", "réalisée", "publiés": a participle saying its agent wrote the document."""
    stems = {participle, participle.removesuffix("s"), participle.removesuffix("s").removesuffix("e")}
    return bool(stems & rule_set("author_participles.txt"))


def _author_as_written(preposition: Token, rest: list) -> str | None:
    """ "des autorités sanitaires publié" → "les autorités sanitaires": the noun phrase without the participle
    that follows it, its article undone from "des"/"du"."""
    words = []
    for token in rest:
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            break
        words.append(token.text)
    article = {"des": "les", "du": "le"}.get(preposition.lower_)
    if not words or article is None and words[0].lower() not in DEFINITE:
        return None  # "le rapport de 2019", "de certains experts": no author to name
    return " ".join(([article] if article else []) + words).replace("' ", "'").replace("’ ", "’")


def _entity_of(token: Token) -> str:
    """The rest of the named entity a token opens, as written: "Fédération française de football", not
    "Fédération"; from the token on, as the entity may hold the "de" before it."""
    end = next((e.end for e in token.doc.ents if e.start <= token.i < e.end), token.i + 1)
    return token.doc[token.i: end].text
