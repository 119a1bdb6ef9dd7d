"""Who speaks in "Selon l'agence BNA, le roi X a souligné « … »": the clause's own subject, not the relay.

A "selon X," opening a sentence whose clause has a subject and a reporting verb of its own before the quotation
reports what that subject said; X only vouches for the report. The source phrase would otherwise win because it
is the nearest source to the quotation's start. An infinitive is no such verb: in "Selon X, la police cherche à
savoir si …" the whole clause is X's report.
"""
from __future__ import annotations

from spacy.tokens import Doc

from veille.article import Quote
from veille.extract.cues import QuoteRules
from veille.extract.entity_rules import role_words
from veille.extract.word_classes import DEFINITE

_QUOTE_MARKS = frozenset('"«“')
#: Words that make the clause no speech act of its subject: a negation ("n'a pas précisé"), or "être" before a
#: participle that states a belief ("le chef de l'État est persuadé que …").
_NOT_SPEECH = frozenset({"ne", "n'", "n’", "pas", "jamais", "rien", "est", "sont", "était", "étaient", "serait",
                         "seraient", "été"})
_SOURCE_CUES = frozenset({"selon", "d'après", "d’après"})
#: Auxiliaries and adverbs between the subject and its reporting verb: "a notamment souligné", "aurait affirmé".
_BETWEEN = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "aussi", "notamment", "également",
                      "encore", "ainsi", "déjà", "alors", "pour", "sa", "part", "de", "son", "côté"})
#: The inner subject is a short noun phrase: "le roi Hamad ben Issa Al-Khalifa", "le ministre de la Santé".
_MAX_SUBJECT = 10
#: The quotation marks that make the verb's object its subject's words follow it closely: "a souligné durant un
#: entretien « … »", not "a lancé un avis de recherche … pour cet homme surnommé « … »".
_TO_MARK = 8


def inner_subject(doc: Doc, quote: Quote, at: int, rules: QuoteRules) -> str | None:
    """The subject of the clause after "selon X," (``quote.speaker_mention``, written at ``at``) when that clause
    has its own reporting verb, affirmative, before the quotation or before the quotation marks inside it (the
    quotation may have been read from right after the comma), and the subject may speak (a name, a role, a body);
    else None."""
    if (quote.cue or "").lower() not in _SOURCE_CUES or at >= quote.start:
        return None
    mention = doc.char_span(at, at + len(quote.speaker_mention or ""), alignment_mode="expand")
    if mention is None or mention.end >= len(doc) or doc[mention.end].text != ",":
        return None
    sentence = mention[0].sent
    start = mention.end + 1
    verb = next((t.i for t in doc[start: min(sentence.end, start + _MAX_SUBJECT + 4)]
                 if t.lower_ in rules.lemmas and t.pos_ in ("VERB", "") and t.idx < quote.end
                 and "Inf" not in t.morph.get("VerbForm")), None)  # not "l'État", nor "cherche à savoir"
    if verb is None or doc[verb].idx > quote.start and not any(
            t.text in _QUOTE_MARKS for t in doc[verb + 1: min(verb + 1 + _TO_MARK, sentence.end)]):
        return None  # "Selon Le Monde, X a reconnu les faits": the whole clause is the outlet's report
    end = verb
    while end > start and doc[end - 1].lower_ in _BETWEEN:
        end -= 1
    subject = doc[start:end]
    if not 0 < len(subject) <= _MAX_SUBJECT or any(
            t.is_punct and t.text != "-" or t.lower_ in _NOT_SPEECH or t.pos_ == "VERB" for t in subject):
        return None  # "selon X, le réseau n'a pas précisé …": what X says the subject did not say
    people = role_words() | rules.titles | rules.institution_nouns | rules.unnamed_nouns
    if not any(t.ent_type_ in ("PER", "ORG") or t.lower_ in people for t in subject):
        return None  # "selon X, la poursuite des violences montre que …": no speaker, X's reading of the facts
    first = subject[0]
    return subject.text if first.lower_ in DEFINITE or first.text[:1].isupper() else None
