"""Quotes in a parsed Doc: direct (between marks), indirect (a cue and its content clause) and mixed.

Marks are found on the characters (quote_marks), cues on the tokens (cues), tied by position: a cue
after a closing mark attributes that quotation ("« … », a-t-il dit"), a cue before "que" opens a
clause that runs to the end of its sentence, a cue after a comma closes one that started it
("…, a indiqué X"), "selon X" between commas leaves the whole sentence as content. A quotation
inside an indirect clause makes it mixed, unless it is all of it, or the clause a postposed cue
closes opens with it ("« A » concernant X, « B », a averti Y": A and B are direct quotes). A quotation
with no cue is kept when it reads as speech (four words or more, not a title after "la conférence").
A quotation opening a verb's object makes a mixed quote without "que" ("a parlé de « … »", "s'est dite « … »").
Some verbs report only with their particle ("voit dans", "a mis en cause", "a fait savoir", "a fait
part de"), and "Comme l'a révélé X, …" or "…, comme le rappelle X, …" gives the rest of its sentence to X.
A reporting verb in the passive ("est accusé de", "la prime annoncée par") and "selon" that names no
source ("selon laquelle", "selon les semaines") report nothing; nor do "appeler" without "à" ("a appelé la
police") and pronominal "s'annoncer", "s'assurer" (the rule files' with= and not_reflexive). A gerund or a
dependent infinitive takes the subject of the verb it completes ("en affirmant que", "pour appeler à").
Speakers are only the mention here (cleaned by mention_text); speakers.resolve_speakers makes them canonical."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from veille.article import Quote
from veille.extract.cues import ADVERBS, AUXILIARIES, QuoteRules, cue_lemma, inverted_pronoun, verb_group
from veille.extract.mention_text import SENTENCE_GLUED, cut_short, mention_text, source_side, without_dates
from veille.extract.mentions import (LAST_NAMED, SOURCE_PRONOUNS, antecedent, main_subject, mention_after, mention_before,
                                     mention_of_source, scan_right)
from veille.extract.quote_marks import QuotedSpan, find_quoted_spans, reads_as_speech
from veille.extract.verb_shapes import (bare_participle, earlier_inverted_pronoun, infinitive_after, inverted_source, names_subject,
                                        listed_objects, noun_complement, own_que, passive, past_incise, quoted_object)

#: An indirect clause quoted but for this many words is direct quotes; one word of the journalist's (« A » à « B »)
#: makes it mixed.
DIRECT_REST = 0
_WORD = re.compile(r"\w+")
_QUE = frozenset({"que", "qu'", "qu’"})
_TRAIL = " \t\n,;:.\u00a0"
_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})
_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "ses", "son", "sa", "leur", "leurs", "des", "du"})
#: Words before an infinitive that depends on another verb, whose subject it shares ("pour appeler", "de dénoncer").
_INFINITIVE_MARKERS = frozenset({"pour", "de", "d'", "d’", "sans"})
_MARK_CHARS = frozenset("«»“”\"")
_REFLEXIVE = frozenset({"s'", "s’", "se"})
#: What may stand between a closing mark and the incise after it ("», a-t-il dit").
_BEFORE_INCISE = " ,\u00a0\n"


@dataclass(slots=True)
class _Found:
    type: str
    start: int
    end: int
    cue: str | None
    mention: str | None
    interrupts: int | None = None  # "…, sous peine selon ce dernier …": where another source's words cut in
    postposed: bool = False  # content before its cue ("…, a averti X"), not after it


def _words(text: str, start: int, end: int) -> int:
    return sum(1 for _ in _WORD.finditer(text, start, end))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRAIL:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def _is_title(text: str, mark: QuotedSpan, rules: QuoteRules) -> bool:
    before = text[max(0, mark.open - 40): mark.open].split()
    return bool(before) and before[-1].lower().strip(",'’").split("'")[-1] in rules.title_nouns


class _Reader:
    """One pass over a Doc; collects attributed marks and indirect clauses."""

    def __init__(self, doc: Doc, rules: QuoteRules, text: str) -> None:
        self.doc, self.rules, self.text = doc, rules, text
        self.marks = [m for m in find_quoted_spans(self.text) if not _is_title(self.text, m, rules)]
        self.attributed: dict[int, tuple[str, str | None]] = {}
        self.source_nouns = rules.institution_nouns | rules.unnamed_nouns | rules.titles | rules.document_nouns
        self.clauses: list[_Found] = []
        self.incise_mentions: dict[int, str] = {}  # sentence start → the subject of its incise, for a gerund after it
        self.after_marks = self.tokens_after_marks()

    def tokens_after_marks(self) -> list[int]:
        """Indices of the tokens mark_ending_before accepts, in order: an incise's verb group starts at one, so
        read skips the verbs of every other sentence without working out their groups."""
        starts = self.doc.to_array(IDX).tolist() if self.marks else []
        found: set[int] = set()
        for mark in self.marks:
            last = mark.close + 1
            while last < len(self.text) and self.text[last] in _BEFORE_INCISE:
                last += 1
            found.update(range(bisect_left(starts, mark.close + 1), bisect_left(starts, last + 1)))
        return sorted(found)

    def may_be_cue(self, token: Token, sentence: Span) -> bool:
        """False when neither cue_lemma nor incise_lemma can accept the token: it is no cue form and no token from
        its sentence start up to it follows a closing mark (where an incise's group would have to start)."""
        if token.lower_ in self.rules.lemmas or token.lemma_.lower() in self.rules.verbs:
            return True
        first = bisect_left(self.after_marks, sentence.start)
        return first < len(self.after_marks) and self.after_marks[first] <= token.i

    def mention(self, span: tuple[int, int] | None, after_cue: bool = False) -> str | None:
        return mention_text(self.doc, span, self.rules.cut_words, after_cue)

    def mark_ending_before(self, char: int) -> int | None:
        for index, mark in enumerate(self.marks):
            if mark.close < char and not self.text[mark.close + 1: char].strip(_BEFORE_INCISE):
                return index
        return None

    def mark_opening_after(self, char: int, allowed: str = " ,:\u00a0") -> int | None:
        for index, mark in enumerate(self.marks):
            if mark.open >= char and not self.text[char: mark.open].strip(allowed):
                return index
        return None

    def clause_end(self, sentence: Span, start: int) -> int:
        """The sentence end, or the end of a quotation the clause opens, never into the next quotation, nor past a
        sentence end whose space was lost ("… en cas de victoire.- Rhétorique -La victoire …")."""
        end = sentence.end_char
        glued = next((m for m in SENTENCE_GLUED.finditer(self.text, start, end) if not self.inside_mark(m.start())), None)
        end = glued.start() if glued is not None else end
        for mark in self.marks:  # "rappeler que la grève continue : « … »": the colon hands over to the quotation
            colon = self.text.rfind(":", start, mark.open)
            if start < mark.open < end and colon >= 0 and not self.text[colon + 1: mark.open].strip():
                end = colon
        for mark in self.marks:
            if mark.open < end <= mark.close and mark.open >= start:
                finished = self.text[start: mark.open].rstrip().endswith((".", "!", "?"))
                end = mark.open if finished else mark.close
        return end

    def inside_mark(self, char: int) -> bool:
        return any(m.start <= char < m.end for m in self.marks)

    def is_fragment(self, mark: QuotedSpan, sentence: Span) -> bool:
        """A quotation that ends a sentence begun by the journalist's own words is part of a mixed quote; one that
        touches the mark before it ("Les trafics « bousculés »« Cette flambée … »") starts a paragraph whose break
        was lost."""
        before = self.text[sentence.start_char: mark.open]
        return (sentence.start_char < mark.open and len(before.split()) >= 3 and not before.rstrip().endswith(":")
                and before[-1:] not in _MARK_CHARS)

    def incise_lemma(self, token: Token, sentence: Span) -> str | None:
        """Any verb written with an inverted subject right after a closing mark is an incise ("», s'est-il irrité")."""
        if token.lower_ in self.rules.lemmas and self.mark_ending_before(token.idx) is not None and not token.text[:1].isupper():
            return self.rules.lemmas[token.lower_]  # "« … », peste un ministre": a cue form right after, whatever its tag
        if not token.is_alpha or token.text[:1].isupper() or token.lower_ in AUXILIARIES or token.pos_ not in ("VERB", ""):
            return None
        group_start, group_end = verb_group(token, sentence)
        if inverted_pronoun(group_start, group_end, sentence) is None and not names_subject(token, group_end, sentence):
            return None
        return token.lower_ if self.mark_ending_before(self.doc[group_start].idx) is not None else None

    def read_cue(self, token: Token, sentence: Span) -> None:
        lemma = cue_lemma(token, self.rules) or self.incise_lemma(token, sentence)
        if lemma is None:
            return
        if self.inside_mark(token.idx):
            if lemma not in self.rules.after_words:  # "l'état de santé": a locution's noun alone is no incise
                self.read_inner_incise(token, sentence)
            return
        doc = self.doc
        group_start, group_end = verb_group(token, sentence)
        if lemma in self.rules.after_words:  # "a fait savoir": the cue is the whole group
            if group_start == sentence.start or doc[group_start - 1].lower_ not in self.rules.after_words[lemma]:
                return
            token = doc[group_start - 1]  # "fait" in "a fait part de": the verb the subject hangs on
            group_start = verb_group(token, sentence)[0]
        not_after = self.rules.not_after_words.get(lemma, ())
        if group_start > sentence.start and doc[group_start - 1].lower_ in not_after:
            return  # "veut dire": means; "il faut dire que": the journalist's own aside
        if lemma in self.rules.not_reflexive and any(t.lower_ in _REFLEXIVE for t in doc[group_start:group_end]):
            return  # "la soirée s'annonçait calme", "il s'est assuré que": the pronominal verb reports nothing
        particle_end = self.particle_end(lemma, group_end, sentence)
        if particle_end is None:
            return
        cue = doc[group_start:particle_end].text  # "a mis directement en cause", "voit dans"
        if self.read_as_reported(group_start, group_end, token, sentence, cue):
            return
        pronoun = inverted_pronoun(group_start, group_end, sentence)
        start_char = doc[group_start].idx
        closed = self.mark_ending_before(start_char)
        previous = doc[group_start - 1] if group_start > sentence.start else None
        content = past_incise(particle_end, sentence)  # "a affirmé, dans un entretien, avoir été menacée"
        following = doc[content: min(content + 8, sentence.end)]
        que = own_que(next((t for t in following if t.lower_ in _QUE), None), group_end)
        own_subject = any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < group_start for c in token.children)
        gerund = token.lower_.endswith("ant") and bare_participle(doc[group_start:group_end])  # its subject is the clause's
        if previous is not None and previous.text == "," and que is None and bare_participle(doc[group_start:group_end]) and (
                not gerund or lemma not in self.rules.object_verbs):
            return  # "X, accusé de fraude": an apposition, neither a postposed cue nor a verb with an object
        if closed is None and pronoun is None and (
                passive(doc[group_start:group_end], content, sentence) or noun_complement(token, group_start, sentence)):
            # "est accusé de fraude", "la prime annoncée par le gouvernement", "des défis à relever": the subject said
            # nothing; but "Cela a été annoncé par X": X said the sentence before
            self.read_anaphoric(group_start, group_end, sentence, cue)
            return
        infinitive_group = doc[group_start].lower_ in ("avoir", "être")  # "…, avoir été menacée par X": not an incise
        after_comma = not gerund and not infinitive_group and previous is not None and previous.text == "," and que is None and (
            infinitive_after(content, sentence) is None) and (  # "X, …, a indiqué, lundi, avoir demandé": its own content
            not own_subject or inverted_source(mention_after(token, group_end, sentence), sentence, self.source_nouns)) and (
            self.mark_opening_after(doc[group_end - 1].idx + len(doc[group_end - 1].text)) is None)  # "X, a dénoncé « … »": its object
        if closed is not None or pronoun is not None or after_comma:
            after = None if pronoun is not None else mention_after(token, group_end, sentence)
            mention = pronoun.text.split("-")[-1] if pronoun is not None else self.mention(after, after_cue=True)
            if mention is None or (closed is None and after is not None and doc[after[0]].pos_ == "ADP"):
                return  # "…, ont fait part de leur colère": an object after the verb, not its inverted subject
            self.incise_mentions[sentence.start] = mention
            last = doc[(after[1] if after else group_end) - 1]
            if closed is not None and self.is_fragment(self.marks[closed], sentence):
                start, end = _trim(self.text, sentence.start_char, self.marks[closed].close)
                self.clauses.append(_Found("mixed", start, end, cue, mention))
            elif closed is not None:
                self.attributed.setdefault(closed, (cue, mention))
                reopened = self.mark_opening_after(last.idx + len(last.text))
                if reopened is not None and reopened == closed + 1:
                    self.attributed.setdefault(reopened, (cue, mention))
            elif after_comma:
                start, end = _trim(self.text, sentence.start_char, previous.idx)
                if end > start:
                    self.clauses.append(_Found("indirect", start, end, cue, mention, postposed=True))
            return
        colon = next((t for t in following if t.text == ":"), None)  # "elle précise la gravité de sa blessure : « … »"
        if colon is not None and any(t.pos_ in ("VERB", "AUX") or t.text in ".;«»\"" for t in doc[group_end: colon.i]):
            colon = None
        quoted = quoted_object(content, sentence, self.marks)  # "a ironisé sur « une opposition qui … »"
        if lemma in self.rules.incise_verbs and colon is None and quoted is None:
            return
        if self.read_anaphoric(group_start, group_end, sentence, cue):
            return
        before = mention_before(*self.governing_verb(token, group_start, previous, sentence), sentence)
        mention = None if before is None or self.inside_mark(doc[before[0]].idx) else self.mention(before)
        if gerund and previous is not None and previous.lower_ in (",", "en") and sentence.start in self.incise_mentions:
            mention = self.incise_mentions[sentence.start]  # "« … », a déclaré X, ajoutant que …": the incise's subject
        mention = mention or (earlier_inverted_pronoun(sentence, group_start) if gerund else None)
        if mention is None and gerund and previous is not None and previous.lower_ in (",", "en"):
            mention = self.mention(main_subject(sentence))  # "en affirmant que": the subject of the clause
        elif mention is None and previous is not None and previous.text == "," and not any(
                t.pos_ in ("VERB", "AUX") or t.text in _MARK_CHARS for t in doc[sentence.start: group_start]):
            mention = self.mention((sentence.start, previous.i))  # "Un autre, X, un des favoris, a lui appelé à"
        infinitive = infinitive_after(content, sentence)
        if infinitive is not None:  # what a verb of wanting governs is a wish, not speech ("souhaite rester anonyme")
            start, end = _trim(self.text, infinitive, self.clause_end(sentence, infinitive))
            if mention and lemma not in self.rules.wish_verbs and _words(self.text, start, end) >= 3:
                self.clauses.append(_Found("indirect", start, end, cue, mention))
        elif que is not None and not any(t.text in (".", ";") for t in doc[group_end: que.i]):
            start = que.idx + len(que.text)
            start, end = _trim(self.text, start, self.clause_end(sentence, start))
            if end > start and mention:
                self.clauses.append(_Found("indirect", start, end, cue, mention))
        elif colon is not None:
            opened = self.mark_opening_after(colon.idx + 1)
            if opened is not None:
                self.attributed.setdefault(opened, (cue, mention))
        elif (lemma in self.rules.object_verbs or quoted is not None) and mention and content < sentence.end and doc[
                content].lower_ != "par":
            comma = next((t for t in doc[content: sentence.end] if t.text in (",", ";") and not self.inside_mark(t.idx)), None)
            needed = self.rules.object_words.get(lemma)
            if quoted is None and needed:  # "a appelé la police" is a call; "a appelé (les salariés) à …" reports
                if not any(t.lower_ in needed for t in doc[content: comma.i if comma else sentence.end]):
                    return
                content += doc[content].lower_ == "à"  # "a appelé à la grève": the content starts after "à"
            start = doc[quoted if quoted is not None else content].idx
            end = sentence.end_char if comma is None or listed_objects(comma.i + 1, sentence) else comma.idx
            start, end = _trim(self.text, start, end)
            if _words(self.text, start, end) >= 2:
                self.clauses.append(_Found("indirect", start, end, cue, mention))

    def governing_verb(self, token: Token, group_start: int, previous: Token | None, sentence: Span) -> tuple[Token, int]:
        """The verb whose subject is the speaker: a gerund's ("a enfoncé le clou en affirmant que") or a dependent
        infinitive's ("a improvisé un discours pour appeler à", "a décidé de dénoncer") is the verb it depends on,
        which has no subject of its own; any other cue's is itself."""
        head = token.head
        for _ in range(2):  # "un discours pour appeler à": the parser may hang the infinitive on the verb's object
            if head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i:
                head = head.head
        dependent = previous is not None and (
            (previous.lower_ in ("en", ",") and token.lower_.endswith("ant"))
            or (previous.lower_ in _INFINITIVE_MARKERS and token.morph.get("VerbForm") == ["Inf"]))
        if not dependent or head.i >= group_start or head.pos_ not in ("VERB", "AUX"):
            return token, group_start
        return head, verb_group(head, sentence)[0]

    def read_inner_incise(self, verb: Token, sentence: Span) -> None:
        """ "« Les concertations continuent, a précisé Mme X. Une loi suivra »": an incise the marks enclose
        attributes the whole quotation (one quote, per the guidelines)."""
        doc = self.doc
        group_start, group_end = verb_group(verb, sentence)
        if group_start == 0 or doc[group_start - 1].text != "," or bare_participle(doc[group_start:group_end]):
            return  # "…, vu ce que je prends…": a participle alone is no incise, an incise has a finite verb
        pronoun = inverted_pronoun(group_start, group_end, sentence)
        after = None if pronoun is not None else mention_after(verb, group_end, sentence)
        mention = pronoun.text.split("-")[-1] if pronoun is not None else self.mention(after, after_cue=True)
        if mention is None:
            return
        index = next(i for i, m in enumerate(self.marks) if m.start <= verb.idx < m.end)
        self.attributed.setdefault(index, (doc[group_start:group_end].text, mention))

    def read_as_reported(self, group_start: int, group_end: int, verb: Token, sentence: Span, cue: str) -> bool:
        """ "Comme l'a révélé Le Parisien, …", "Comme relaté par X, …", "…, comme le rappelle X, « … »": the source
        comes first, the rest of the sentence is its report."""
        doc = self.doc
        comme = next((t.i for t in doc[max(sentence.start, group_start - 3): group_start] if t.lower_ == "comme"), None)
        if comme is None or (comme > sentence.start and doc[comme - 1].text != ","):
            return False
        mid_sentence = comme > sentence.start  # "…, comme l'affirme X, …" may back what comes before it, or what follows
        if group_end < sentence.end and doc[group_end].lower_ == "par":
            source = scan_right(doc, group_end + 1, sentence.end)
        else:
            source = mention_after(verb, group_end, sentence)
        mention = self.mention(source, after_cue=True)
        comma = next((t for t in doc[source[1] if source else group_end: sentence.end] if t.text == ","), None)
        if mention is None or comma is None or (mid_sentence and self.mark_opening_after(comma.idx + 1) is None):
            return False  # mid-sentence, only a quotation right after it is surely X's
        start, end = _trim(self.text, comma.idx + 1, self.clause_end(sentence, comma.idx + 1))
        if _words(self.text, start, end) >= 3:
            self.clauses.append(_Found("indirect", start, end, cue, mention))
        return True

    def particle_end(self, lemma: str, group_end: int, sentence: Span) -> int | None:
        """Where the content of "voit dans …" or "a mis (directement) en cause …" starts; None when the words are missing."""
        choices = self.rules.next_words.get(lemma)
        if not choices:
            return group_end
        doc, i = self.doc, group_end
        firsts = {words[0] for words in choices}
        while i < sentence.end and (doc[i].lower_ in ADVERBS or doc[i].pos_ == "ADV") and doc[i].lower_ not in firsts:
            i += 1
        found = next((w for w in choices if tuple(t.lower_ for t in doc[i: i + len(w)]) == w), None)
        return None if found is None else i + len(found)

    def read_anaphoric(self, group_start: int, group_end: int, sentence: Span, cue: str) -> bool:
        """ "X. Cela a été annoncé par Y": the previous sentence is what Y said."""
        doc = self.doc
        if group_start != sentence.start + 1 or doc[sentence.start].lower_ not in ("cela", "ceci"):
            return False
        agent = next((t for t in doc[group_end: sentence.end] if t.lower_ == "par"), None)
        previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
        if agent is None or previous is None:
            return False
        mention = self.mention(scan_right(doc, agent.i + 1, sentence.end), after_cue=True)
        start, end = _trim(self.text, previous.start_char, previous.end_char)
        if mention and end > start and not self.inside_mark(start):
            self.clauses.append(_Found("indirect", start, end, cue, mention))
        return True

    def read_source(self, token: Token, sentence: Span) -> None:
        """ "selon X, …" / "…, selon X." / "d'après X" """
        doc = self.doc
        if (token.lower_ == "pour" and token.i != sentence.start) or self.inside_mark(token.idx) or (
                mention_span := mention_of_source(doc, token.i + 1, sentence.end)) is None:
            return
        if not self.names_source(mention_span):
            return
        mention = source_side(without_dates(doc[mention_span[0]: mention_span[1]].text), after_cue=True)
        if not mention:
            return
        cue = doc[token.i - 1: token.i + 1].text if token.lower_ == "après" else token.text
        cue_start = doc[token.i - 1].idx if token.lower_ == "après" else token.idx
        after = doc[mention_span[1]].idx if mention_span[1] < sentence.end else sentence.end_char
        relative = mention_span[1] + 1 < sentence.end and doc[mention_span[1] + 1].lower_ in ("qui", "dont", "lequel")
        if doc[token.i + 1].lower_ == "qui":  # "…, a estimé M. X, selon qui ces femmes …": the source is before "selon"
            mention = self.mention(antecedent(token, sentence))
            after = doc[token.i + 2].idx if token.i + 2 < sentence.end else sentence.end_char
            if mention is None:
                return
            start, end = _trim(self.text, after, self.clause_end(sentence, after))
        elif mention.lower() in SOURCE_PRONOUNS | LAST_NAMED and after < sentence.end_char and self.text[after] not in ",.;:":
            start, end = _trim(self.text, after, self.clause_end(sentence, after))  # "…, selon elle toujours pas transmises"
        elif cue_start <= sentence.start_char + 12:
            if token.lower_ == "pour":  # "Pour lui, « … »": the comma or colon closes the source, else "pour" is a purpose
                opened = self.mark_opening_after(after) if self.text[after: after + 1] in (",", ":") else None
                if opened is not None:
                    self.attributed.setdefault(opened, (cue, mention))
                return
            start, end = _trim(self.text, after, self.clause_end(sentence, after))
        elif self.text[after: after + 1] == "," and _words(self.text, after, sentence.end_char) >= 3 and not relative:
            start, end = _trim(self.text, sentence.start_char, self.clause_end(sentence, sentence.start_char))  # an incise
        else:
            start, end = _trim(self.text, sentence.start_char, cue_start)
        if _words(self.text, start, end) >= 3:
            interrupts = cue_start if mention.lower() in LAST_NAMED else None
            self.clauses.append(_Found("indirect", start, end, cue, mention, interrupts))

    def names_source(self, span: tuple[int, int]) -> bool:
        """ "selon X" names a source unless X is a relative pronoun ("la croyance selon laquelle …"), a phrase cut
        short, or what something varies with or keeps to ("selon les semaines", "selon la tradition")."""
        doc, (start, end) = self.doc, span
        if doc[start].lower_ in _RELATIVES or cut_short(doc, end, self.rules.cut_words):
            return False
        head = next((t for t in doc[start:end] if t.lower_ not in _DETERMINERS), None)
        return head is None or head.lower_ not in self.rules.not_source_nouns

    def read(self) -> list[_Found]:
        for sentence in self.doc.sents:
            for token in sentence:
                low = token.lower_
                if low in ("selon", "pour") or (low == "après" and token.i > 0 and self.doc[token.i - 1].lower_ in ("d'", "d’")):
                    self.read_source(token, sentence)
                elif self.may_be_cue(token, sentence):
                    self.read_cue(token, sentence)
        return self.assemble()

    def assemble(self) -> list[_Found]:
        clauses = sorted(self.clauses, key=lambda c: (c.start, -(c.end - c.start)))
        kept: list[_Found] = []
        for clause in clauses:
            if kept and clause.interrupts is not None and kept[-1].start < clause.interrupts < kept[-1].end:
                start, end = _trim(self.text, kept[-1].start, clause.interrupts)
                kept[-1] = replace(kept[-1], end=end)  # the other source's words are not the first one's
            if kept and clause.start < kept[-1].end:
                continue
            kept.append(clause)
        found: list[_Found] = []
        used: set[int] = set()
        sentence_starts = {s.start_char for s in self.doc.sents}
        for clause in kept:
            inside = [i for i, m in enumerate(self.marks) if m.open >= clause.start - 1 and m.close <= clause.end + 1]
            if not inside:
                found.append(clause)
                continue
            quoted = sum(_words(self.text, self.marks[i].start, self.marks[i].end) for i in inside)
            opens_quoted = clause.postposed and self.marks[inside[0]].open <= clause.start
            if opens_quoted or _words(self.text, clause.start, clause.end) - quoted <= DIRECT_REST:
                for i in inside:
                    self.attributed.setdefault(i, (clause.cue, clause.mention))
                continue
            used.update(inside)
            found.append(replace(clause, type="mixed"))
        for index, mark in enumerate(self.marks):
            if index in used:
                continue
            cue, mention = self.attributed.get(index, (None, None))
            if cue is None and not reads_as_speech(self.text, mark, sentence_starts):
                continue
            found.append(_Found("direct", mark.start, mark.end, cue, mention))
        found.sort(key=lambda f: f.start)
        return found


def find_quotes(doc: Doc, rules: QuoteRules, text: str | None = None) -> list[Quote]:
    """Every quote of a Doc, in text order, with the speaker mention as written (not yet resolved).

    ``text`` is ``doc.text`` when the caller already has it: spaCy rebuilds that string from the tokens on every read.
    """
    reader = _Reader(doc, rules, doc.text if text is None else text)
    return [
        Quote(type=f.type, text=reader.text[f.start: f.end], start=f.start, end=f.end, cue=f.cue, speaker_mention=f.mention)
        for f in reader.read()
    ]
