"""Quotes in a parsed Doc: direct (between marks), indirect (a cue and its content clause) and mixed.

Marks are found on the characters (quote_marks, placed by quote_layout), cues on the tokens (cues), tied
by position: a cue after a closing mark attributes that quotation ("« … », a-t-il dit"), a cue before "que"
opens a clause that runs to the end of its sentence, a cue after a comma closes one that started it
("…, a indiqué X"). Sources named in a phrase of their own ("selon X", "Comme l'a révélé X") are read by
source_phrases; quote_findings settles overlaps and tells direct, indirect and mixed apart.
A quotation opening a verb's object makes a mixed quote without "que" ("a parlé de « … »", "s'est dite « … »").
Some verbs report only with their particle ("voit dans", "a mis en cause", "a fait savoir", "a fait
part de"). A reporting verb in the passive ("est accusé de", "la prime annoncée par") reports nothing; nor
do "appeler" without "à" ("a appelé la police") and pronominal "s'annoncer", "s'assurer" (the rule files'
with= and not_reflexive), nor what "on" says ("On estime que"). A gerund or a dependent infinitive takes the
subject of the verb it completes ("en affirmant que", "pour appeler à").
Speakers are only the mention here (cleaned by mention_text); speakers.resolve_speakers makes them canonical."""
from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span, Token

from veille.article import Quote
from veille.extract.cues import ADVERBS, AUXILIARIES, QuoteRules, cue_lemma, inverted_pronoun, verb_group
from veille.extract.mention_text import mention_text
from veille.extract.mentions import INDEFINITE_PRONOUNS, main_subject, mention_after, mention_before
from veille.extract.quote_findings import Findings, Found, count_words, trim
from veille.extract.quote_layout import MARK_CHARS, QuoteLayout
from veille.extract.source_phrases import SourcePhraseReader
from veille.extract.verb_shapes import (bare_participle, earlier_inverted_pronoun, infinitive_after, inverted_source, names_subject,
                                        listed_objects, noun_complement, own_que, passive, past_incise, quoted_object)

_QUE = frozenset({"que", "qu'", "qu’"})
#: Words before an infinitive that depends on another verb, whose subject it shares ("pour appeler", "de dénoncer").
_INFINITIVE_MARKERS = frozenset({"pour", "de", "d'", "d’", "sans"})
_REFLEXIVE = frozenset({"s'", "s’", "se"})
#: Words that open a source phrase ("selon X", "Pour lui", "d'après X"), and the elided "de" before "après".
_SOURCE_WORDS = ("selon", "pour")
_ELIDED_DE = ("d'", "d’")
#: The part-of-speech ids incise_lemma accepts: a verb, or no tag at all (0).
_INCISE_TAGS = (VERB, 0)


class _Reader:
    """One pass over a Doc; collects attributed marks and indirect clauses."""

    def __init__(self, doc: Doc, rules: QuoteRules, text: str) -> None:
        self.doc, self.rules, self.text = doc, rules, text
        self.layout = QuoteLayout(doc, rules, text)
        self.marks = self.layout.marks
        self.findings = Findings()
        self.sources = SourcePhraseReader(doc, rules, self.layout, self.findings)
        self.source_nouns = rules.institution_nouns | rules.unnamed_nouns | rules.titles | rules.document_nouns
        self.incise_mentions: dict[int, str] = {}  # sentence start → the subject of its incise, for a gerund after it

    def mention(self, span: tuple[int, int] | None, after_cue: bool = False) -> str | None:
        return mention_text(self.doc, span, self.rules.cut_words, after_cue)

    def incise_lemma(self, token: Token, sentence: Span) -> str | None:
        """Any verb written with an inverted subject right after a closing mark is an incise ("», s'est-il irrité")."""
        if token.lower_ in self.rules.lemmas and self.layout.mark_ending_before(token.idx) is not None and not token.text[:1].isupper():
            return self.rules.lemmas[token.lower_]  # "« … », peste un ministre": a cue form right after, whatever its tag
        if not token.is_alpha or token.text[:1].isupper() or token.lower_ in AUXILIARIES or token.pos_ not in ("VERB", ""):
            return None
        group_start, group_end = verb_group(token, sentence)
        if inverted_pronoun(group_start, group_end, sentence) is None and not names_subject(token, group_end, sentence):
            return None
        return token.lower_ if self.layout.mark_ending_before(self.doc[group_start].idx) is not None else None

    def read_cue(self, token: Token, sentence: Span) -> None:
        lemma = cue_lemma(token, self.rules) or self.incise_lemma(token, sentence)
        if lemma is None:
            return
        if self.layout.inside_mark(token.idx):
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
        if self.sources.read_as_reported(group_start, group_end, token, sentence, cue):
            return
        pronoun = inverted_pronoun(group_start, group_end, sentence)
        start_char = doc[group_start].idx
        closed = self.layout.mark_ending_before(start_char)
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
            self.sources.read_anaphoric(group_start, group_end, sentence, cue)
            return
        infinitive_group = doc[group_start].lower_ in ("avoir", "être")  # "…, avoir été menacée par X": not an incise
        after_comma = not gerund and not infinitive_group and previous is not None and previous.text == "," and que is None and (
            infinitive_after(content, sentence) is None) and (  # "X, …, a indiqué, lundi, avoir demandé": its own content
            not own_subject or inverted_source(mention_after(token, group_end, sentence), sentence, self.source_nouns)) and (
            self.layout.mark_opening_after(doc[group_end - 1].idx + len(doc[group_end - 1].text)) is None)  # "X, a dénoncé « … »": its object
        if closed is not None or pronoun is not None or after_comma:
            after = None if pronoun is not None else mention_after(token, group_end, sentence)
            mention = pronoun.text.split("-")[-1] if pronoun is not None else self.mention(after, after_cue=True)
            if mention is None or (closed is None and after is not None and doc[after[0]].pos_ == "ADP"):
                return  # "…, ont fait part de leur colère": an object after the verb, not its inverted subject
            self.incise_mentions[sentence.start] = mention
            last = doc[(after[1] if after else group_end) - 1]
            if closed is not None and self.layout.is_fragment(self.marks[closed], sentence):
                start, end = trim(self.text, sentence.start_char, self.marks[closed].close)
                self.findings.add_clause(Found("mixed", start, end, cue, mention))
            elif closed is not None:
                self.findings.attribute(closed, cue, mention)
                reopened = self.layout.mark_opening_after(last.idx + len(last.text))
                if reopened is not None and reopened == closed + 1:
                    self.findings.attribute(reopened, cue, mention)
            elif after_comma:
                start, end = trim(self.text, sentence.start_char, previous.idx)
                if end > start:
                    self.findings.add_clause(Found("indirect", start, end, cue, mention, postposed=True))
            return
        colon = next((t for t in following if t.text == ":"), None)  # "elle précise la gravité de sa blessure : « … »"
        if colon is not None and any(t.pos_ in ("VERB", "AUX") or t.text in ".;«»\"" for t in doc[group_end: colon.i]):
            colon = None
        quoted = quoted_object(content, sentence, self.marks)  # "a ironisé sur « une opposition qui … »"
        if lemma in self.rules.incise_verbs and colon is None and quoted is None:
            return
        if self.sources.read_anaphoric(group_start, group_end, sentence, cue):
            return
        before = mention_before(*self.governing_verb(token, group_start, previous, sentence), sentence)
        mention = None if before is None or self.layout.inside_mark(doc[before[0]].idx) else self.mention(before)
        if gerund and previous is not None and previous.lower_ in (",", "en") and sentence.start in self.incise_mentions:
            mention = self.incise_mentions[sentence.start]  # "« … », a déclaré X, ajoutant que …": the incise's subject
        mention = mention or (earlier_inverted_pronoun(sentence, group_start) if gerund else None)
        if mention is None and gerund and previous is not None and previous.lower_ in (",", "en"):
            mention = self.mention(main_subject(sentence))  # "en affirmant que": the subject of the clause
        elif mention is None and previous is not None and previous.text == "," and not any(
                t.pos_ in ("VERB", "AUX") or t.text in MARK_CHARS for t in doc[sentence.start: group_start]):
            mention = self.mention((sentence.start, previous.i))  # "Un autre, X, un des favoris, a lui appelé à"
        if mention is not None and mention.lower() in INDEFINITE_PRONOUNS:
            return  # "On estime que", "où l'on constate": what "on" says is no one's speech
        infinitive = infinitive_after(content, sentence)
        if infinitive is not None:  # what a verb of wanting governs is a wish, not speech ("souhaite rester anonyme")
            start, end = trim(self.text, infinitive, self.layout.clause_end(sentence, infinitive))
            if mention and lemma not in self.rules.wish_verbs and count_words(self.text, start, end) >= 3:
                self.findings.add_clause(Found("indirect", start, end, cue, mention))
        elif que is not None and not any(t.text in (".", ";") for t in doc[group_end: que.i]):
            start = que.idx + len(que.text)
            start, end = trim(self.text, start, self.layout.clause_end(sentence, start))
            if end > start and mention:
                self.findings.add_clause(Found("indirect", start, end, cue, mention))
        elif colon is not None:
            opened = self.layout.mark_opening_after(colon.idx + 1)
            if opened is not None:
                self.findings.attribute(opened, cue, mention)
        elif (lemma in self.rules.object_verbs or quoted is not None) and mention and content < sentence.end and doc[
                content].lower_ != "par":
            comma = next((t for t in doc[content: sentence.end] if t.text in (",", ";") and not self.layout.inside_mark(t.idx)), None)
            needed = self.rules.object_words.get(lemma)
            if quoted is None and needed:  # "a appelé la police" is a call; "a appelé (les salariés) à …" reports
                if not any(t.lower_ in needed for t in doc[content: comma.i if comma else sentence.end]):
                    return
                content += doc[content].lower_ == "à"  # "a appelé à la grève": the content starts after "à"
            start = doc[quoted if quoted is not None else content].idx
            end = sentence.end_char if comma is None or listed_objects(comma.i + 1, sentence) else comma.idx
            start, end = trim(self.text, start, end)
            if count_words(self.text, start, end) >= 2:
                self.findings.add_clause(Found("indirect", start, end, cue, mention))

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
        self.findings.attribute(self.layout.index_enclosing(verb.idx), doc[group_start:group_end].text, mention)

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

    def read(self) -> list[Found]:
        """Rules start only from the tokens that may open a source phrase or be a cue: a cue form or a reporting
        verb's lemma (cue_lemma), or a verb whose group starts after a closing mark (incise_lemma). The test runs
        on the Doc's arrays, so no Token is built for the other words."""
        doc, rules, strings = self.doc, self.rules, self.doc.vocab.strings
        rows = doc.to_array([LOWER, LEMMA, POS]).tolist()
        lemmas = {row[1] for row in rows if row[1] and (row[1] in rules.verb_hashes or strings[row[1]].lower() in rules.verbs)}
        sources, elided, after = {strings[w] for w in _SOURCE_WORDS}, {strings[w] for w in _ELIDED_DE}, strings["après"]
        for sentence in doc.sents:
            first = self.layout.first_after_mark(sentence)
            first = sentence.end if first is None else first
            for i in range(sentence.start, sentence.end):
                low, lemma, pos = rows[i]
                if low in sources or (low == after and i > 0 and rows[i - 1][0] in elided):
                    self.sources.read_source(doc[i], sentence)
                elif low in rules.form_hashes or lemma in lemmas or (i >= first and pos in _INCISE_TAGS):
                    self.read_cue(doc[i], sentence)
        return self.findings.assemble(self.layout, {s.start_char for s in doc.sents})


def find_quotes(doc: Doc, rules: QuoteRules, text: str | None = None) -> list[Quote]:
    """Every quote of a Doc, in text order, with the speaker mention as written (not yet resolved).

    ``text`` is ``doc.text`` when the caller already has it: spaCy rebuilds that string from the tokens on every read.
    """
    reader = _Reader(doc, rules, doc.text if text is None else text)
    return [
        Quote(type=f.type, text=reader.text[f.start: f.end], start=f.start, end=f.end, cue=f.cue, speaker_mention=f.mention)
        for f in reader.read()
    ]
