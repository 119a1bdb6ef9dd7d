"""Who speaks in "« … », écrivait l'auteur du message selon Le Parisien": the incise's subject, not the outlet.

The dev gold (human) gives the person whose words the outlet relays when the sentence names that person: "…, a dit
lundi l'éditorialiste, interrogée sur CNN" is the editorialist, "selon un témoin cité par Le Parisien" the witness,
"…, a-t-il expliqué à BFMTV" the man; the outlet only when nobody else is named ("…, rapporte France Bleu"). The
guidelines agree: the source is who said or wrote the words. When a postposed incise ("…, écrivait X", "…, a-t-il
confié") is followed in the same incise by "selon OUTLET" or "d'après OUTLET", the quote finder may keep the
"selon" as the cue; the incise's own subject is then the speaker.
"""
from __future__ import annotations

from spacy.tokens import Doc

from veille.article import Quote
from veille.extract.cues import QuoteRules, cue_lemma, inverted_pronoun, verb_group
from veille.extract.entity_rules import fold_apostrophes, news_agencies, news_outlet
from veille.extract.word_classes import DEFINITE

_RELAY_CUES = frozenset({"selon", "d'après", "d’après"})
_CLOSING_MARKS = frozenset({'"', "»", "”"})
_DAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"})
#: The subject of a postposed incise is a short noun phrase: "l'auteur présumé du message", "Paul X".
_MAX_SUBJECT = 8


def relay_subject(doc: Doc, quote: Quote, at: int, rules: QuoteRules) -> str | None:
    """The subject of the incise between the quotation and a "selon OUTLET" written after it (the mention at ``at``):
    "il" for "a-t-il confié", the noun phrase for "écrivait l'auteur du tweet"; None unless the quote's cue is
    "selon"/"d'après", its mention a news outlet or agency after the quotation, and the words between are a
    reporting verb group and its subject only."""
    if (quote.cue or "").lower() not in _RELAY_CUES or at < quote.end:
        return None
    outlet = (quote.speaker_mention or "").strip()
    if not (news_outlet(outlet) or fold_apostrophes(outlet).removeprefix("l'") in news_agencies()):
        return None
    tokens = [t for t in doc if quote.start <= t.idx < at]
    closing = max((i for i, t in enumerate(tokens[:-1]) if t.text in _CLOSING_MARKS and tokens[i + 1].text == ","),
                  default=None)
    if closing is None:
        return None  # no "», " to open an incise (the quote's span may have run over it, so read from its start)
    tokens = tokens[closing + 2:]
    if not tokens or tokens[-1].lower_ not in _RELAY_CUES:
        return None
    sentence = tokens[0].sent
    verb = next((t for t in tokens[:4] if cue_lemma(t, rules) is not None), None)
    if verb is None:
        return None
    start, end = verb_group(verb, sentence)
    if start != tokens[0].i:
        return None  # "», et le texte publié précise selon Le Parisien": the verb does not open the incise
    if (pronoun := inverted_pronoun(start, end, sentence)) is not None:
        return pronoun.text.split("-")[-1]
    while end < tokens[-1].i and (doc[end].pos_ == "ADV" or doc[end].lower_ in _DAYS):
        end += 1  # "écrivait dimanche l'auteur": the time word is the verb's
    subject = doc[end: tokens[-1].i]
    if not 0 < len(subject) <= _MAX_SUBJECT or any(t.is_punct or t.pos_ == "AUX" or (
            t.pos_ == "VERB" and "Part" not in t.morph.get("VerbForm")) for t in subject):  # "présumé" is no verb here
        return None
    first = subject[0]
    if not (first.lower_ in DEFINITE or first.text[:1].isupper() or first.pos_ == "DET"):
        return None  # "…, a dit en substance selon Le Monde": no subject
    return subject.text
