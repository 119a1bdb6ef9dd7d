"""Reporting cues: the rule files, a cheap test for sentences that may report speech, and cue verbs in a Doc.

The cheap test runs on plain text before the parser, so it errs on the side of saying yes:
a sentence it misses loses its indirect quotes, one it wrongly keeps only costs parse time.
Most of what it looks for is one word (a verb form, "selon"), looked up in a set; a regex
is left only for what spans words ("fait état", "d'après"): one regex over the thousands of
forms cost five times more (1.1 against 0.2 ms per OrangeSum article, same answers).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from veille.extract.cue_gaps import interposed_circumstance
from veille.extract.word_classes import THIRD_PERSON

#: Auxiliaries, clitics and inverted subject pronouns that belong to a cue's verb group.
AUXILIARIES = frozenset(
    {"a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aurait", "auraient", "aura", "avoir", "ayant",
     "est", "sont", "était", "étaient", "été", "s'", "s’", "se", "l'", "l’", "lui", "leur", "en", "y"}
)
INVERTED = frozenset({"-t", "t", "-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles"})
ADVERBS = frozenset(
    {"également", "aussi", "encore", "alors", "ainsi", "notamment", "toujours", "déjà", "pourtant", "enfin",
     "simplement", "cependant", "immédiatement", "directement", "ensuite", "néanmoins", "plutôt", "même",
     "par", "ailleurs", "pour", "sa", "son", "part", "en", "effet", "aujourd'hui", "hier", "lundi", "mardi",
     "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "bien", "tout", "vivement", "fermement", "exemple"}
)

#: Asides written inside a verb group ("a de son côté assuré", "a quant à lui estimé", "a de nouveau déclaré",
#: "a en revanche annoncé", whose noun the tagger takes for the verb's complement; "a d'ailleurs glissé", "a une nouvelle
#: fois dénoncé", "a elle aussi estimé").
_ASIDES = (("de", "son", "côté"), ("de", "leur", "côté"), ("quant", "à", "lui"), ("quant", "à", "elle"), ("quant", "à", "eux"),
           ("de", "nouveau"), ("en", "revanche"), ("d'", "ailleurs"), ("d’", "ailleurs"), ("une", "nouvelle", "fois"),
           ("elle", "aussi"), ("elles", "aussi"), ("eux", "aussi"))


def aside_length(doc: Doc, start: int, end: int) -> int:
    """How many tokens an aside written right after a verb takes ("assure de son côté avoir transmis"), 0 when none."""
    words = tuple(t.lower_ for t in doc[start: min(end, start + 3)])
    return next((len(a) for a in _ASIDES if words[:len(a)] == a), 0)


#: Written endings of the reporting verbs (present, imperfect, past participle, infinitive, future,
#: conditional, gerund): the candidate test matches stem + ending, so "not" finds "noté", not "notamment".
_ENDING_LIST = (
    "", "e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "er", "ait", "aient", "ant", "a", "era", "erait",
    "eraient", "i", "ie", "it", "is", "ît", "issait", "issant", "u", "ue", "ut", "ce", "ces", "cent", "cé", "cée",
    "cer", "çait", "çant", "ça", "cera", "ge", "ges", "gent", "gé", "gée", "ger", "geait", "geant", "gea", "gera",
)
_ENDINGS = "(?:" + "|".join(sorted(_ENDING_LIST, key=len, reverse=True)) + ")"
#: A word as the candidate test sees it: a cue matches whole runs of word characters, never part of one.
_WORD = re.compile(r"\w+")
#: Source prepositions that only introduce a source at the start of a sentence ("Pour X, « … »"):
#: too frequent elsewhere to make a sentence worth parsing.
_SENTENCE_INITIAL = frozenset({"pour"})


@dataclass(frozen=True, slots=True)
class QuoteRules:
    """Everything find_quotes and resolve_speakers read from ``extract/rules/``."""

    verbs: frozenset[str]
    object_verbs: frozenset[str]
    incise_verbs: frozenset[str]
    wish_verbs: frozenset[str]
    forms: frozenset[str]
    lemmas: dict[str, str]
    source_prepositions: frozenset[str]
    unnamed_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    generic_organisation_nouns: frozenset[str]
    document_nouns: frozenset[str]
    titles: frozenset[str]
    title_nouns: frozenset[str]
    #: The candidate test (``may_report_speech``): one-word cues, lower-cased, and a regex for the cues that span words.
    candidate_words: frozenset[str]
    candidate: re.Pattern[str]
    #: Words a speaker mention cannot end with ("le numéro de"): the phrase lost its noun.
    cut_words: frozenset[str] = frozenset()
    #: Nouns after "selon" that name no source: "depending on" ("selon les semaines"), "in keeping with" ("selon la tradition").
    not_source_nouns: frozenset[str] = frozenset()
    #: Forms of "apprendre" whose source comes after "auprès de" or "de source" ("a-t-on appris auprès du parquet").
    learned_forms: frozenset[str] = frozenset()
    #: Verbs that report speech only with these words after them ("voit dans", "a mis en cause").
    next_words: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: Verbs that report speech only after one of these words ("a fait savoir que").
    after_words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Verbs that report nothing right after one of these words ("veut dire", "il faut dire que").
    not_after_words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Verbs whose object reports speech only when it holds one of these words ("a appelé X à"; "a appelé la police"
    #: is a phone call).
    object_words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Object verbs whose ``object_words`` must open the object ("a exprimé son « dégoût »"): further on, a quotation
    #: is mostly a title or a slogan beside a plain act ("a exprimé son avis avec la chanson « X »").
    head_word_verbs: frozenset[str] = frozenset()
    #: Verbs that report nothing in their pronominal form ("s'annonçait calme", "s'est assuré que": make sure).
    not_reflexive: frozenset[str] = frozenset()
    #: Verbs that report only in their pronominal form ("s'est félicité de", not "a félicité les pompiers").
    only_reflexive: frozenset[str] = frozenset()
    #: Verbs whose content is a "de" infinitive after their direct object ("somme le ministre de s'expliquer").
    object_infinitive_verbs: frozenset[str] = frozenset()
    #: Verbs that report only a "de" infinitive or a "que" clause ("a proposé aux élus de voter"), as their other
    #: objects and their quotations are mostly offers ("propose des réductions", "proposera « Titre »").
    de_only_verbs: frozenset[str] = frozenset()
    #: Connectors that may come before a source phrase and still leave it at the sentence's start ("Mais pour lui, …").
    sentence_connectors: frozenset[str] = frozenset()
    #: Words that make the "que" after them a conjunction of their own ("dès que possible", "alors que").
    que_locutions: frozenset[str] = frozenset()
    #: Source phrases of several words, split as the tokenizer splits them ("à en croire", "de l'aveu même").
    source_phrases: tuple[tuple[str, ...], ...] = ()
    #: Locutions that carry a noun-phrase object on after its comma ("…, de même que …", "…, à savoir …").
    object_continuations: tuple[tuple[str, ...], ...] = ()
    #: spaCy's hashes of the written forms (``lemmas``) and of ``verbs``: the quote reader compares them with a
    #: Doc's arrays, so it builds a Token only for the few words that may be cues.
    form_hashes: frozenset[int] = field(init=False, repr=False, compare=False)
    verb_hashes: frozenset[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "form_hashes", frozenset(hash_string(f) for f in self.lemmas))
        object.__setattr__(self, "verb_hashes", frozenset(hash_string(v) for v in self.verbs))


#: A word of a source phrase as the tokenizer cuts it: an elided "l'" stands alone.
_PHRASE_WORD = re.compile(r"[^\s'’]+['’]?")


def _lines(name: str) -> list[str]:
    text = resources.files("veille.extract").joinpath("rules", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _stem(lemma: str) -> str:
    """The part of a lemma every written form shares ("annoncer" -> "annon", for "annonçait")."""
    word = lemma.split("'")[-1].split("’")[-1]
    for ending in ("cer", "ger", "oir", "er", "ir", "re"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _stem_variants(stem: str) -> set[str]:
    """The stem as written before a silent ending: "suggèr-e", "relèv-e", "rappell-e", "rejett-e"."""
    variants = {stem}
    last_vowel = max(stem.rfind("e"), stem.rfind("é"))
    if 0 < last_vowel == len(stem) - 2:
        variants.add(stem[:last_vowel] + "è" + stem[last_vowel + 1:])
        if stem[-1] in "lt" and stem[last_vowel] == "e":
            variants.add(stem + stem[-1])
    return variants


def _bound_patterns(
    next_words: dict[str, tuple[tuple[str, ...], ...]], after_words: dict[str, frozenset[str]],
    stem_of: dict[str, set[str]], irregular: dict[str, str],
) -> list[str]:
    """Candidate patterns for verbs that report only with their particle ("mis … en cause", "fait savoir")."""
    patterns = []
    for lemma, choices in next_words.items():
        written = [re.escape(s) + _ENDINGS for s in stem_of.get(lemma, ())]
        written += [re.escape(f) for f, of in irregular.items() if of == lemma]
        particles = "|".join(r"\s+".join(map(re.escape, words)) for words in choices)
        patterns.append(rf"(?:{'|'.join(written)})(?:-\w+)*(?:\s+\w+)?\s+(?:{particles})")
    for lemma, before in after_words.items():
        patterns.append(rf"(?:{'|'.join(map(re.escape, sorted(before)))})\s+{re.escape(lemma)}")
    return patterns


def load_rules() -> QuoteRules:
    verbs, object_verbs, incise_verbs, wish_verbs = set(), set(), set(), set()
    next_words: dict[str, tuple[str, ...]] = {}
    after_words: dict[str, frozenset[str]] = {}
    not_after_words: dict[str, frozenset[str]] = {}
    object_words: dict[str, frozenset[str]] = {}
    not_reflexive, only_reflexive, object_infinitive, listed, de_only, head = set(), set(), set(), set(), set(), set()
    flagged = {"obj": object_verbs, "incise": incise_verbs, "wish": wish_verbs, "not_reflexive": not_reflexive,
               "reflexive": only_reflexive, "obj_de": object_infinitive, "listed": listed, "de_only": de_only,
               "head": head}
    for line in _lines("reporting_verbs.txt"):
        lemma, *tags = line.split()
        lemma = lemma.split("'")[-1]
        verbs.add(lemma)
        for tag in tags:
            if tag.startswith("next="):
                next_words[lemma] = tuple(tuple(words.split("_")) for words in tag[5:].split("|"))
            elif tag.startswith("after="):
                after_words[lemma] = frozenset(tag[6:].split("|"))
            elif tag.startswith("not_after="):
                not_after_words[lemma] = frozenset(tag[10:].split("|"))
            elif tag.startswith("with="):
                object_words[lemma] = frozenset(tag[5:].split("|"))
        for flag in flagged.keys() & tags:
            flagged[flag].add(lemma)
    irregular = dict(line.split()[:2] for line in _lines("cue_forms.txt"))
    forms = frozenset(irregular)
    prepositions = frozenset(_lines("source_prepositions.txt"))
    stem_of = {lemma: _stem_variants(stem) for lemma in verbs
               if len(stem := _stem(lemma)) >= 3 and lemma not in after_words and lemma not in listed}
    bound = set(next_words) | set(after_words)  # searched with their particle: "mis" alone is too common
    stems = sorted({s for lemma, variants in stem_of.items() if lemma not in bound for s in variants}, key=len, reverse=True)
    lemmas = {stem + ending: lemma for lemma, variants in stem_of.items() for stem in variants for ending in _ENDING_LIST}
    lemmas.update(irregular)
    # "Evoquant …", "Ecrivant …": a capital often drops its accent at the start of a sentence
    lemmas.update({"e" + form[1:]: lemma for form, lemma in list(lemmas.items()) if form.startswith("é")})
    free = [f for f in forms if irregular[f] not in bound]
    free += [p for p in prepositions if p not in _SENTENCE_INITIAL]
    words = {stem + ending for stem in stems for ending in _ENDING_LIST}
    words.update(f for f in free if _WORD.fullmatch(f))
    words.update({"e" + word[1:] for word in words if word.startswith("é")})
    alternatives = [re.escape(f) for f in sorted(free, key=len, reverse=True) if not _WORD.fullmatch(f)]
    alternatives += _bound_patterns(next_words, after_words, stem_of, irregular)
    candidate = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
    return QuoteRules(
        verbs=frozenset(verbs),
        object_verbs=frozenset(object_verbs),
        incise_verbs=frozenset(incise_verbs),
        wish_verbs=frozenset(wish_verbs),
        forms=forms,
        lemmas=lemmas,
        source_prepositions=prepositions,
        unnamed_nouns=frozenset(_lines("unnamed_sources.txt")),
        institution_nouns=frozenset(line.split()[0] for line in _lines("institution_nouns.txt")),
        generic_organisation_nouns=frozenset(
            line.split()[0] for line in _lines("institution_nouns.txt") if line.endswith(" any")
        ),
        document_nouns=frozenset(_lines("document_nouns.txt")),
        titles=frozenset(_lines("titles.txt")),
        title_nouns=frozenset(_lines("title_nouns.txt")),
        candidate_words=frozenset(w.lower() for w in words),
        candidate=candidate,
        cut_words=frozenset(_lines("cut_words.txt")),
        not_source_nouns=frozenset(_lines("not_source_nouns.txt")),
        learned_forms=frozenset(_lines("learned_cues.txt")),
        next_words=next_words,
        after_words=after_words,
        not_after_words=not_after_words,
        object_words=object_words,
        not_reflexive=frozenset(not_reflexive),
        only_reflexive=frozenset(only_reflexive),
        object_infinitive_verbs=frozenset(object_infinitive),
        de_only_verbs=frozenset(de_only),
        head_word_verbs=frozenset(head),
        que_locutions=frozenset(_lines("que_locutions.txt")),
        source_phrases=tuple(tuple(_PHRASE_WORD.findall(p)) for p in prepositions if " " in p),
        object_continuations=tuple(tuple(line.split()) for line in _lines("object_continuations.txt")),
        sentence_connectors=frozenset(_lines("sentence_connectors.txt")),
    )


def may_report_speech(text: str, rules: QuoteRules) -> bool:
    """Cheap, generous: does this sentence hold a reporting verb form or "selon"/"d'après"?

    A word of ``candidate_words`` must be a whole run of word characters, as the regex asks
    of the cues that span words (no word character right before or after them).
    """
    return not rules.candidate_words.isdisjoint(_WORD.findall(text.lower())) or rules.candidate.search(text) is not None


def cue_lemma(token: Token, rules: QuoteRules) -> str | None:
    """The reporting verb a token is a form of, or None.

    Looked up in a table of written forms built from the rule files, so the stage needs no
    lemmatizer (spaCy's French one costs as much as the parser); a lemma already set on the
    token (hand-built Docs, other pipelines) is honoured too.
    """
    if token.lower_ in AUXILIARIES or token.pos_ not in ("VERB", "AUX", "ADJ", ""):
        if token.lower_ not in rules.forms and (token.lower_ in AUXILIARIES or not (
                _next_to_inverted(token) or _participle_before_que(token) or _present_before_source(token))):
            return None
    lemma = token.lemma_.lower()
    if lemma in rules.verbs:
        return lemma
    return rules.lemmas.get(token.lower_)


def _participle_before_que(token: Token) -> bool:
    """ "…, avertissant que …": a present participle that opens a "que" clause after a comma is a verb, though the
    tagger takes the rarer ones for nouns; a noun ending in "-ant" ("le plaignant") never stands between them."""
    doc = token.doc
    return (token.lower_.endswith("ant") and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == ","
            and doc[token.i + 1].lower_ in ("que", "qu'", "qu’"))


#: What opens an inverted subject after a postposed cue ("…, note le quotidien", "…, note son avocat").
_SUBJECT_OPENERS = frozenset({"le", "la", "l'", "l’", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce",
                              "cet", "cette", "m.", "mme"})


def _present_before_source(token: Token) -> bool:
    """ "…, note le quotidien.", "…, note Jeanne X, une ex-diplomate.": between a comma and a determiner or a
    person's name, a present tense the tagger took for a noun ("note") is a postposed cue; a noun there would need
    its own determiner ("…, une note du ministère")."""
    doc = token.doc
    if token.pos_ != "NOUN" or not token.lower_.endswith("e") or not 0 < token.i < len(doc) - 1:
        return False
    following = doc[token.i + 1]
    return doc[token.i - 1].text == "," and (following.lower_ in _SUBJECT_OPENERS or following.ent_type_ == "PER")


def _next_to_inverted(token: Token) -> bool:
    """ "avance-t-il", "a-t-il résumé": a word written against an inverted pronoun is a verb, whatever the tagger says."""
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].lower_ in INVERTED and doc[i].text.startswith("-") for i in (token.i - 1, token.i + 1))


#: Auxiliaries of a compound tense, and the inverted pronoun that may follow them ("a-t-il d'abord lancé").
_TENSE_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "est", "sont", "était",
                                "étaient"}) | INVERTED


#: Adverbs that deny or limit the act ("n'a pas dit", "n'a jamais affirmé"): they stay out of the cue as before.
_NEGATIONS = frozenset({"pas", "jamais", "plus", "guère", "point", "rien", "ni"})


def _adverb_after_auxiliary(doc: Doc, i: int, floor: int) -> bool:
    """ "a d'abord lancé", "a aussitôt précisé", "a tout de suite réagi": an adverb ADVERBS does not list, or one
    written in several words, belongs to the verb group when an auxiliary opens the group right before it (at most
    three words); without that auxiliary the word may be the end of the subject."""
    j = i
    while j > floor and i - j < 3 and doc[j].lower_ not in _NEGATIONS and (
            doc[j].pos_ == "ADV" or doc[j].dep_ in ("advmod", "fixed")):
        j -= 1
    return j < i and doc[j].lower_ in _TENSE_AUXILIARIES


def verb_group(token: Token, sentence: Span) -> tuple[int, int]:
    """Token range of the cue as written: auxiliaries, clitics and adverbs before, inverted pronoun after."""
    start = token.i
    while start - 1 >= sentence.start:
        words = tuple(t.lower_ for t in sentence.doc[max(sentence.start, start - 3): start])
        aside = next((len(a) for a in _ASIDES if words[-len(a):] == a), 0)
        if aside:  # "a de son côté assuré": the aside belongs to the verb group, not to its subject
            start -= aside
            continue
        if start == token.i and (interposed := interposed_circumstance(sentence.doc, start, sentence.start)):
            start -= interposed  # "avait à l'époque indiqué": the circumstance belongs to the verb group too
            continue
        before = sentence.doc[start - 1]
        low = before.lower_
        if low in AUXILIARIES or low in INVERTED or (low in ADVERBS and start - 1 > sentence.start) or (
                _adverb_after_auxiliary(sentence.doc, start - 1, sentence.start)) or (
                start == token.i and interposed_adverb(before, sentence.start)):
            start -= 1
        else:
            break
    while start < token.i and sentence.doc[start].lower_ in ADVERBS:
        start += 1
    end = token.i + 1
    while end < sentence.end and sentence.doc[end].lower_ in INVERTED and sentence.doc[end].text.startswith(("-", "t")):
        end += 1
    return start, end


def interposed_adverb(before: Token, sentence_start: int) -> bool:
    """ "a aussitôt précisé", "a brièvement indiqué": an adverb the tagger tags so between an auxiliary and the
    participle belongs to the verb group, like the listed ``ADVERBS``, so that a postposed cue is read whole."""
    return before.pos_ == "ADV" and before.i - 1 >= sentence_start and before.lower_ not in _NEGATIONS and (
        before.doc[before.i - 1].lower_ in AUXILIARIES)


_INVERTED_SUBJECTS = THIRD_PERSON | {"on"}


def inverted_pronoun(start: int, end: int, sentence: Span) -> Token | None:
    """The subject pronoun written into the verb group ("a-t-il dit", "explique-t-elle")."""
    for token in sentence.doc[start:end]:
        if token.text.split("-")[-1] in _INVERTED_SUBJECTS and token.text.startswith("-"):
            return token
    return None
