"""What the words around a cue verb say about it: an incise with a noun subject, an apposition, an infinitive.

quotes.py decides what a cue attributes; these predicates only read the verb's written form,
its morphology and its neighbours, so they hold in sentences the parser did not see too.
French news writes an incise with a noun subject after the quotation ("« … », se réjouit
Marie Dupont"), a participle after a comma as an apposition of the sentence's own subject
("…, évoquant un budget"), and reported content as an infinitive ("a affirmé avoir été menacée", also after a
circumstance: "a assuré au Parisien ne rien regretter"). Where a content ends is clause_bounds' question.
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from veille.extract.cue_gaps import past_date
from veille.extract.cues import ADVERBS, aside_length
from veille.extract.entity_rules import news_outlet, role_words
from veille.extract.quote_marks import QuotedSpan
from veille.extract.word_classes import THIRD_PERSON, TO

#: Third-person verb endings ("lance", "sourit", "s'enquiert", "prédit", "résuma") of an incise with a noun subject.
_VERB_ENDINGS = ("e", "t", "a")
#: A past participle after its auxiliary ("s'est félicité", "a souri", "a conclu") is a verb form too.
_PARTICIPLE_ENDINGS = ("é", "i", "u", "is", "it")
_PAST_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "est", "sont", "était", "étaient"})
#: Words after a closing mark that end like a verb but never are one.
_NOT_INCISE = frozenset({"entre", "contre", "comme", "selon", "cette", "notre", "votre", "quelque", "parce", "puisque", "lorsque",
                         "alors", "dont", "avant", "après", "pendant", "depuis", "jusque", "outre", "voire", "surtout"})
_SUBJECT_OPENERS = frozenset(
    {"le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "leur", "ce", "cet", "cette", "m.", "mme"}
)
#: Prepositions opening a circumstance between an incise's verb and its subject ("auprès de l'AFP", "sur France Inter"),
#: and how many tokens the circumstance and the subject's first name may take.
_CIRCUMSTANCE_OPENERS = frozenset({"auprès", "à", "au", "aux", "sur", "dans", "devant"})
_CIRCUMSTANCE_TOKENS = 6
_HONORIFICS = frozenset({"m.", "mme", "me", "dr", "pr"})
#: Words between a cue and its infinitive: markers, negation and clitics ("a proposé de le réconcilier avec …").
_BEFORE_INFINITIVE = frozenset(
    {"à", "de", "d'", "d’", "ne", "n'", "n’", "pas", "plus", "jamais", "rien", "s'", "s’", "se", "y", "en",
     "le", "la", "les", "l'", "l’", "lui", "leur"}
)
_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "son", "sa", "ses", "leur", "leurs"})
_INFINITIVE_MARKERS = frozenset({"à", "de", "d'", "d’"})
#: Words opening a dative object before a "de" infinitive ("a reproché aux maires de …"), and how far it may run.
_DATIVE_REACH = 16
#: Tags a direct object before a "de" infinitive may start with ("a sommé le ministre de …", "somme Facebook de …").
_OBJECT_TAGS = frozenset({"DET", "PROPN", "NOUN"})
#: Marks that may open a quotation between "de" and its infinitive ("de « choisir »").
_OPENING_MARKS = frozenset({"«", "“", '"'})
#: Feminine participles end in -ée, -ie, -ue, -se ("confiée", "prise"), and in -te only as -ite, -inte, -erte ("dite",
#: "plainte", "offerte"); other words in -e are not participles ("raconte", "ajoute", "rapporte" are present tenses).
_PARTICIPLE_E_ENDINGS = ("ée", "ie", "ue", "ite", "inte", "erte", "se")
#: Prepositions opening a circumstance between a cue and its infinitive ("a avoué dans une interview être …"), and
#: how many words the circumstance may take.
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"dans", "lors", "sur", "devant", "auprès", "à", "au", "aux", "pendant", "en"})
_CIRCUMSTANCE_REACH = 9
#: Adverbs that may sit between a cue and its infinitive ("dit aussi vouloir", "a affirmé encore avoir"), and days
#: ("a promis lundi de …", "a demandé vendredi aux préfets de …"): a date sits between a cue and its content too.
_ADVERBS_BEFORE_INFINITIVE = frozenset({"aussi", "également", "encore", "même", "toujours", "pourtant", "alors", "ainsi", "déjà", "bien",
                                        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"})
#: Prepositions between a cue and a quoted object, left out of the content ("a parlé de « … »", "a ironisé sur « … »").
_OBJECT_PREPOSITIONS = frozenset({"de", "d'", "d’", "sur", "à", "du", "des"})
#: How many words after a cue its quoted object may open ("a parlé à ce sujet de « … »").
_OBJECT_REACH = 6
#: Time words the tagger may not call adverbs, skipped before a quoted object ("a jugé encore dimanche « … »").
_TIME_WORDS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "encore"})
#: Forms of "être" that make a participle passive, and the reflexive pronouns that make it pronominal instead.
_BE = frozenset({"est", "sont", "était", "étaient", "été", "sera", "seront", "fut", "serait", "seraient", "être", "soit",
                 "soient"})
_REFLEXIVE = frozenset({"s'", "s’", "se", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
#: How many words a noun-phrase object may run before a quotation inside it ("a salué la mémoire d'un homme « … »").
_NP_REACH = 12
_RELATIVE_PRONOUNS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où"})
#: "ne" and the words that complete it into a negation; a "ne" without one before "que" restricts ("ne … que").
_NE = frozenset({"ne", "n'", "n’"})
_NEGATION_WORDS = frozenset({"pas", "plus", "jamais", "rien", "guère", "point", "personne", "aucun", "aucune", "nullement"})
#: Words a quoted object may start with before its opening mark ("a dénoncé un « complot »").
_OBJECT_OPENERS = _DETERMINERS | frozenset({"des", "du", "une", "d'un", "d'une", "très", "si", "trop", "plus"})
#: Words a noun-phrase object holding a quotation may open with: articles and possessives, demonstratives and
#: quantifiers too ("regrette ce « délire »", "a démenti tout « contact »", "a émis certains « doutes »").
_NP_OPENERS = _DETERMINERS | frozenset({"du", "ce", "cet", "cette", "ces", "tout", "toute", "tous", "toutes", "aucun",
                                        "aucune", "certains", "certaines", "plusieurs"})


def bare_participle(group: Span) -> bool:
    """ "X, accusé de viols" / "…, évoquant un budget": a participle without auxiliary is an apposition or an
    adverbial of the sentence's own subject, never a postposed cue with an inverted subject."""
    if len(group) != 1:
        return False
    low = group[0].lower_
    if low.endswith("e") and not low.endswith(_PARTICIPLE_E_ENDINGS):
        return False  # "résume", "déclare": a present tense the tagger took for "résumé"
    return group[0].morph.get("VerbForm") == ["Part"] or low.endswith("ant")


def passive(group: Span, content: int, sentence: Span) -> bool:
    """ "est accusé de fraude", "a été annoncé", "la prime annoncée jeudi par le gouvernement": a reporting verb in the
    passive reports what someone else said about its subject. Reporting verbs are never conjugated with "être"
    but as pronominal verbs ("s'est dit"), so "être" without a reflexive pronoun is the passive; so is a participle
    whose agent ("par …") follows."""
    doc = sentence.doc
    words = {t.lower_ for t in group}
    if group.start > sentence.start and doc[group.start - 1].lower_ in _BE:
        words.add(doc[group.start - 1].lower_)  # "sera annoncé", "devrait être annoncé": no auxiliary of the group
    if words & _BE and not words & _REFLEXIVE:
        return True
    i = content
    while i < sentence.end and (doc[i].pos_ == "ADV" or doc[i].lower_ in _TIME_WORDS):
        i += 1
    return i < sentence.end and doc[i].lower_ == "par" and doc[group.end - 1].morph.get("VerbForm") == ["Part"]


def noun_complement(verb: Token, group_start: int, sentence: Span) -> bool:
    """ "des défis à relever", "le seuil requis pour", "la baisse forfaitaire annoncée en juillet": an infinitive after
    "à", or a participle alone, that completes the noun (or its adjective) before it says what the thing is, it reports
    nobody's words; nor does one after "être à" ("aucun blessé n'est à déplorer": what is to be done)."""
    doc = sentence.doc
    after_noun = group_start - 1 >= sentence.start and doc[group_start - 1].pos_ in ("NOUN", "ADJ")
    if after_noun and bare_participle(doc[group_start: verb.i + 1]):
        return not verb.lower_.endswith("ant")  # "une proposition de loi demandant …" reports what the text asks
    return (verb.morph.get("VerbForm") == ["Inf"] and group_start - 2 >= sentence.start
            and doc[group_start - 1].lower_ == "à" and (
                doc[group_start - 2].pos_ == "NOUN" or doc[group_start - 2].lower_ in _BE))  # "aucun blessé n'est à déplorer"


def names_subject(verb: Token, group_end: int, sentence: Span) -> bool:
    """ "« … », se réjouit Marie Dupont": a verb form right after the quotation, then its subject's determiner or name,
    or a circumstance and then a person's name ("s'est félicité auprès de l'AFP Bruno X")."""
    low = verb.lower_
    if low in _NOT_INCISE or len(low) < 4 and low != "dit" or low.endswith("ant") or verb.pos_ not in ("VERB", ""):
        return False  # too short for a verb (but "dit", the commonest incise), or a gerund ("concernant la …")
    doc = sentence.doc
    participle = verb.i > sentence.start and doc[verb.i - 1].lower_ in _PAST_AUXILIARIES and low.endswith(_PARTICIPLE_ENDINGS)
    if not low.endswith(_VERB_ENDINGS) and not participle:  # "s'est félicité", "a souri": a past tense
        return False
    if group_end >= sentence.end:
        return False
    subject = doc[group_end]
    if subject.lower_ in _CIRCUMSTANCE_OPENERS:
        return _person_follows(doc, group_end, sentence.end)
    opens = subject.lower_ in _SUBJECT_OPENERS or (subject.text[:1].isupper() and subject.is_alpha)
    return opens and (not participle or _person_follows(doc, group_end, sentence.end))


def _person_follows(doc: Doc, start: int, limit: int) -> bool:
    """ "s'est félicité auprès de l'AFP Bruno X", "a tonné le député Jean Y", "a souri M. Z": a past tense or a
    circumstance after the quotation is an incise only when a person comes next, within a few words and no
    punctuation; "« … », a reçu le soutien de …" is the sentence's own verb and its object."""
    for token in doc[start: min(limit, start + _CIRCUMSTANCE_TOKENS)]:
        if token.is_punct:
            return False
        if (token.ent_type_ == "PER" and token.ent_iob_ == "B") or token.lower_ in _HONORIFICS or (
                token.lower_ in role_words() and token.i > start and doc[token.i - 1].lower_ in _SUBJECT_OPENERS):
            return True
    return False


def infinitive_after(group_end: int, sentence: Span, object_first: bool = False) -> int | None:
    """ "a affirmé avoir été menacée", "a appelé à ne pas céder": where an infinitive right after the cue starts;
    after a dative object, the "de" infinitive that follows it ("a reproché aux maires de la région d'avoir …"), and
    after a direct object when ``object_first`` (the verb's frame: "a sommé le ministre de s'expliquer")."""
    doc = sentence.doc
    i = group_end + aside_length(doc, group_end, sentence.end)  # "assure de son côté avoir transmis …"
    start = i
    while i < sentence.end and i - start < 4 and doc[i].lower_ in _ADVERBS_BEFORE_INFINITIVE:
        i += 1
    undated, i = i, past_date(doc, i, sentence.end)  # "s'est engagé en janvier à", "a révélé fin 2019 être"
    adverbs = i
    # "rappelle de bien remettre le masque": an adverb may follow the "de" too, and a quotation may open right before
    # the infinitive ("en affirmant ne plus « vouloir être gouvernés »"; not "qui reconnaît « surfer … »": its object)
    while i < sentence.end and i - start < 5 and (doc[i].lower_ in _BEFORE_INFINITIVE or (i > adverbs and (
            doc[i].lower_ in _ADVERBS_BEFORE_INFINITIVE or _quoted_infinitive(doc, i, sentence.end)))):
        i += 1
    if i < sentence.end and doc[i].morph.get("VerbForm") == ["Inf"] and not _from_date(doc, i, sentence.end):
        first = adverbs + (doc[adverbs].lower_ in _INFINITIVE_MARKERS)
        return doc[first].idx
    # "disait en mai de cette année faire …": a date may also open a longer circumstance
    return infinitive_after_dative(group_end, sentence, object_first) or infinitive_after_circumstance(undated, sentence)


def _quoted_infinitive(doc: Doc, i: int, end: int) -> bool:
    """Does an opening mark at ``i`` stand right before an infinitive ("ne plus « vouloir »", "de « faire »")?"""
    return doc[i].text in _OPENING_MARKS and i + 1 < end and doc[i + 1].morph.get("VerbForm") == ["Inf"]


def _from_date(doc: Doc, i: int, end: int) -> bool:
    """ "proposée à partir de 2010", "annoncé à partir du 1er mai": "à partir de" opens a date, not an infinitive."""
    return doc[i].lower_ == "partir" and doc[i - 1].lower_ == "à" and i + 1 < end and doc[i + 1].lower_ in (
        "de", "d'", "d’", "du", "des")


def infinitive_after_circumstance(start: int, sentence: Span) -> int | None:
    """ "a avoué dans une interview être en désaccord", "a assuré au Parisien ne rien regretter": a bare infinitive
    after a circumstance (a preposition and its noun phrase, no verb, no punctuation) is the cue's content still;
    one after "de" or "à" completes the circumstance's noun instead ("dans sa volonté de partir")."""
    doc = sentence.doc
    if start >= sentence.end or doc[start].lower_ not in _CIRCUMSTANCE_PREPOSITIONS:
        return None
    for i in range(start + 1, min(start + _CIRCUMSTANCE_REACH, sentence.end)):
        token = doc[i]
        if token.is_punct or token.pos_ in ("SCONJ", "CCONJ") or token.lower_ in _RELATIVE_PRONOUNS or (
                token.pos_ in ("VERB", "AUX") and token.morph.get("VerbForm") != ["Inf"]):
            return None
        if token.lower_ in _BEFORE_INFINITIVE or token.morph.get("VerbForm") != ["Inf"]:
            continue
        first = i
        while first > start + 1 and doc[first - 1].lower_ in _BEFORE_INFINITIVE:
            first -= 1
        bare = doc[first].lower_ not in _INFINITIVE_MARKERS and doc[first - 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
        return doc[first].idx if bare else None
    return None


def infinitive_after_dative(group_end: int, sentence: Span, direct: bool = False) -> int | None:
    """ "a reproché aux gouverneurs de certains Etats d'avoir adopté …": the verb's dative object ("à" + noun phrase),
    or with ``direct`` its direct object ("a sommé le ministre de …"), comes between it and its "de" infinitive; the
    content starts after the "de" the infinitive follows, and the object may not hold a verb, a conjunction or
    punctuation but the commas of an apposition (then the "de" is another clause's). After an apposition ("a demandé
    à Paul X, le président du club, de « clarifier » …") the "de" follows its closing comma: "a confié au Parisien,
    avant de partir" has no infinitive object."""
    doc = sentence.doc
    start = group_end
    while start < sentence.end and start - group_end < 4 and doc[start].lower_ in _ADVERBS_BEFORE_INFINITIVE:
        start += 1
    if start >= sentence.end or (doc[start].lower_ not in TO and not (direct and doc[start].pos_ in _OBJECT_TAGS)):
        return None
    apposition = False
    for i in range(start + 1, min(start + _DATIVE_REACH, sentence.end - 1)):
        token = doc[i]
        if token.text == ",":
            apposition = True
            continue
        if token.is_punct or token.pos_ in ("VERB", "AUX", "SCONJ") or token.lower_ in _RELATIVE_PRONOUNS:
            return None  # "a confié au journaliste qu'avant de …": the "de" is inside the "que" clause
        if token.lower_ in ("de", "d'", "d’") and (not apposition or doc[i - 1].text == ","):
            j = i + 1
            while j < sentence.end and j - i < 4 and (doc[j].lower_ in _BEFORE_INFINITIVE or doc[j].text in _OPENING_MARKS):
                j += 1
            if j < sentence.end and doc[j].morph.get("VerbForm") == ["Inf"]:
                return doc[i + 1].idx
    return None


def earlier_inverted_pronoun(sentence: Span, before: int) -> str | None:
    """ "« … », a-t-elle détaillé, évoquant un budget": a gerund's subject is the incise's pronoun."""
    for token in reversed(sentence.doc[sentence.start: before]):
        pronoun = token.text.split("-")[-1]
        if token.text.startswith("-") and pronoun in THIRD_PERSON:
            return pronoun
    return None


def past_incise(group_end: int, sentence: Span) -> int:
    """Where a cue's content may start: after a circumstance between commas ("a estimé, dans un communiqué, que")."""
    doc = sentence.doc
    if group_end >= sentence.end or doc[group_end].text != ",":
        return group_end
    close = next((t.i for t in doc[group_end + 1: min(group_end + 20, sentence.end)] if t.text in (",", ".", ";", ":")), None)
    return close + 1 if close is not None and doc[close].text == "," else group_end


def own_que(que: Token | None, group_end: int, locutions: frozenset[str]) -> Token | None:
    """The "que" a cue governs, or None when a relative or another finite verb comes first
    ("a répondu à X, qui a affirmé que …": the clause belongs to the other verb; so does it after a comma and a verb of
    any form, "…, a indiqué la préfecture, ajoutant que …"), or when the word before
    makes it a conjunction of its own ("a affirmé sa volonté de relancer la production dès que possible") or a relative
    ("a dénoncé ce qu'il appelle …"); right after the verb, an adverb there is the verb's own ("suggère ainsi que",
    "a dit bien que")."""
    if que is None:
        return None
    doc = que.doc
    if que.i > group_end and doc[que.i - 1].lower_ in locutions and any(
            t.pos_ != "ADV" and t.lower_ not in ADVERBS for t in doc[group_end: que.i]):
        return None
    between = que.doc[group_end: que.i]
    return None if any(t.lower_ in ("qui", "dont") or t.morph.get("VerbForm") == ["Fin"] or (
        t.pos_ in ("VERB", "AUX") and doc[t.i - 1].text == ",") for t in between) else que


def restrictive_que(que: Token | None, group_start: int, group_end: int, sentence: Span) -> bool:
    """ "Elle ne propose que des plats à emporter", "il n'a dit que des banalités": after a "ne" with no negation word
    of its own, "que" means "only" and opens no clause."""
    if que is None or group_start == sentence.start:
        return False
    doc = sentence.doc
    return doc[group_start - 1].lower_ in _NE and not any(t.lower_ in _NEGATION_WORDS for t in doc[group_end: que.i])


def finite_clause(span: Span) -> bool:
    """Reported content before a postposed cue ("Le projet avance, a assuré X") is a clause: without a finite verb,
    what precedes the comma is the verb's own subject and its appositions ("Son amie X, proche de Y, a salué …")."""
    return any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] and t.text[-1:].isalpha()
               for t in span)  # "etc." ends a list; the tagger may call it a verb


def subject_with_relative(span: Span) -> bool:
    """ "La gérante, qui a perdu des clients, redoute …": before a verb's comma, a subject and a relative set off by
    commas, and no clause after it; the relative's verb makes no content of a postposed cue ("Le chantier, qui a
    pris du retard, sera livré en mai, a assuré X" has one)."""
    doc = span.doc
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None or comma + 1 >= span.end or doc[comma + 1].lower_ not in ("qui", "dont"):
        return False
    if finite_clause(doc[span.start: comma]):
        return False
    close = next((t.i for t in doc[comma + 2: span.end] if t.text == ","), None)
    return close is None or not finite_clause(doc[close + 1: span.end])


def inverted_source(span: tuple[int, int] | None, sentence: Span, source_nouns: frozenset[str]) -> bool:
    """ "…, est celui de X, a annoncé samedi le parquet de Strasbourg.": a source after the verb ends the sentence,
    so the verb is a postposed cue, whatever subject the parser gave it before the comma."""
    if span is None:
        return False
    doc = sentence.doc
    end = span[1]
    if end < sentence.end and doc[end].text not in (".", "!", ",", ";"):
        return False
    head = next((t for t in doc[span[0]: end] if t.is_alpha and t.pos_ != "DET" and t.lower_ not in _DETERMINERS), None)
    # "… a relevé le Parisien.": a newspaper the tagger names no entity is a source too
    return head is not None and (head.lower_ in source_nouns or head.ent_type_ in ("PER", "ORG") or news_outlet(
        doc[span[0]: end].text))


def quoted_object(start: int, sentence: Span, marks: Sequence[QuotedSpan]) -> int | None:
    """ "a jugé encore dimanche « très difficile » de …", "a parlé à ce sujet de « manoeuvre »", "se dit « plein
    d'énergie »": a quotation that opens a cue's object makes a mixed quote even of a verb that takes no "que";
    where the content starts (after a preposition), or None when no quotation opens within the first words."""
    doc = sentence.doc
    opens = {mark.open for mark in marks}
    end = next((t.i for t in doc[start: min(start + _OBJECT_REACH, sentence.end)] if t.idx in opens), None)
    if end is None or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[start: end]):
        return None
    content = start
    while content < end and (doc[content].pos_ == "ADV" or doc[content].lower_ in _TIME_WORDS) and (
            doc[content].lower_ not in _NP_OPENERS):  # "tout « contact »": the tagger's adverb is a determiner
        content += 1
    preposition = max((t.i for t in doc[content: end] if t.lower_ in _OBJECT_PREPOSITIONS), default=None)
    if preposition is not None and all(t.lower_ in _OBJECT_OPENERS for t in doc[preposition + 1: end]) and (
            preposition == content or doc[content].pos_ == "ADP"):  # not "a qualifié le projet de « … »": its object
        content = preposition + 1
    return content if all(t.lower_ in _OBJECT_OPENERS for t in doc[content: end]) else None


def quoted_in_object(start: int, sentence: Span, marks: Sequence[QuotedSpan]) -> int | None:
    """ "a raillé un « effet d'annonce »", "ont défendu un régime « justifié »", "regrette ce « délire »", "ont dénoncé
    un texte qui revient à « … »": a quotation inside a cue's noun-phrase object makes that object a mixed quote,
    whatever the verb usually governs; where the object starts, or None when it opens with no determiner or holds no
    quotation."""
    doc = sentence.doc
    if start >= sentence.end or doc[start].lower_ not in _NP_OPENERS:
        return None
    return start if quotation_within(start, sentence, marks) else None


def quotation_within(start: int, sentence: Span, marks: Sequence[QuotedSpan]) -> bool:
    """Does a quotation open in the phrase that starts at token ``start``, before the phrase ends: at a comma or at
    another finite verb than a relative's ("un texte qui revient à « … »")?"""
    doc = sentence.doc
    opens = {mark.open for mark in marks}
    relative = False
    for token in doc[start: min(start + _NP_REACH, sentence.end)]:
        if token.idx in opens:
            return True
        if token.is_punct or (token.morph.get("VerbForm") == ["Fin"] and not relative):
            return False
        relative = relative or token.lower_ in _RELATIVE_PRONOUNS
    return False


def listed_objects(start: int, sentence: Span) -> bool:
    """ "a évoqué des vols, le saccage d'un local ou encore des menaces": after the comma, noun phrases and past
    participles only, to the sentence end, continue the object as a list."""
    doc = sentence.doc
    rest = [t for t in doc[start: sentence.end] if not t.is_punct]
    return bool(rest) and rest[0].pos_ == "DET" and all(
        t.pos_ not in ("VERB", "AUX", "SCONJ", "PRON") or t.morph.get("VerbForm") == ["Part"] and not t.lower_.endswith("ant")
        for t in rest)  # "…, la direction refusant tout dialogue": a clause of its own


def stated_attitude(lemma: str, group: Span, content: int, sentence: Span) -> bool:
    """ "s'est dit favorable à …", "se disent prêts à …", "s'est dite inquiète de …": a source stating its own attitude,
    told by the adjective after pronominal "dire", is its opinion, reported as the adjective phrase.
    Only "dire" does this: "se montrer"/"se sentir" describe, and "se dit que" is a "que" clause of its own."""
    doc = sentence.doc
    if lemma != "dire" or content >= sentence.end or not any(t.lower_ in ("s'", "s’", "se") for t in group):
        return False
    word = next((t for t in doc[content: sentence.end] if t.pos_ != "ADV"), doc[content])  # "s'est dite très satisfaite"
    # the tagger takes some adjectives for nouns ("très satisfaite"), but keeps them the verb's complement
    return word.pos_ == "ADJ" or word.dep_ == "xcomp" or (word.pos_ == "VERB" and word.morph.get("VerbForm") == ["Part"])
