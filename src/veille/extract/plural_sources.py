"""Who "ils", "elles" or "selon eux" stands for: a group, never one person.

A plural pronoun agrees in number (and "elles" in gender) with its antecedent, so it takes up the
latest plural source: a group quoted before ("les syndicats", "Paul X et Marie Y"), a plural noun
phrase that is the subject of a sentence since ("Les deux infirmières ont témoigné. Elles espèrent…",
read from the tagger's morphology; in an incise, the subject of the sentence it cuts), a plural group
opening a sentence the parser did not read ("Les organisateurs ne savent pas … Ils espèrent …"), or two people
named with "et" at the head of a clause. One person named before is no antecedent: when no group fits,
the pronoun stays unresolved rather than going to the last man or woman quoted.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from veille.extract.entity_rules import rule_set
from veille.extract.organisation_subjects import opens_clause
from veille.extract.word_classes import DEFINITE, OF

#: Words opening a phrase that counts several: "les enquêteurs", "plusieurs victimes", "d'autres élus".
_SEVERAL = frozenset({"près", "environ", "les", "des", "ces", "leurs", "ses", "nos", "vos", "plusieurs", "certains",
                      "certaines", "d'autres", "d’autres", "quelques", "nombre", "nombreux", "nombreuses", "tous",
                      "toutes", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"})
#: How many sentences before the pronoun's own a plural subject may stand.
_SENTENCES_BACK = 2
#: Words of a role before a name in "le préfet X et le maire Y".
_ROLE_WORDS = 4
_OPENING, _CLOSING = ("«", "“"), ("»", "”")
_STOP_POS = frozenset({"VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"})
#: Articles of a group opening a sentence: "Les organisateurs", "Des riverains", "Plusieurs élus".
_GROUP_ARTICLES = frozenset({"les", "des", "ces", "leurs", "plusieurs", "certains", "certaines"})
#: Endings of a feminine plural noun once its "s" is dropped: "infirmières", "militantes", "chercheuses".
_FEMININE_ENDINGS = ("euse", "rice", "esse", "ienne", "ière", "ante", "ente", "ée", "ine")


def several(source: str, named: bool) -> bool:
    """A source that is plural: a list of names ("Paul X et Marie Y"), or an unnamed group as written
    ("les gendarmes", "1.500 artistes"); a single name is one person or one organisation."""
    words = source.lower().split()
    if " et " in f" {source.lower()} ":
        return True
    return not named and bool(words) and (words[0] in _SEVERAL or words[0][:1].isdigit())


def plural_subject(doc: Doc, at: int, feminine: bool, quoted: list[tuple[int, int]]) -> tuple[int, str] | None:
    """The latest plural subject before ``at``, in its sentence or the two before (quoted ones not counted), outside
    quotations, that the pronoun's gender fits ("elles" wants a feminine group, "ils" any other); with its position."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    sentence = span[0].sent
    first, back = sentence.start, 0
    while first > 0 and back < _SENTENCES_BACK:  # a quotation of several sentences counts as none
        first = doc[first - 1].sent.start
        back += not any(s <= doc[first].idx < e for s, e in quoted)
    found: list[tuple[int, str]] = []
    for token in doc[first: span.start]:
        if _subject(token) and not _in_quotation(token, quoted, span[0]) and _group(token, feminine):
            found.append((doc[min(_first_conjunct(token), _start(token))].idx, _phrase(token)))
    found += [(t.idx, group) for t in doc[first: span.start]
              if not t.pos_ and not any(s <= t.idx < e for s, e in quoted) and (group := _opening_group(t, feminine))]
    if not feminine:  # names alone tell no gender a feminine "elles" could check
        found += [pair for pair in _named_pairs(doc, first, span.start) if not any(s <= pair[0] < e for s, e in quoted)]
    return max(found, default=None)


def _opening_group(token: Token, feminine: bool) -> str | None:
    """ "Les organisateurs ne savent pas …", "Avant cela, 71 députés veulent …": a plural article or a number
    and a lower-case plural noun opening a sentence the parser did not read (it has no tags), after at most a
    short fronted adverbial; not a document, a figure ("les chiffres") or a time ("Deux mois après, …"). With no
    tags, only a feminine ending ("les infirmières") tells the gender "elles" wants."""
    doc = token.doc
    counted = token.like_num and token.lower_ not in ("un", "une")  # "71 députés", "Six sénateurs"
    if not (token.lower_ in _GROUP_ARTICLES or counted) or token.i + 1 >= len(doc) or not opens_clause(token):
        return None
    noun = doc[token.i + 1]
    if not noun.is_alpha or not noun.is_lower or not noun.lower_.endswith(("s", "x")) or noun.lower_ in rule_set(
            "document_nouns.txt") | rule_set("figure_nouns.txt") | rule_set("time_nouns.txt"):
        return None
    if noun.lower_[:-1].endswith(_FEMININE_ENDINGS) != feminine:
        return None
    end = noun.i + 1
    if end + 1 < len(doc) and doc[end].lower_ == "et" and doc[end + 1].is_lower and doc[end + 1].is_alpha:
        end += 2  # "Les tantes et cousines de X"
    return doc[token.i: _complement_end(doc, end)].text


def _complement_end(doc: Doc, end: int) -> int:
    """Where a group's complement with "de" ends: one word or a name ("71 députés de la majorité", "les proches
    de Paul Martin"); ``end`` when none follows."""
    if end + 1 >= len(doc) or doc[end].lower_ not in OF:
        return end
    i = end + 1 + (doc[end + 1].lower_ in DEFINITE)
    if i >= len(doc) or not doc[i].is_alpha:
        return end
    if not doc[i].text[:1].isupper():
        return i + 1
    while i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper():
        i += 1
    return i + 1


def _named_pairs(doc: Doc, start: int, end: int) -> list[tuple[int, str]]:
    """ "Le préfet Olivier X et le maire Luc Y ont signé …": two people named by "et" at the head of a clause,
    in sentences the parser did not read (it reads only those that may report speech)."""
    people = [e for e in doc.ents if e.label_ == "PER" and start <= e.start and e.end <= end]
    pairs = []
    for one, other in zip(people, people[1:]):
        between, before = doc[one.end: other.start], doc[one.sent.start: one.start]
        if one.sent != other.sent or not between or between[0].lower_ != "et" or one[0].dep_ not in ("", "dep"):
            continue
        lead = doc[max((t.i + 1 for t in before if t.is_punct), default=one.sent.start): one.start]  # after a comma
        if _role_at_most(between[1:]) and _role_at_most(lead):
            pairs.append((one.start_char, f"{one.text} et {other.text}"))
    return pairs


def _in_quotation(token: Token, quoted: list[tuple[int, int]], pronoun: Token) -> bool:
    """Someone's own words, whose "ils" and groups are theirs: between quotation marks in the sentence
    ("« Les patrons nous ignorent », disent-ils"), or reported in an earlier sentence. A reported clause of the
    pronoun's own sentence is the journalist's wording, and its subject is whom an incise takes up ("Plusieurs
    victimes ont tenu à venir dans l'espoir, disent-elles, de …")."""
    before = token.doc.text[token.sent.start_char: token.idx]
    opened = sum(before.count(m) for m in _OPENING) > sum(before.count(m) for m in _CLOSING) or before.count('"') % 2
    return bool(opened) or token.sent != pronoun.sent and any(s <= token.idx < e for s, e in quoted)


def _subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubj:pass") and token.pos_ in ("NOUN", "PROPN")


def _group(token: Token, feminine: bool) -> bool:
    """Several people: a plural noun ("les infirmières"), or names joined by "et" ("Paul X et Marie Y");
    not a document or a figure ("les chiffres montrent")."""
    conjoined = bool(_conjuncts(token)) or _first_conjunct(token) < token.left_edge.i
    plural = "Plur" in token.morph.get("Number") or conjoined
    if not plural or token.lower_ in rule_set("document_nouns.txt") | rule_set("figure_nouns.txt"):
        return False
    genders = token.morph.get("Gender")
    return "Fem" in genders and not conjoined if feminine else "Fem" not in genders or conjoined


def _conjuncts(head: Token) -> list[Token]:
    """The nouns joined to a subject by "et": "la Mildeca (…) et l'Inpes (…)"."""
    return [c for c in head.children
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and any(g.lower_ == "et" for g in c.children)]


def _first_conjunct(head: Token) -> int:
    """Where a subject starts: "Bob et Linda ont proposé", where the tagger made only "Linda" the subject,
    starts at "Bob"."""
    doc, i = head.doc, head.left_edge.i
    if i < 2 or doc[i - 1].lower_ != "et" or doc[i - 2].pos_ != "PROPN":
        return i
    i -= 2
    while i > 0 and doc[i - 1].pos_ == "PROPN":
        i -= 1
    return i


def _start(noun: Token) -> int:
    """The noun phrase's first word, after any circumstance or "et" the tagger hung on it ("Dans un communiqué,
    la Fédération")."""
    start = noun.left_edge.i
    commas = [t.i for t in noun.doc[start: noun.i] if t.is_punct or t.pos_ == "CCONJ"]  # "… et l'Union": "l'Union"
    return commas[-1] + 1 if commas else start


def _phrase(head: Token) -> str:
    """The group as written, each noun with its determiner and its complements with "de", without asides,
    relative clauses or other prepositions ("ont indiqué les gendarmes à l'AFP"): "Plusieurs victimes du
    violeur de Sénart", "la Mildeca et l'Inpes", "Bob et Linda"."""
    doc = head.doc
    first = _first_conjunct(head)
    parts = [doc[first: head.left_edge.i - 1].text] if first < head.left_edge.i else []
    for noun in [head, *_conjuncts(head)]:
        end = noun.i + 1
        while end < len(doc) and doc[end].head.i >= noun.i and _in_phrase(doc[end]):
            end += 1
        parts.append(doc[_start(noun): end].text)
    return " et ".join(parts)


def _role_at_most(words: Span) -> bool:
    """Nothing but an article and a role before a name ("le maire", "la ministre"): not a verb ("Il a reçu")."""
    return not len(words) or len(words) <= _ROLE_WORDS and words[0].lower_ in DEFINITE | {"un", "une"} and all(
        w.is_lower or w.i == w.sent.start for w in words)


def _in_phrase(token: Token) -> bool:
    """A word of the noun phrase: not its verb, a relative clause, a comma or a preposition other than "de"; but a
    participle used as an adjective is ("les infirmières licenciées")."""
    if token.dep_ in ("acl", "amod") and "Part" in token.morph.get("VerbForm"):
        return True
    return token.pos_ not in _STOP_POS and not (token.pos_ == "ADP" and token.lower_ not in OF)


def group_referent(doc: Doc, recent: list, at: int, feminine: bool,
                   quoted: list[tuple[int, int]]) -> tuple[str | None, bool]:
    """The latest group before ``at``: a plural source quoted before (``recent`` holds (position, speaker,
    gender, named)) or a plural subject written since; none when the text offers no group."""
    groups = [r for r in recent if r[0] <= at and several(r[1], r[3])]
    subject = plural_subject(doc, at, feminine, quoted)
    if subject is not None and (not groups or subject[0] > groups[-1][0]):
        return subject[1], False
    return (groups[-1][1], groups[-1][3]) if groups else (None, False)
