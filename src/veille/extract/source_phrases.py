"""Quotes whose source comes in a phrase of its own rather than as a verb's subject.

"selon X, …", "…, selon X.", "d'après X", "à en croire X", "de l'aveu même de X", "Pour lui, « … »", "« … », pour X"
name the source with a preposition;
"Pour" at a sentence's start (maybe after connectors: "Mais pour lui, …") only a person or an institution, whose
opinion the rest is ("Pour la ministre, le texte passera", "Pour le parquet, …"); "Pour X, « … »" attributes the
quotation, and one that a second quotation follows in its sentence ("Pour X, « … » dans le camp, « … »") opens a
mixed quote to the sentence's end.
"Comme l'a révélé X, …" (also after a colon) and "…, comme le rappelle X, « … »" give the rest of the sentence to X;
"X. Cela a été annoncé par Y" gives Y the sentence before, and "des propos jugés « … » par Y" gives Y the quotation. "selon" that names no source ("selon laquelle", "selon
les semaines", "selon une mise en scène") reports nothing. A "selon X" set inside a clause with no comma ("La faute incombe selon X à
…") gives X the whole sentence; a relative about the source ("Selon X, qui cite une note, …") is not its report.
"…, a-t-on appris auprès du parquet" and "…, a-t-on appris de source policière" give the clause before to that source.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from veille.extract.clause_bounds import main_verb_after
from veille.extract.cues import QuoteRules
from veille.extract.entity_rules import role_words
from veille.extract.mention_text import cut_short, mention_text, source_side, without_dates
from veille.extract.mentions import (LAST_NAMED, SOURCE_PRONOUNS, antecedent, mention_after, mention_of_source, past_time,
                                     scan_right)
from veille.extract.quote_findings import Findings, Found, count_words, trim
from veille.extract.quote_layout import MARK_CHARS, QuoteLayout
from veille.extract.word_classes import OF

_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})
#: Words after a source's name that open a clause about the source, not the rest of what it said ("selon X qui …").
_RELATIVE_OPENERS = frozenset({"qui", "dont", "que", "qu'", "qu’", "lequel", "laquelle"})
_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "ses", "son", "sa", "leur", "leurs", "des", "du"})
#: Words before a role noun that leave it the head ("certains de ses proches", "tous ces experts").
_QUANTIFIERS = frozenset({"certains", "certaines", "plusieurs", "tous", "toutes", "ces", "ce", "cette", "de", "d'", "d’",
                          "nombre", "beaucoup", "la", "plupart", "un", "une"})
#: Words that open a phrase describing a source ("avocat de …, du Centre X, un think tank …, qui …").
_APPOSITION_OPENERS = frozenset({"du", "de", "des", "d'", "d’", "à", "au", "aux", "chez", "un", "une", "qui"})
#: How many adjectives may follow a role or institution noun at the end of a source phrase ("le ministère public").
_ADJECTIVES_AFTER_NOUN = 2
#: The words of "a-t-on appris" before the participle, and how far after it "auprès de" or "de source" may come (past a
#: date: "a-t-on appris mercredi 1er juillet de source policière").
_LEARNED_GROUP = frozenset({"a", "avait", "-t", "-t-on", "-on", "on", "l'", "l’"})
_LEARNED_REACH = 8


class SourcePhraseReader:
    """Reads the source phrases of one Doc into the shared findings."""

    def __init__(self, doc: Doc, rules: QuoteRules, layout: QuoteLayout, findings: Findings) -> None:
        self.doc, self.rules, self.layout, self.findings = doc, rules, layout, findings
        self.text = layout.text

    def mention(self, span: tuple[int, int] | None, after_cue: bool = False) -> str | None:
        return mention_text(self.doc, span, self.rules.cut_words, after_cue)

    def read_source(self, token: Token, sentence: Span) -> None:
        """ "selon X, …" / "…, selon X." / "d'après X" """
        doc, layout, text = self.doc, self.layout, self.text
        opening = self.opens_sentence(token, sentence)
        # "…, s'emporte X, pour qui son salut passe par …": the source is before "pour", as before "selon qui"
        relative_pour = token.i > sentence.start and doc[token.i - 1].text == "," and token.i + 1 < sentence.end and (
            doc[token.i + 1].lower_ == "qui")
        if token.lower_ == "pour" and not opening and not relative_pour:
            self.read_closing_pour(token, sentence)
            return
        if layout.inside_mark(token.idx) or (mention_span := mention_of_source(doc, token.i + 1, sentence.end)) is None:
            return
        if not self.names_source(mention_span):
            return
        mention = source_side(without_dates(doc[mention_span[0]: mention_span[1]].text), after_cue=True)
        if not mention:
            return
        first = self.phrase_start(token)
        cue, cue_start = doc[first: token.i + 1].text, doc[first].idx
        after = doc[mention_span[1]].idx if mention_span[1] < sentence.end else sentence.end_char
        relative = mention_span[1] + 1 < sentence.end and doc[mention_span[1] + 1].lower_ in ("qui", "dont", "lequel")
        if doc[token.i + 1].lower_ == "qui":  # "…, a estimé M. X, selon (pour) qui ces femmes …": the source is before
            mention = self.mention(antecedent(token, sentence))
            after = doc[token.i + 2].idx if token.i + 2 < sentence.end else sentence.end_char
            if mention is None:
                return
            if relative:  # "Selon Le Parisien, qui cite une note du 23 avril, ces actes …": the relative is about the source
                after = next((t.idx + 1 for t in doc[mention_span[1] + 2: sentence.end] if t.text == ","), after)
            resumed = main_verb_after(token.i + 2, sentence)  # "X, pour qui …, a présenté": the main clause resumes
            start, end = trim(text, after, layout.clause_end(sentence, after) if resumed is None else doc[resumed].idx)
        elif mention.lower() in SOURCE_PRONOUNS | LAST_NAMED and after < sentence.end_char and text[after] not in ",.;:":
            start, end = trim(text, after, layout.clause_end(sentence, after))  # "…, selon elle toujours pas transmises"
        elif cue_start <= sentence.start_char + 12 or opening:
            if token.lower_ == "pour":  # "Pour lui, « … »": the comma or colon closes the source, else "pour" is a purpose;
                # after a connector, a quotation needs a source named, "pour" often gives a topic there ("Ainsi, pour les
                # particules fines, « … »"), where at the sentence's start it gives the source ("Pour la finaliste, « … »")
                named = token.i == sentence.start or self.names_person(mention_span) or any(
                    t.ent_type_ == "ORG" for t in doc[mention_span[0]: mention_span[1]])
                opened = layout.mark_opening_after(after) if named and text[after: after + 1] in (",", ":") else None
                if opened is not None and self.goes_on_after(opened, sentence):
                    # "Pour Paul, « c'est terrible » dans le camp, « il n'y a rien »": one mixed quote to the sentence end
                    start, end = trim(text, layout.marks[opened].open, sentence.end_char)
                    self.findings.add_clause(Found("indirect", start, end, cue, mention))
                elif opened is not None:
                    self.findings.attribute(opened, cue, mention)
                elif text[after: after + 1] == ",":
                    self.read_opinion(mention_span, sentence, cue, mention)
                return
            if text[after: after + 1] == ":" and (opened := layout.mark_opening_after(after)) is not None:
                self.findings.attribute(opened, cue, mention)  # "Selon le rapport de X : « … »": the colon hands over
                return
            if relative:  # "Selon Le Parisien, qui cite une note du 23 avril, ces actes …": the relative is about the source
                after = next((t.idx + 1 for t in doc[mention_span[1] + 2: sentence.end] if t.text == ","), after)
            elif (named := self.apposed_name(mention_span, sentence)) is not None:  # "Selon le porte-parole, Paul X, …"
                mention = source_side(without_dates(doc[mention_span[0]: named].text), after_cue=True) or mention
                after = doc[named].idx
            start, end = trim(text, after, layout.clause_end(sentence, after))
        elif text[after: after + 1] == "," and count_words(text, after, sentence.end_char) >= 3 and not relative:
            start, end = trim(text, sentence.start_char, layout.clause_end(sentence, sentence.start_char))  # an incise
        elif self.inside_clause(token, mention_span, sentence):  # "La faute incombe selon M. X à un bâtiment voisin"
            start, end = trim(text, sentence.start_char, layout.clause_end(sentence, sentence.start_char))
        else:
            start, end = trim(text, sentence.start_char, cue_start)
        if count_words(text, start, end) >= 3:
            interrupts = cue_start if mention.lower() in LAST_NAMED else None
            self.findings.add_clause(Found("indirect", start, end, cue, mention, interrupts))

    def goes_on_after(self, mark: int, sentence: Span) -> bool:
        """Does the journalist's own clause go on right after the quotation ``mark`` to a second quotation in its
        sentence ("« c'est terrible » dans le camp, « il n'y a rien »")? Not after a comma or a colon, where the
        quotation is a whole statement ("« … », ajoutant « … »")."""
        close = self.layout.marks[mark].close
        return self.text[close + 1: close + 3].strip()[:1].isalnum() and any(
            m.open < sentence.end_char for m in self.layout.marks[mark + 1: mark + 2])

    def phrase_start(self, token: Token) -> int:
        """The first word of the source phrase ending at ``token``: "d'" of "d'après", "à" of "à en croire"."""
        if token.lower_ == "après":
            return token.i - 1
        for words in self.rules.source_phrases:
            first = token.i - len(words) + 1
            if first >= 0 and tuple(t.lower_ for t in self.doc[first: token.i + 1]) == words:
                return first
        return token.i

    def inside_clause(self, token: Token, span: tuple[int, int], sentence: Span) -> bool:
        """ "La faute incombe selon M. X à un bâtiment voisin": a source phrase with no comma on either side, the
        clause going on after it, sits inside what the source said; the whole sentence is its report."""
        doc, end = self.doc, span[1]
        if doc[token.i - 1].text in (",", "(", ":", "-") or end + 2 >= sentence.end:
            return False
        return (not doc[end].is_punct or doc[end].text in MARK_CHARS) and doc[end].lower_ not in _RELATIVE_OPENERS and (
            count_words(self.text, doc[end].idx, sentence.end_char) >= 3)

    def read_learned(self, token: Token, sentence: Span) -> None:
        """ "Trois hommes ont été mis en examen, a-t-on appris auprès du parquet de Créteil", "…, a-t-on appris mardi de
        source policière": with an inverted "on", the source of what the clause before the comma says is the one the
        journalist learned it from."""
        doc, text = self.doc, self.text
        start = token.i
        while start > sentence.start and doc[start - 1].lower_ in _LEARNED_GROUP:
            start -= 1
        inverted = any(t.lower_ in ("-on", "-t-on") for t in doc[start: min(token.i + 2, sentence.end)])
        if not inverted or start == sentence.start or doc[start - 1].text != ",":
            return
        source = next((t.i for t in doc[token.i + 1: min(token.i + _LEARNED_REACH, sentence.end)]
                       if t.lower_ in ("auprès", "source", "sources") or t.is_punct), None)
        if source is None or doc[source].is_punct:
            return
        if doc[source].lower_ == "auprès":
            if source + 1 >= sentence.end or doc[source + 1].lower_ not in OF:
                return
            first = source + 2  # "auprès du parquet de Créteil": the source is "parquet de Créteil", as after "selon le"
        elif doc[source - 1].lower_ not in ("de", "d'", "d’"):
            return  # "a-t-on appris par la source" is no shape of this locution
        else:
            first = source  # "de source policière": the source is "source policière"
        span = mention_of_source(doc, first, sentence.end)
        mention = source_side(without_dates(doc[span[0]: span[1]].text), after_cue=True) if span else None
        begin, end = trim(text, self.layout.quotation_start(sentence.start_char), doc[start - 1].idx)
        if mention and count_words(text, begin, end) >= 3:
            cue = doc[start: token.i + 1 + (token.i + 1 < sentence.end and doc[token.i + 1].lower_ == "-on")].text
            self.findings.add_clause(Found("indirect", begin, end, cue, mention, postposed=True))

    def opens_sentence(self, token: Token, sentence: Span) -> bool:
        """Does the phrase open its sentence, maybe after connectors and their commas ("Mais pour lui, …",
        "Et finalement, selon elle, …")? Then what follows it is the source's, not what came before."""
        return all(t.lower_ in self.rules.sentence_connectors or t.text == "," for t in self.doc[sentence.start: token.i])

    def read_opinion(self, span: tuple[int, int], sentence: Span, cue: str, mention: str) -> None:
        """ "Pour le ministre, Jean X, l'âge légal ne bougera pas": when "pour" names a person, the rest of the
        sentence, after a name in apposition, is that person's opinion; "Pour la première fois, …" names nobody."""
        doc, text = self.doc, self.text
        first = span[1] + 1
        comma = next((t.i for t in doc[first: min(first + 5, sentence.end)] if t.text == ","), None)
        named = comma is not None and all(t.ent_type_ == "PER" for t in doc[first: comma]) and not any(
            t.ent_type_ == "PER" for t in doc[span[0]: span[1]])  # "Pour Paul X, Claire Y, …": Claire says nothing
        if named:  # "Pour le haut commissaire, Jean-Paul Delevoye, …": the source's name, not the opinion
            mention, first = doc[first: comma].text, comma + 1
        if first >= sentence.end or not (named or self.names_person(span)):
            return
        first = self.past_appositions(first, sentence)
        start, end = trim(text, doc[first].idx, self.layout.clause_end(sentence, doc[first].idx))
        if count_words(text, start, end) >= 3:
            self.findings.add_clause(Found("indirect", start, end, cue, mention))

    def apposed_name(self, span: tuple[int, int], sentence: Span) -> int | None:
        """ "D'après le porte-parole du ministère, Karim X, les cas …": a person's name between commas right after a
        description names the source, and what it says starts after it; the index of the comma closing the name.
        Only after a person's role: "Selon Le Monde, Jean X, …" and "Selon les informations de Y, Jean X, …" put
        Jean X in the report."""
        doc, (start, end) = self.doc, span
        people = role_words() | self.rules.titles
        if doc[start].lower_ not in _DETERMINERS or end + 2 >= sentence.end or doc[end].text != "," or not any(
                t.lower_ in people and t.is_lower for t in doc[start + 1: min(end, start + 3)]):
            return None  # "selon le porte-parole", not "selon Le Monde" nor "selon les informations de Mediapart"
        i = end + 1 + (doc[end + 1].lower_ in self.rules.titles and doc[end + 1].ent_type_ != "PER")  # "M. Paul Y"
        if doc[i].ent_type_ != "PER" or doc[i].ent_iob_ != "B":
            return None
        while i < sentence.end and doc[i].ent_type_ == "PER":
            i += 1
        closed = i < sentence.end and doc[i].text == "," and count_words(self.text, doc[i].idx, sentence.end_char) >= 3
        return i if closed else None

    def past_appositions(self, first: int, sentence: Span) -> int:
        """ "Pour Jean X, avocat de l'association, du Centre Y, qui …, « … »": phrases between commas that open with a
        role, a preposition, an indefinite article or "qui" describe the source; the opinion starts after them."""
        doc = self.doc
        while first < sentence.end and (doc[first].lower_ in _APPOSITION_OPENERS or doc[first].lower_ in role_words()):
            comma = next((t.i for t in doc[first: sentence.end] if t.text == "," or t.text in MARK_CHARS), None)
            if comma is None or doc[comma].text != "," or count_words(self.text, doc[comma].idx, sentence.end_char) < 3:
                break
            first = comma + 1
        return first

    def names_person(self, span: tuple[int, int]) -> bool:
        """ "Pour lui", "Pour Jean X", "Pour le ministre de …", "Pour certains de ses proches", "Pour le parquet",
        "Pour le ministère public": a pronoun, a person's name, or a role or institution noun that ends the phrase or
        takes a complement ("la première fois" is no role); an institution's noun may end it before an adjective or two."""
        doc, (start, end) = self.doc, span
        roles = role_words() | self.rules.unnamed_nouns | self.rules.titles | self.rules.institution_nouns
        head = start
        while head < end and doc[head].lower_ in _DETERMINERS | _QUANTIFIERS:
            head += 1
        if head < end and doc[head].lower_ in self.rules.institution_nouns and self.ends_with_adjectives(head + 1, end):
            return True  # "le parquet", "le ministère public"; not "la première fois", whose "première" is a title
        return doc[start].lower_ in SOURCE_PRONOUNS or any(t.ent_type_ == "PER" for t in doc[start:end]) or any(
            t.lower_ in roles and (t.i + 1 == end or doc[t.i + 1].lower_ in OF or doc[t.i + 1].text[:1].isupper())
            for t in doc[head: min(head + 2, end)])  # the head, maybe after an adjective; not "son discours de candidat"

    def ends_with_adjectives(self, start: int, end: int) -> bool:
        """ "le ministère public", "le gouvernement français": at most two lower-case words, no preposition, end the
        phrase after an institution's noun."""
        return end - start <= _ADJECTIVES_AFTER_NOUN and all(
            t.is_alpha and t.text.islower() and t.lower_ not in OF and t.lower_ not in _APPOSITION_OPENERS
            for t in self.doc[start:end])

    def read_closing_pour(self, token: Token, sentence: Span) -> None:
        """ "« C'est émouvant », pour Helen X.", "« … », pour lui.": right after a quotation and its comma, "pour"
        and a person's name or a pronoun give its source. Anything else after "pour" is no source
        ("« Les 150 », pour assurer le suivi", "« … », pour le moment")."""
        doc = self.doc
        closed = self.layout.mark_ending_before(token.idx)
        if closed is None or doc[token.i - 1].text != "," or token.i + 1 >= sentence.end:
            return
        first = doc[token.i + 1]
        if first.lower_ not in SOURCE_PRONOUNS and not (first.ent_type_ == "PER" and first.ent_iob_ == "B"):
            return
        span = mention_of_source(doc, token.i + 1, sentence.end)
        mention = source_side(without_dates(doc[span[0]: span[1]].text), after_cue=True) if span else None
        if mention:
            self.findings.attribute(closed, token.text, mention)

    def names_source(self, span: tuple[int, int]) -> bool:
        """ "selon X" names a source unless X is a relative pronoun ("la croyance selon laquelle …"), a phrase cut
        short, or what something varies with or keeps to ("selon les semaines", "selon la tradition")."""
        doc, (start, end) = self.doc, span
        if doc[start].lower_ in _RELATIVES or cut_short(doc, end, self.rules.cut_words):
            return False
        head = next((t for t in doc[start:end] if t.lower_ not in _DETERMINERS and t.lower_ not in ("un", "une")), None)
        return head is None or head.lower_ not in self.rules.not_source_nouns  # "selon une mise en scène …": a manner

    def read_as_reported(self, group_start: int, group_end: int, verb: Token, sentence: Span, cue: str) -> bool:
        """ "Comme l'a révélé Le Parisien, …", "Problème : comme le note X, …", "…, comme le rappelle X, « … »": the source
        comes first, the rest of the sentence is its report."""
        doc, layout = self.doc, self.layout
        comme = next((t.i for t in doc[max(sentence.start, group_start - 3): group_start] if t.lower_ == "comme"), None)
        if comme is None or (comme > sentence.start and doc[comme - 1].text not in (",", ":")):
            return False
        # "…, comme l'affirme X, …" may back what comes before it, or what follows; after a colon ("Problème : comme le
        # souligne X, …") the rest of the sentence is X's, as at its start
        mid_sentence = comme > sentence.start and doc[comme - 1].text == ","
        if group_end < sentence.end and doc[group_end].lower_ == "par":
            source = scan_right(doc, group_end + 1, sentence.end)
        else:
            source = mention_after(verb, group_end, sentence)
        mention = self.mention(source, after_cue=True)
        comma = next((t for t in doc[source[1] if source else group_end: sentence.end] if t.text == ","), None)
        if mention is not None and comma is None and mid_sentence and source is not None and all(
                t.is_punct for t in doc[past_time(doc, source[1], sentence.end): sentence.end]):
            # "…, comme l'a annoncé X (jeudi 12 mars).": what came before
            return self._backs_before(comme, sentence, cue, mention)
        if mention is None or comma is None or (mid_sentence and layout.mark_opening_after(comma.idx + 1) is None):
            return False  # mid-sentence, only a quotation right after it is surely X's
        start, end = trim(self.text, comma.idx + 1, layout.clause_end(sentence, comma.idx + 1))
        if count_words(self.text, start, end) >= 3:
            self.findings.add_clause(Found("indirect", start, end, cue, mention))
        return True

    def _backs_before(self, comme: int, sentence: Span, cue: str, mention: str) -> bool:
        """The clause before "…, comme l'a évoqué X." is X's; after a colon, only what follows it."""
        doc = self.doc
        colon = next((t for t in reversed(doc[sentence.start: comme]) if t.text == ":"
                      and not self.layout.inside_mark(t.idx)), None)
        start, end = trim(self.text, colon.idx + 1 if colon is not None else sentence.start_char, doc[comme - 1].idx)
        if count_words(self.text, start, end) >= 3:
            self.findings.add_clause(Found("indirect", start, end, cue, mention, postposed=True))
        return True

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
        start, end = trim(self.text, previous.start_char, previous.end_char)
        if mention and end > start and not self.layout.inside_mark(start):
            self.findings.add_clause(Found("indirect", start, end, cue, mention))
        return True

    def read_passive_agent(self, group_end: int, sentence: Span, cue: str) -> bool:
        """ "des propos jugés « déments » par la chaîne X", "un projet qualifié de « gâchis » par Y": a quotation right
        after a reporting participle in the passive is the words of its agent, named after "par" right after the
        quotation."""
        doc = self.doc
        after = group_end + (group_end < sentence.end and doc[group_end].lower_ in OF)  # "qualifié de « … »"
        if after >= sentence.end:
            return False
        opened = self.layout.mark_opening_after(doc[after - 1].idx + len(doc[after - 1].text))
        if opened is None:
            return False
        agent = next((t for t in doc[after: sentence.end] if t.idx > self.layout.marks[opened].close), None)
        if agent is None or agent.lower_ != "par":
            return False
        mention = self.mention(scan_right(doc, agent.i + 1, sentence.end), after_cue=True)
        if mention is None:
            return False
        self.findings.attribute(opened, cue, mention)
        return True
