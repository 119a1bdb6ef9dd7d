"""The words naming a quote's source, as written: the noun phrase around a cue.

The French model labels an inverted subject ("…, a noté le haut diplomate") as an object
and often misattaches appositions, so the parse only says where the phrase starts; where it
stops is decided here, by the same few rules on both sides of the verb: a relative pronoun,
a preposition that starts a circumstance ("à l'issue", "dans le quotidien"), an adverb after
a name ("… Paul X peu après"), a verb or a punctuation mark ends it, except a comma that
introduces the name itself ("la porte-parole du ministère, Maria Zakharova"). A date between a
verb and its inverted subject ("a déploré dimanche 18 février sur BFMTV X") is no part of it, nor is a circumstance
("explique à France 2 X", "a dit derrière les grilles X"). Before the verb, what the parser may take for the subject
but is a phrase put before it and closed by a comma ("Dans leur livre, les journalistes X", "Ému aux larmes, X", "Cet été, il") or a
heading glued to the sentence is passed over: the subject follows.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from veille.extract.entity_rules import fold_apostrophes, rule_set
from veille.extract.first_names import common_first_name, is_first_name
from veille.extract.french_dates import scan_dates
from veille.extract.place_antecedents import described_person
from veille.extract.role_complements import role_before_complement
from veille.extract.word_classes import OF

MAX_MENTION_TOKENS = 16
_STOP_WORDS = frozenset(
    {"qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "à", "au", "aux", "dans", "sur", "lors", "devant",
     "auprès", "pour", "après", "avant", "en", "vers", "chez", "contre", "avec", "sans", "depuis", "pendant",
     "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "ce", "cette", "mais",
     "car", "lorsqu'", "lorsque", "quand", "si", "alors", "puis", "avait", "a", "ont", "est"}
)
_SKIP_BEFORE = frozenset({"encore", "également", "aussi", "alors", "ainsi", "ensuite", "lundi", "mardi", "mercredi",
                          "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin", "après-midi",
                          "aujourd'hui", "pour", "sa", "son", "part", "par", "ailleurs", "notamment", "enfin", "toutefois", "cependant"})
#: Words telling when, which may stand between a verb and its inverted subject, with a date.
_TIME_WORDS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin",
                         "après-midi", "aujourd'hui"})
SOURCE_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
#: "on dit que", "l'on estime que": an indefinite subject names no source.
INDEFINITE_PRONOUNS = frozenset({"on", "l'on", "l’on"})
#: "selon ce dernier": the person named last, written like a pronoun.
LAST_NAMED = frozenset({"ce dernier", "cette dernière"})
#: Words opening a circumstance put before the subject and closed by a comma ("Plus tôt dans la journée, X",
#: "A Grenoble, X"; "a" is "à" with its accent dropped on a capital). The parser may leave them untagged.
FRONTED = frozenset({"à", "a", "au", "aux", "dans", "en", "selon", "d'après", "d’après", "après", "avant", "plus",
                     "lors", "depuis", "sur", "par", "dès", "malgré", "outre", "face", "hier", "invité", "invitée"})
_CIRCUMSTANCE = frozenset({"dans", "à", "au", "aux", "sur", "devant", "auprès", "lors", "en", "sur", "chez", "avec", "face"})
_NAME_LINKS = frozenset({"en", "de", "du", "des"})
_OPENING_MARKS = frozenset({"«", "“", '"'})
_CLOSING_MARKS = frozenset({"»", "”", '"'})
_NAME_COMPLEMENT = frozenset({"de", "du", "des", "d'", "d’", "le", "la", "les"})
#: A heading in capitals run into the next sentence when its line break was lost ("LES VERTS VOTERONT DUPONTMardi"):
#: three capitals, then a capital opening a lower-case word; the heading ends after the three.
HEADING_GLUED = re.compile(r"[A-ZÀ-Ý]{3}(?=[A-ZÀ-Ý][a-zà-ÿ]{2})")
_PUNCT_STOP = frozenset({",", ".", ";", ":", "(", ")", "!", "?", "«", "»", "“", "”", '"', "—", "–", "[", "]"})


def _is_name_start(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "", "NOUN", "X", "VERB", "ADJ")


def _role_participle(token: Token) -> bool:
    """ "son adjoint chargé des mobilités": a participle right after a noun still describes the source."""
    previous = token.doc[token.i - 1]
    return token.morph.get("VerbForm") == ["Part"] and previous.pos_ == "NOUN" and token.lower_ not in _STOP_WORDS


def _person_starts(token: Token) -> bool:
    """ "a raconté à l'AFP Ole Petter Hobberstad": a person's name after the circumstance is the subject; a known first
    name before another capitalised word starts one too ("a dit sur franceinfo Nathalie Martin"), as the entity
    recogniser often runs the outlet and the name into one; so does a first name alone that an age or an indefinite
    description follows ("à l'AFP Manuela, 30 ans")."""
    if token.ent_type_ == "PER" and token.ent_iob_ == "B":
        return True
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text == "," and token.i + 2 < len(doc) and token.text[:1].isupper() and (
            doc[token.i + 2].is_digit or doc[token.i + 2].lower_ in ("un", "une")) and is_first_name(token.text):
        return True  # "dit à l'AFP Manuela, 30 ans", "a réagi auprès de l'AFP Ali, un commerçant": a first name
    return following is not None and following.text[:1].isupper() and common_first_name(token.text)


def _inside_name(doc: Doc, i: int, limit: int) -> bool:
    """ "La République en Marche", "Aix-en-Provence": a short preposition between two capitalised words is in the name."""
    return (
        doc[i].lower_ in _NAME_LINKS and 0 < i and i + 1 < limit
        and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha
    )


def _aside_before_name(doc: Doc, i: int, limit: int) -> int | None:
    """Where a short bracketed aside opened at ``i`` ends, when a comma and a name follow it ("… (FIM), Bruno X,"):
    the acronym or place in brackets is part of the role phrase the name is apposed to; None otherwise."""
    close = next((k for k in range(i + 1, min(limit, i + 6)) if doc[k].text in ("(", ")")), None)
    if close is None or doc[close].text != ")" or close + 2 >= limit or doc[close + 1].text != ",":
        return None
    return close + 1 if _is_name_start(doc[close + 2]) else None


def scan_right(doc: Doc, start: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``start`` and ending before a stop word, a verb or punctuation."""
    end = start
    while end < limit and end - start < MAX_MENTION_TOKENS:
        token = doc[end]
        low = token.lower_
        if token.text in _OPENING_MARKS and end > start and doc[end - 1].lower_ in _NAME_COMPLEMENT:
            close = next((i for i in range(end + 1, min(limit, end + 8)) if doc[i].text in _CLOSING_MARKS), None)
            if close is not None:  # "le patron des « Terrasses du port »": a quoted name completes the phrase
                end = close + 1
                continue
        if token.text == "(" and end > start and (after := _aside_before_name(doc, end, limit)) is not None:
            end = after  # "Le président de la Fédération … (FIM), Bruno X, a dénoncé": the name after the acronym
            continue
        if token.text in _PUNCT_STOP:
            nxt = end + 1
            if token.text == "," and nxt < limit and _is_name_start(doc[nxt]) and end > start:
                while nxt < limit and (doc[nxt].text[:1].isupper() or doc[nxt].lower_ in ("de", "du", "von", "van")):
                    nxt += 1
                end = nxt
            break
        if _inside_name(doc, end, limit):
            end += 1
            continue
        # "l'Est Républicain": a capitalised word inside a name is no stop word ("est"), whatever its lower case says
        named = token.text[:1].isupper() and token.ent_iob_ in ("B", "I")
        if end > start and not named and (
                low in _STOP_WORDS or (token.pos_ in ("VERB", "AUX") and not token.text[:1].isupper())):
            if not _role_participle(token):
                break
        if end > start and token.pos_ == "ADV" and token.is_lower and doc[end - 1].ent_type_ == "PER":
            break  # "a tweeté le ministre Paul X peu après": an adverb after the name starts a circumstance
        end += 1
    return (start, end) if end > start else None


def lone_connector(mention: str) -> bool:
    """ "Avant" (de poursuivre : « … »), "Mais": a mention that is one connector or preposition names no one; the
    quotation goes on with the speaker in focus. The words are those both rule lists hold: no name, no source."""
    word = fold_apostrophes(mention.strip())
    return " " not in word and word in rule_set("not_entities.txt") & rule_set("function_words.txt")


def past_time(doc: Doc, i: int, limit: int, skip: frozenset[str] = _TIME_WORDS) -> int:
    """Where the words after a cue stop telling when: "a déploré dimanche matin 18 février sur BFMTV X" puts the
    date (and adverbs, and the ``skip`` words) between the verb and its inverted subject; a date names no source."""
    while i < limit:
        if doc[i].lower_ in skip or (doc[i].pos_ == "ADV" and doc[i].lower_ not in _CIRCUMSTANCE):
            i += 1  # "auprès", tagged an adverb, opens a circumstance ("a déclaré auprès de l'AFP X")
            continue
        start = doc[i].idx
        dates = scan_dates("".join(t.text_with_ws for t in doc[i: min(limit, i + 6)]))  # not doc.text: rebuilt per read
        if not dates or dates[0].start != 0:
            return i
        while i < limit and doc[i].idx < start + dates[0].end:
            i += 1
    return i


def mention_after(verb: Token, group_end: int, sentence: Span) -> tuple[int, int] | None:
    """An inverted subject: first the parser's nominal dependent on the right, else the first noun phrase."""
    doc = sentence.doc
    timed = past_time(doc, group_end, sentence.end)
    for child in verb.rights:
        if group_end <= child.i < timed:
            continue  # "a confié lundi à l'AFP X": the parser may take the date for the subject
        if child.dep_ in ("nsubj", "obj", "nsubj:pass") and child.pos_ in ("NOUN", "PROPN", "PRON") and child.i >= group_end:
            left = min(max(child.left_edge.i, timed), child.i)  # the date is no part of the subject
            while left > group_end and doc[left].ent_iob_ == "I" and not (doc[left - 1].is_upper and len(doc[left - 1]) > 1):
                left -= 1  # "souligne Public Sénat" parsed with "Public" aside: a name is not cut; "AFP" glued is no part
            if left >= group_end and doc[left].pos_ != "ADP" and not _governed(doc[left - 1]) and not (
                    doc[left - 1].text == "," and any(_person_starts(t) for t in doc[group_end: left - 1])):
                # "sur franceinfo Nathalie X, la présidente de …": a phrase after a name and a comma is its apposition
                return scan_right(doc, left, sentence.end)  # "renchérit auprès de l'AFP M. X": not "auprès de l'AFP"
    i = past_time(doc, timed, sentence.end, _SKIP_BEFORE)  # "a de son côté estimé", "a pour sa part jugé"
    if i < sentence.end and (doc[i].lower_ in _CIRCUMSTANCE or _governed(doc[i])):
        i += 1  # skip the circumstance "dans le quotidien Bild" up to the next determiner or person's name
        first = i  # "a confié à Jean X son voisin": a name right after the preposition is the circumstance's own
        while i < sentence.end and not _determiner(doc[i]) and doc[i].text not in _PUNCT_STOP and not (
                i > first and _person_starts(doc[i])):  # "explique au Parisien Christophe X, toxicologue"
            i += 1
        if first < i < sentence.end and _determiner(doc[i]) and all(t.text[:1].isupper() for t in doc[first:i]):
            return scan_right(doc, i, sentence.end)  # "a expliqué à France Bleu une salariée": the outlet has no article
        i += not (i < sentence.end and _person_starts(doc[i]))
        noun = i
        while i < sentence.end and doc[i].pos_ != "DET" and doc[i].text not in _PUNCT_STOP and not _person_starts(doc[i]) and (
                not _after_acronym(doc, i)):
            if doc[i].morph.get("VerbForm") == ["Inf"]:
                return None  # "a confié à sa mère avoir aperçu son agresseur": the verb's own content, no inverted subject
            i += 1
        if i + 1 < sentence.end and doc[i].text == "," and _opens_noun_phrase(doc[i + 1]) and not any(
                t.text[:1].isupper() for t in doc[noun + 1: i]):
            i += 1  # "s'est défendu après l'audience, X": the comma closes the circumstance (not "devant le Sénat X,")
    if i >= sentence.end or doc[i].text in _PUNCT_STOP:
        return None
    span = scan_right(doc, i, sentence.end)
    if span is not None and all(t.pos_ == "DET" for t in doc[span[0]: span[1]]):
        return None  # "a mis en garde contre une « partition »": a determiner alone, before a quotation, names no one
    return span


def _determiner(token: Token) -> bool:
    """The tagger also reads "une" before "des …" as a pronoun ("une des salariées")."""
    return token.pos_ == "DET" or token.lower_ in ("un", "une")


def _after_acronym(doc: Doc, i: int) -> bool:
    """ "a dit à l'AFP Filinto Lima": a capitalised word after an outlet's acronym starts the subject, though the entity
    recogniser runs the two into one organisation and the first name is too rare to be known."""
    word, before = doc[i], doc[i - 1]
    return word.text[:1].isupper() and not word.is_upper and before.is_upper and len(before.text) > 1 and before.is_alpha


def _governed(token: Token) -> bool:
    """ "explique à France 2 X", "a dit derrière les grilles X", "a expliqué peu avant la messe X": a preposition opens
    a circumstance, and the inverted subject follows it; "de" is left out, as it also opens an indefinite subject
    ("d'autres", "des habitants")."""
    return token.pos_ == "ADP" and token.lower_ not in OF


def subject_of(verb: Token) -> Token | None:
    """The parser's subject of a verb, climbing from a participle ("…, assurant que") to the verb it depends on."""
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubj:pass") and child.i < verb.i:
                return child
        if current.dep_ in ("advcl", "xcomp", "conj", "acl") and current.head is not current:
            current = current.head
        else:
            break
    return None


def mention_before(verb: Token, group_start: int, sentence: Span) -> tuple[int, int] | None:
    """A preposed subject: the parser's subject phrase, else the words right before the verb group."""
    doc = sentence.doc
    subject = subject_of(verb)
    if subject is None and group_start < verb.i:  # "a pour sa part dénoncé": the parser may hang the subject on the auxiliary
        subject = subject_of(doc[group_start])
    if subject is not None and subject.lower_ in ("qui", "lequel", "laquelle"):
        return antecedent(subject, sentence)
    after_fronted = _past_fronted_phrase(subject, group_start) if subject is not None and subject.i < group_start else None
    if after_fronted is not None:  # the subject is the noun phrase after the comma, if one starts there
        if not _opens_noun_phrase(doc[after_fronted]):
            return None
        return scan_right(doc, after_fronted, group_start) or _words_before(doc, group_start, sentence)
    if subject is not None and subject.i < group_start:
        left = subject.left_edge.i
        span = scan_right(doc, left, group_start)
        if span is not None and doc[left].lower_ in FRONTED and doc[span[1]].text == "," and span[1] + 1 < group_start:
            span = scan_right(doc, span[1] + 1, group_start) or span  # "A Grenoble, l'écologiste X (EELV), a annoncé"
        if span is not None and not _heading_before(doc, span[1], group_start):
            return span
    return _words_before(doc, group_start, sentence)


def _words_before(doc: Doc, group_start: int, sentence: Span) -> tuple[int, int] | None:
    """The words right before the verb group, back to a punctuation mark, a conjunction or another verb."""
    end = _before_aside(doc, group_start, sentence.start)
    start = end
    while start - 1 >= sentence.start and end - start < MAX_MENTION_TOKENS:
        token = doc[start - 1]
        if token.text in _PUNCT_STOP or token.lower_ in ("que", "qu'", "qu’") or token.pos_ == "SCONJ" or (
                token.pos_ == "VERB" and not _role_participle(token)):
            break  # "Un rapport publié vendredi relève": a participle after a noun is still the subject phrase
        start -= 1
    if end > start and any(t.pos_ in ("NOUN", "PROPN", "PRON") or t.text[:1].isupper() for t in doc[start:end]):
        return start, end
    return None


def _past_fronted_phrase(subject: Token, group_start: int) -> int | None:
    """ "Dans leur livre (2016), les journalistes X l'accusent", "Ému aux larmes, X a salué": what the parser took for
    the subject may be a phrase put before it and closed by a comma; where the subject starts then (after that
    comma), else None. A subject is never headed by a preposition, and a French common noun needs a determiner to be
    one, so a bare capitalised word that no entity covers opens an adjunct (a detached participle or adjective)."""
    doc = subject.doc
    first = doc[subject.left_edge.i]
    commas = [t.i for t in doc[first.i + 1: subject.i] if t.text == ","]
    if first.pos_ == "ADP" and first.is_alpha and commas:
        return commas[-1] + 1  # the parser hung the fronted phrase on the subject
    comma = next((t.i for t in doc[subject.i + 1: group_start] if t.text == ","), None)
    if comma is None:
        return None
    if comma - first.i <= 3 and doc[comma - 1].lower_ in rule_set("time_nouns.txt"):
        return comma + 1  # "Cet été, il avait dit": a time phrase, not who spoke
    if any(child.dep_ == "case" and child.pos_ == "ADP" and child.is_alpha and child.i < subject.i
           for child in subject.children):
        return comma + 1
    bare = (first.i == subject.i and first.text[:1].isupper() and first.pos_ in ("NOUN", "ADJ", "VERB")
            and not first.ent_type_ and not doc[first.i + 1].text[:1].isupper())
    return comma + 1 if bare else None


def _opens_noun_phrase(token: Token) -> bool:
    """ "l'", "Paul", "elle": a word a subject can start with; not a relative pronoun, a verb or a bare common noun."""
    if token.pos_ == "PRON":
        return token.lower_ not in _STOP_WORDS
    return token.pos_ in ("DET", "PROPN", "NUM") or token.text[:1].isupper()


def _heading_before(doc: Doc, end: int, group_start: int) -> bool:
    """ "UNE "RELATION" AVEC DUPONTLors d'un entretien, la maire a expliqué": a phrase that ends before a heading glued
    to the sentence belongs to the heading; the verb's subject is after the glue."""
    return any(HEADING_GLUED.search(t.text) for t in doc[end: group_start])


def _before_aside(doc: Doc, end: int, floor: int) -> int:
    """ "X (Modem) a salué": a parenthesised aside between the subject and its verb (a party, an age) is passed over,
    so the subject is read before it."""
    if end - 1 > floor and doc[end - 1].text == ")":
        opening = next((k for k in range(end - 2, max(floor, end - 10) - 1, -1) if doc[k].text == "("), None)
        if opening is not None and opening > floor:
            return opening
    return end


def antecedent(relative: Token, sentence: Span) -> tuple[int, int] | None:
    """What "qui" stands for: the entity or noun phrase right before it ("X, qui a déclaré que")."""
    doc = sentence.doc
    i = relative.i - 1
    while i >= sentence.start and doc[i].text == ",":
        i -= 1
    if i > sentence.start and doc[i].text == ")":  # "Marie X (LREM), qui a souligné": the aside is not the antecedent
        opening = next((k for k in range(i - 1, max(sentence.start, i - 8) - 1, -1) if doc[k].text == "("), None)
        if opening is not None and opening > sentence.start:
            i = opening - 1
    if i < sentence.start:
        return None
    if doc[i].ent_type_:
        start = i
        while start - 1 >= sentence.start and doc[start].ent_iob_ == "I":
            start -= 1
    else:
        start = _phrase_start(doc, i, sentence)
    if (person := described_person(doc, start, sentence.start)) is not None:
        return person  # "X, députée de l'Yonne, qui": X, not the place her description ends with
    if (role := role_before_complement(doc, start, sentence.start)) is not None:
        start = _phrase_start(doc, role, sentence)  # "la porte-parole de l'UVR, qui": her, not the body she serves
    return start, i + 1


def _phrase_start(doc: Doc, i: int, sentence: Span) -> int:
    """Where the noun phrase ending on (or headed by) token ``i`` starts: its determiner, or a punctuation mark."""
    start = i
    while start - 1 >= sentence.start and doc[start - 1].text not in _PUNCT_STOP and doc[start].pos_ != "DET":
        start -= 1
    return start


def mention_of_source(doc: Doc, start: int, limit: int) -> tuple[int, int] | None:
    """The source after "selon"/"d'après": everything up to the next comma or the sentence end."""
    if start < limit and doc[start].lower_ in SOURCE_PRONOUNS:
        return start, start + 1  # "selon elle toujours pas transmises": the pronoun is the whole source
    if start + 1 < limit and f"{doc[start].lower_} {doc[start + 1].lower_}" in LAST_NAMED:
        return start, start + 2
    end = start
    while end < limit and end - start < MAX_MENTION_TOKENS and doc[end].text not in _PUNCT_STOP:
        end += 1
    return (start, end) if end > start else None


def main_subject(sentence: Span) -> tuple[int, int] | None:
    """ "Les Etats-Unis … exercent une pression, accusant le pays de …": a gerund after a comma has the
    subject of the sentence's main verb, however the parser attached the gerund."""
    subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < sentence.root.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return scan_right(sentence.doc, subject.left_edge.i, sentence.root.i)
