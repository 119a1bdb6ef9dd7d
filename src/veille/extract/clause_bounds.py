"""Where a cue's content ends: the clause boundaries of French sentences, read from the tags and the punctuation.

The parser often misplaces a sentence's root when a clause opens it ("Estimant que …, les maires multiplient …" makes
"Estimant" the root), so these predicates look for the comma after which a subject and its finite verb come back,
rather than trusting the tree. quotes.py asks them where a content must stop (the main clause after a fronted
participle or subordinate, the main verb after a relative set off by commas, a second predicate joined to a noun-phrase
object), whether a cue with an inverted pronoun ends its sentence, and whether the cue is negated.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from veille.extract.cues import ADVERBS, verb_group
from veille.extract.verb_shapes import finite_clause
from veille.extract.word_classes import THIRD_PERSON

#: How many words a circumstance after an inverted cue may take ("… dit-il au Parisien.").
_CIRCUMSTANCE_TOKENS = 6
#: Words that may come before a participle opening its sentence ("Tout en assurant …, il").
_FRONTED_OPENERS = frozenset({"tout", "en"})
#: First words of a sentence that opens on a subordinate clause ("Bien que", "Alors que", "Même si", "Si", "Lorsque").
_SUBORDINATE_OPENERS = frozenset({"bien", "alors", "même", "si", "s'", "s’", "lorsque", "lorsqu'", "lorsqu’", "quand",
                                  "puisque", "puisqu'", "puisqu’", "tandis", "parce"})
#: Pronouns that may be a main clause's subject ("Estimant que …, ils multiplient …").
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "nous", "je", "j'", "j’", "ce", "c'", "c’", "cela"})
#: Conjunctions that join a second predicate to a subject ("et a appelé"), the subject pronouns that open a clause of
#: its own after them ("mais il a demandé"), and the clitics and negation before the verb.
_PREDICATE_JOINERS = frozenset({"et", "mais", "puis", "ou"})
#: The two parts of a negation around a verb ("n'a pas exigé", "ne veut plus").
_NEGATION = frozenset({"ne", "n'", "n’"})
_NEGATION_ADVERBS = frozenset({"pas", "jamais", "plus", "guère", "point"})
#: Forms of "avoir" that make a participle a compound past, and of "être" that make it passive.
_HAVE = frozenset({"a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "aurait", "auraient"})
_PASSIVE = frozenset({"été", "est", "sont", "était", "étaient"})
_CLITICS = frozenset({"ne", "n'", "n’", "l'", "l’", "le", "la", "les", "lui", "leur", "y", "en", "se", "s'", "s’"})


def ends_sentence(start: int, sentence: Span) -> bool:
    """Does nothing but punctuation, or a short circumstance without a verb ("à l'AFP", "au Parisien"), follow an
    inverted cue ("… explique-t-il.", "… dit-il au Parisien.")? Then the cue closes the sentence as an incise does;
    more words after it make it the sentence's own verb ("Ainsi explique-t-il ce choix")."""
    rest = [t for t in sentence.doc[start: sentence.end] if not t.is_punct]
    return not rest or (rest[0].pos_ == "ADP" and len(rest) <= _CIRCUMSTANCE_TOKENS and not any(
        t.pos_ in ("VERB", "AUX") for t in rest))


def fronted_subject(group_start: int, sentence: Span) -> Token | None:
    """ "Estimant que la réforme est injuste, les maires multiplient les recours", "Tout en assurant …, il a …": a
    participle clause that opens the sentence has the subject of the main clause; None when the participle is not
    first or no main clause follows."""
    doc = sentence.doc
    if any(t.lower_ not in _FRONTED_OPENERS for t in doc[sentence.start: group_start]):
        return None
    return main_clause_subject(group_start + 1, sentence)


def main_clause_subject(start: int, sentence: Span, after_verb: bool = False) -> Token | None:
    """The subject of the main clause after a clause that opens the sentence ("Bien qu'elle assure …, cette élue
    estime …"): the first subject right after a comma whose finite verb follows it (the parser may hang the main
    verb on the fronted clause's), or None. ``after_verb``: a subordinate ends only once it has its own finite verb
    ("Alors qu'avant son départ, les analystes disaient …, X a assuré …": the analysts are the subordinate's)."""
    doc = sentence.doc
    for token in doc[start: sentence.end]:
        if token.dep_ not in ("nsubj", "nsubj:pass", "expl:subj") or token.head.i <= token.i or (
                token.head.dep_ == "acl:relcl"):
            continue
        comma = token.left_edge.i - 1
        if doc[comma].text == "," and (token.pos_ in ("NOUN", "PROPN") or token.lower_ in _SUBJECT_PRONOUNS) and (
                not after_verb or finite_clause(doc[sentence.start: comma])):
            return token
    return None


def fronted_subordinate(sentence: Span) -> bool:
    """ "Bien qu'elle assure …, cette élue estime …", "Si X a promis …, il s'agit …": the sentence opens on a
    subordinate clause, which a comma closes before the main clause."""
    first = sentence.doc[sentence.start]
    return first.pos_ == "SCONJ" or first.lower_ in _SUBORDINATE_OPENERS


def opening_subordinate(sentence: Span, comma: int) -> bool:
    """ "Une fois qu'il y sera, promet X, …", "S'il le faut, a-t-il ajouté, …": the words before this comma, the
    sentence's first, are a subordinate clause (its conjunction first, or marked as such by the parser: "une fois
    que"), not the reported clause itself."""
    doc = sentence.doc
    first = doc[sentence.start]
    return (fronted_subordinate(sentence) or first.dep_ == "mark") and not any(
        t.text == "," for t in doc[sentence.start: comma])


def main_verb_after(start: int, sentence: Span) -> int | None:
    """ "Le maire, qui assure que les travaux avancent, a inauguré le chantier": the comma after which the main
    clause's finite verb comes back, ending a relative clause set off by commas; not before the content has a finite
    verb of its own ("qui affirme que les écoles, fermées lundi, rouvriront"); None when no such comma follows."""
    doc = sentence.doc
    for i in range(start, sentence.end - 1):
        if doc[i].text != "," or not finite_clause(doc[start: i]):
            continue
        j = i + 1
        while j < sentence.end - 1 and (doc[j].lower_ in _CLITICS or doc[j].pos_ == "ADV"):
            j += 1
        if doc[j].pos_ in ("VERB", "AUX") and doc[j].morph.get("VerbForm") == ["Fin"]:
            return i
    return None


def second_predicate(start: int, sentence: Span) -> int | None:
    """ "a dénoncé la réforme et a appelé à la grève", "conteste la décision mais n'a pas fait appel": a conjunction
    followed by a finite verb (after its clitics and negation) joins a second predicate of the subject, and one
    followed by a subject pronoun and its verb a clause of its own ("mais il a demandé"); either ends a noun-phrase
    object. Where that conjunction stands, or None."""
    doc = sentence.doc
    for i in range(start, sentence.end - 1):
        if doc[i].lower_ not in _PREDICATE_JOINERS:
            continue
        j = i + 1 + (doc[i + 1].lower_ in THIRD_PERSON)  # "mais il a demandé": a clause of its own ends it too
        while j < sentence.end - 1 and doc[j].lower_ in _CLITICS:
            j += 1
        if doc[j].pos_ in ("VERB", "AUX") and doc[j].morph.get("VerbForm") == ["Fin"]:
            return i
    return None


def predicate_joiner(group_start: int, sentence: Span) -> int | None:
    """The conjunction right before a verb group, its clitics and negation aside ("et n'a pas …", "et salue"): the
    index second_predicate gives when this verb is the second predicate of an earlier verb's subject, or None."""
    doc = sentence.doc
    i = group_start - 1
    while i > sentence.start and doc[i].lower_ in _CLITICS:
        i -= 1
    return i if i >= sentence.start and doc[i].lower_ in _PREDICATE_JOINERS else None


def negated(group_start: int, sentence: Span) -> bool:
    """ "n'a pas exigé", "ne veut pas appeler", "n'a jamais dénoncé", "n'a pas encore révélé": the verb group is negated
    (not "ne cesse de répéter", whose negation is another verb's); adverbs after the negation ("pas encore", "plus
    jamais") are left out of the verb group and looked past here, and "ne" may stand further back ("n'a toujours pas")."""
    doc = sentence.doc
    before = [t.lower_ for t in doc[max(sentence.start, group_start - 5): group_start]]
    while len(before) > 1 and before[-1] in ADVERBS and before[-1] not in _NEGATION_ADVERBS:
        before.pop()
    if before and before[-1] in _NEGATION:
        return True
    return bool(before) and before[-1] in _NEGATION_ADVERBS and any(w in _NEGATION for w in before[:-1])


def _earlier_participle(verb: Token, group_start: int, sentence: Span) -> tuple[Token, Span] | None:
    """The participle before "et"/"puis" a participle with no auxiliary of its own is joined to, and that one's
    auxiliaries; None when the verb has an auxiliary or another finite verb comes between them."""
    doc = sentence.doc
    if group_start != verb.i or group_start <= sentence.start or doc[group_start - 1].lower_ not in ("et", "puis") or (
            verb.morph.get("VerbForm") != ["Part"] or verb.lower_.endswith("ant")):
        return None
    for token in reversed(doc[sentence.start: group_start - 1]):
        if token.text in (";", ":") or token.morph.get("VerbForm") == ["Fin"]:
            return None
        if token.morph.get("VerbForm") == ["Part"] and token.pos_ in ("VERB", "AUX"):
            return token, doc[verb_group(token, sentence)[0]: token.i]
    return None


def shared_auxiliary(verb: Token, group_start: int, sentence: Span) -> Token | None:
    """ "Le président a salué les soignants et appelé à la prudence": a participle after "et" or "puis" with no auxiliary
    of its own shares the compound tense, and so the subject, of the participle before it, whatever the parser hung it
    on (here "soignants"); None when there is no such participle or it is a passive ("a été arrêté et accusé de …" says
    nothing of what the suspect said)."""
    earlier = _earlier_participle(verb, group_start, sentence)
    if earlier is None or not any(t.lower_ in _HAVE for t in earlier[1]) or any(t.lower_ in _PASSIVE for t in earlier[1]):
        return None
    return earlier[0]


def opens_que(start: int, sentence: Span) -> bool:
    """ 'X, qui a consulté des « comptes », estime qu'Y …': a verb group that "que" follows opens its own content
    clause, so it is no incise after the quotation before it ('« … », a-t-il dit' is never followed by "que")."""
    return start < sentence.end and sentence.doc[start].lower_ in ("que", "qu'", "qu’")
