"""The tense of the verb a date hangs on: past, present or future.

"a déclaré lundi" is last Monday, "se rendra lundi" the coming one, and "avait ouvert
une enquête le 19 décembre" (published in July) last December. The parse says it best:
the date's head verb, its auxiliaries, its morphology. The NLP stage parses only the
sentences that may report speech, so for the others a lexical reading of the words just
around the date stands in (``lexical_tense``). A participle of planning with no
auxiliary ("le hajj, prévu pour la fin juillet") is a future.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from veille.extract.lexical_tense import FUTURE_IN_PAST, Tense, lexical_tense

_FUTURE_LEMMAS = frozenset({"aller", "devoir", "prévoir", "compter", "envisager"})
"""Verbs whose infinitive complement happens later ("va signer", "doit arriver")."""

_FUTURE_FORMS = frozenset({"doit", "doivent", "va", "vont"})
"""The same verbs' commonest forms, where the model lemmatised them wrong in context."""

_ANNOUNCING_LEMMAS = frozenset({"prévoir", "programmer", "planifier"})
"""Verbs whose participle puts what it dates ahead ("le hajj, prévu pour la fin juillet")."""
_ANNOUNCING_STEMS = ("prévu", "programmé", "planifié")  # the same participles, where the model lemmatised them wrong


FAR_VERB = 15
"""Tokens between a date and the verb the parser hung it on beyond which the attachment is more often a parse error
across clauses than a long clause: the words around the date are read instead."""

_LOCUTION_VERBS = frozenset({"partir", "compter"})
"""Verbs of "à partir de", "à compter de", which say nothing of the clause's tense."""


def _governing_verb(span: Span) -> Token | None:
    """The verb the date hangs on directly; through a noun ("les élus dimanche doivent")
    the verb's tense says nothing about the date, so there is none."""
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        return root
    head = root.head
    for _ in range(3):  # "à partir de mardi, la CGT appelle": the verb of the clause, not "partir"
        if not _in_locution(head) or head.head.i == head.i:
            break
        head = head.head
    return head if head.i != root.i and head.pos_ in ("VERB", "AUX") else None


def _in_locution(token: Token) -> bool:
    """Is ``token`` the "à" or the verb of "à partir de", "à compter de" (glued headings: "pétrolièresA partir")?"""
    if token.lemma_ in _LOCUTION_VERBS and token.i > 0:
        return token.nbor(-1).text[-1:] in ("à", "a", "A", "À")
    return token.lower_ in ("à", "a") and token.i + 1 < len(token.doc) and token.nbor(1).lemma_ in _LOCUTION_VERBS


def _tense_of(verb: Token, *, strict: bool = False) -> Tense | None:
    for _ in range(4):  # an infinitive takes its tense from the verb it completes
        if not _infinitive(verb):
            break
        head = verb.head
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            return None
        if head.lower_ in FUTURE_IN_PAST:
            return "present"  # "devaient se tenir en mai": either side of publication
        if head.lemma_ in _FUTURE_LEMMAS or head.lower_ in _FUTURE_FORMS:
            return "future"  # "va signer", "doit arriver"
        verb = head
    auxiliaries = [child for child in verb.children if child.dep_.startswith("aux") and child.pos_ == "AUX"]
    for child in auxiliaries:
        tense = child.morph.get("Tense")
        if "Fut" in tense:
            return "future"
        if strict and child.dep_ == "aux:pass" and "Pres" in tense:
            continue  # "est programmée à partir de la mi-juin": a present passive
        if tense or "Cnd" in child.morph.get("Mood"):
            return "past"  # passé composé, plus-que-parfait, conditionnel passé
    if "Part" in verb.morph.get("VerbForm"):
        if not auxiliaries and (verb.lemma_ in _ANNOUNCING_LEMMAS or verb.lower_.startswith(_ANNOUNCING_STEMS)):
            return "future"
        if strict:
            return None  # a participle alone, or after a present passive auxiliary
    tense = verb.morph.get("Tense")
    if "Fut" in tense or "Cnd" in verb.morph.get("Mood"):
        return "future"
    if "Past" in tense or "Imp" in tense:
        return "past"
    if "Pres" in tense:
        return "present"
    return None


def _infinitive(verb: Token) -> bool:
    """Is ``verb`` an infinitive, or a passive one ("doit être jugé le 28 novembre", "va être entendu lundi"): either
    way it has no tense of its own. Not a past infinitive ("après avoir été entendu lundi"), which is a past."""
    if "Inf" in verb.morph.get("VerbForm"):
        return True
    return "Part" in verb.morph.get("VerbForm") and any(
        child.dep_.startswith("aux") and child.lower_ == "être" for child in verb.children)


def tense_at(doc: Doc, start: int, end: int, *, strict: bool = False, clause: bool = False) -> Tense | None:
    """The tense of the verb governing the characters ``start:end``: from the parse where
    the sentence was parsed, else from the words around it, else None.

    ``strict`` reads a past only from a past auxiliary or verb, not from a parsed participle alone nor a present
    passive: after "à partir du" ("présidée à partir du 1er novembre", "est programmée à partir de la mi-juin")
    they describe a state or a plan, not a past event. ``clause`` lets an unparsed date take its tense from the
    whole sentence (see ``lexical_tense``).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if any(t.pos_ for t in span):
        verb = _governing_verb(span)
        if verb is not None and abs(verb.i - span.root.i) > FAR_VERB:
            return lexical_tense(span, clause=clause)  # "…, qui a annoncé ce dépôt, …, soit jusqu'au 19 juillet"
        return _tense_of(verb, strict=strict) if verb is not None else None
    return lexical_tense(span, clause=clause)
