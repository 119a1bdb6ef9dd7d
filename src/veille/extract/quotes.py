"""Quotes in a parsed Doc: direct (between marks), indirect (a cue and its content clause) and mixed.

Marks are found on the characters (quote_marks, placed by quote_layout), cues on the tokens (cues), tied
by position: a cue after a closing mark attributes that quotation ("« … », a-t-il dit"), a cue before "que"
opens a clause that runs to the end of its sentence, a cue after a comma closes one that started it
("…, a indiqué X", or with the comma left out when a source or an inverted pronoun ends the sentence: "… explique-t-il.";
not after a subject and its relative alone: "Le Progrès, qui a assisté à l'audience, rapporte l'échange"),
and one set off by commas between a subject and its verb reports the whole sentence ("Le suspect, a indiqué la police, a
été interpellé").
A content stops where the sentence's main clause comes back after a participle or a subordinate that opens the sentence
("Estimant que …, les maires …", "Bien qu'elle assure …, X estime …") or after a relative set off by commas ("X, qui
assure que …, a inauguré"); the participle's speaker is that main clause's subject. A clause after a colon ("a confirmé
la rumeur : il sera candidat") or after the comma of a cue with a neuter "l'" ("X l'assure, les dégâts sont légers")
is the cue's content, and so is a "de" infinitive after a dative object ("a reproché aux maires d'avoir …").
Sources named in a phrase of their own ("selon X", "Comme l'a révélé X") are read by
source_phrases; quote_findings settles overlaps and tells direct, indirect and mixed apart.
A noun-phrase object stops at its first comma unless a locution, an apposition or a quotation carries it on
(quote_object_end), and where a second predicate is joined ("a dénoncé X et a appelé à Y"), whose cue reports for
the same subject; a negated verb reports no object ("n'a pas exigé de …"), nor one whose object is a pronoun ("il l'a
annoncé devant les députés"); after "ne … que" the object follows "que", which opens no clause ("ne dit que
quelques mots").
A quotation opening a verb's object makes a mixed quote without "que" ("a parlé de « … »", "s'est dite « … »"), and
so does one inside a noun-phrase object ("a raillé un « effet d'annonce »"). A participle coordinated with a cue
("…, affirmant que", "et préconisé de") or with a subject of its own ("…, la SNCF estimant que") starts a quote of
its own, where the first one's content stops.
Some verbs report only with their particle ("voit dans", "a mis en cause", "a fait savoir", "a fait
part de"). A reporting verb in the passive ("est accusé de", "la prime annoncée par") reports nothing; nor
do "appeler" without "à" ("a appelé la police"), pronominal "s'annoncer", "s'assurer" and non-pronominal "féliciter"
(the rule files' with=, not_reflexive and reflexive), nor what "on" says ("On estime que") or what is offered to the
reader ("la marque vous annonce de belles surprises", "nous annonce une version « officielle »"). A gerund or a dependent infinitive takes the
subject of the verb it completes ("en affirmant que", "pour appeler à"), and reports its infinitive or a quoted object
even after a comma ("…, confessant avoir été « dépassé »", "…, jugeant « surréaliste » ce silence"); a verb the tagger takes for a participle right after a quotation is
still an incise when its subject follows ("« … », écrit Paul X").
Speakers are only the mention here (cleaned by mention_text); speakers.resolve_speakers makes them canonical."""
from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span, Token

from veille.article import Quote
from veille.extract.connector_incises import content_after_incise
from veille.extract.cue_gaps import past_circumstance
from veille.extract.cues import ADVERBS, AUXILIARIES, QuoteRules, aside_length, cue_lemma, inverted_pronoun, verb_group
from veille.extract.mention_text import mention_text
from veille.extract.named_roles import named_role
from veille.extract.fronted_venues import fronted_venue
from veille.extract.inner_incises import incise_cut
from veille.extract.joined_cues import joined_cue
from veille.extract.object_leads import object_start
from veille.extract.mentions import INDEFINITE_PRONOUNS, main_subject, mention_after, mention_before, scan_right
from veille.extract.quote_findings import Findings, Found, count_words, trim
from veille.extract.quote_headings import is_dash_heading
from veille.extract.quote_layout import MARK_CHARS, QuoteLayout
from veille.extract.quote_object_end import object_end
from veille.extract.source_phrases import SourcePhraseReader
from veille.extract.stated_stances import stated_stance
from veille.extract.clause_bounds import (ends_sentence, fronted_subject, fronted_subordinate, main_clause_subject,
                                          main_verb_after, negated, opening_subordinate, opens_que,
                                          predicate_joiner, second_predicate, shared_auxiliary)
from veille.extract.verb_shapes import (bare_participle, earlier_inverted_pronoun, finite_clause, infinitive_after,
                                        infinitive_after_dative, inverted_source, names_subject,
                                        noun_complement, own_que, passive, past_incise, quotation_within, quoted_in_object,
                                        quoted_object, restrictive_que, stated_attitude,
                                        subject_with_relative)

_QUE = frozenset({"que", "qu'", "qu’"})
#: Words before an infinitive that depends on another verb, whose subject it shares ("pour appeler", "de dénoncer").
_INFINITIVE_MARKERS = frozenset({"pour", "de", "d'", "d’", "sans"})
_REFLEXIVE = frozenset({"s'", "s’", "se"})
#: Words that open a relative or a question, never the clause a cue announces.
_RELATIVE_WORDS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"})
#: Object pronouns before a verb that verb_group leaves out of it ("le jugeant", "les qualifiant").
_OBJECT_PRONOUNS = frozenset({"le", "la", "les"})
#: Words that open a source phrase ("selon X", "Pour lui", "d'après X"), and the elided "de" before "après".
_SOURCE_WORDS = ("selon", "pour")
_ELIDED_DE = ("d'", "d’")
#: How many words after a cue its "que" may come when a circumstance set off by commas stands between them.
_QUE_REACH = 16
#: Prepositions a verb's content starts after ("a appelé à la grève", "a alerté sur une hausse", "ont protesté contre …",
#: "s'est félicité de la baisse").
_BARE_PREPOSITIONS = frozenset({"à", "sur", "contre", "de", "d'", "d’"})
#: Prepositions that may open a verb's content after an object pronoun ("l'accuse de …", "l'appelle à …").
_OBJECT_CASES = frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux"})
#: Words that join two quotations an incise after them attributes both ("« A », mais « B », a relevé X").
_JOINERS = frozenset({"mais", "et", "ou", "puis"})
#: Words that join a second cue to the first one's content ("…, affirmant que", "et préconisé de", "tout en évoquant").
_CONNECTORS = frozenset({",", "et", "en", "tout", "puis", "mais"})
#: How many words a circumstance may take between a cue with a neuter "l'" and its comma ("l'assure sur son blog, …").
_CIRCUMSTANCE_REACH = 6
#: Clitics and negation between a subject and its verb ("…, ne s'est pas", "…, l'a").
_CLITICS = frozenset({"ne", "n'", "n’", "se", "s'", "s’", "l'", "l’", "le", "la", "les", "lui", "leur", "y", "en"})
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
        self.joined_subjects: dict[int, str] = {}  # "a dénoncé X et a appelé à Y": the conjunction → the shared subject

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
        if group_start > sentence.start and doc[group_start - 1].text == ",":  # "…, a affirmé de son côté X": X is the
            group_end += aside_length(doc, group_end, sentence.end)  # subject; "a démenti de son côté tout …": an object
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
        if lemma in self.rules.only_reflexive and not any(t.lower_ in _REFLEXIVE for t in doc[group_start:group_end]):
            return  # "a félicité les pompiers" thanks them; "s'est félicité de l'accord" states an opinion
        particle_end = self.particle_end(lemma, group_end, sentence)
        if particle_end is None:
            return
        cue = doc[group_start:particle_end].text  # "a mis directement en cause", "voit dans"
        if self.sources.read_as_reported(group_start, group_end, token, sentence, cue):
            return
        pronoun = inverted_pronoun(group_start, group_end, sentence)
        start_char = doc[group_start].idx
        gerund = token.lower_.endswith("ant") and bare_participle(doc[group_start:group_end])  # its subject is the clause's
        # "« … », affirmant que …": a gerund after a quotation has no inverted subject, so it is no incise
        # nor is a verb that opens a "que" clause ('X, qui a lu des « comptes », estime qu'…': its subject is before)
        closed = None if gerund or opens_que(particle_end, sentence) else self.layout.mark_ending_before(start_char)
        previous = doc[group_start - 1] if group_start > sentence.start else None
        if previous is not None and previous.lower_ == "vous":
            return  # "la marque vous annonce de belles surprises": addressed to the reader, not what a source said
        content = past_incise(particle_end, sentence)  # "a affirmé, dans un entretien, avoir été menacée"
        following = doc[content: min(content + 8, sentence.end)]
        que = own_que(next((t for t in following if t.lower_ in _QUE), None), group_end, self.rules.que_locutions)
        if que is None and content < sentence.end and doc[content].pos_ == "ADP":
            # "a indiqué dans une lettre à son fils, le roi Felipe VI, qu'il …": a longer circumstance, set off by a comma,
            # or a longer one ending with a name ("a déclaré à l'agence de presse britannique Press Association qu'elle …"),
            # after which "que" opens no relative, as it may after a noun ("a démenti tout incident dans les centrales qu'il …")
            que = next((t for t in doc[content + 8: min(content + _QUE_REACH, sentence.end)] if t.lower_ in _QUE), None)
            que = own_que(que, group_end, self.rules.que_locutions) if que is not None and (
                doc[que.i - 1].text == "," or doc[que.i - 1].text[:1].isupper() and not any(
                    t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[content: que.i])) else None
        restricted = restrictive_que(que, group_start, group_end, sentence)
        if restricted:  # "ne demande qu'un permis", "ne dit que quelques mots": "que" means "only", its object follows
            que, content = None, que.i + 1
        own_subject = any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < group_start for c in token.children)
        if previous is not None and previous.text == "," and que is None and bare_participle(doc[group_start:group_end]) and (
                not gerund or (lemma not in self.rules.object_verbs and infinitive_after(content, sentence) is None
                               and not quotation_within(content, sentence, self.marks))) and (
                closed is None or not names_subject(token, group_end, sentence)):
            return  # "X, accusé de fraude": an apposition, neither a postposed cue nor a verb with an object; but
            # "…, confessant avoir été « dépassé »" and "…, jugeant « surréaliste » ce silence": the gerund's infinitive
            # or quoted object is what was said, and "« … », écrit Paul X": a present tense the tagger took for a
            # participle, whose subject follows the quotation's incise
        if closed is None and pronoun is None and (
                passive(doc[group_start:group_end], content, sentence) or noun_complement(token, group_start, sentence)):
            # "est accusé de fraude", "la prime annoncée par le gouvernement", "des défis à relever": the subject said
            # nothing; but "Cela a été annoncé par X": X said the sentence before, and "jugés « … » par X" the quotation
            if not self.sources.read_passive_agent(particle_end, sentence, cue):
                self.sources.read_anaphoric(group_start, group_end, sentence, cue)
            return
        # "…, avoir été menacée par X", "…, pour l'heure, parler à son homologue X": an infinitive is never an incise
        infinitive_group = doc[group_start].lower_ in ("avoir", "être") or token.morph.get("VerbForm") == ["Inf"]
        # "Le suspect, a indiqué la police, a été interpellé": the cue interrupts the clause it reports
        inside = not gerund and not infinitive_group and que is None and closed is None and self.interrupts_clause(
            token, group_end, pronoun, previous, sentence)
        after_comma = not gerund and not infinitive_group and previous is not None and previous.text == "," and que is None and (
            infinitive_after(content, sentence) is None) and (  # "X, …, a indiqué, lundi, avoir demandé": its own content
            not own_subject or inside or self.inverted_source_after(token, group_end, sentence)) and (
            self.layout.mark_opening_after(doc[group_end - 1].idx + len(doc[group_end - 1].text)) is None) and (  # "X, a dénoncé « … »": its object
            # "Son amie X, en pleurs, a salué la mémoire de …", "La gérante, qui a perdu des clients, redoute …": no clause
            # before the comma but a subject's apposition or relative, so nothing it reports
            (finite_clause(doc[sentence.start: previous.i]) and not subject_with_relative(doc[sentence.start: previous.i]))
            or inside or
            self.inverted_source_after(token, group_end, sentence))
        # "Deux blessés ont été hospitalisés a indiqué lundi la préfecture.": a postposed cue whose comma was left out,
        # told by a clause before it, no subject of its own, and a source after it that ends the sentence, or an
        # inverted pronoun that does ("Il a grandi à Lille explique-t-il."); not after a quotation, whose own verb
        # comes first ("« … », a lu l'avocat à l'audience révèle X": X only relays it)
        unmarked = not gerund and not infinitive_group and previous is not None and not previous.is_punct and (
            previous.lower_ not in _RELATIVE_WORDS) and que is None and not own_subject and closed is None and (
            not bare_participle(doc[group_start:group_end])) and (
            finite_clause(doc[sentence.start: group_start])) and not any(
            t.text in MARK_CHARS for t in doc[sentence.start: group_start]) and (
            self.ends_with_source(token, group_end, sentence) if pronoun is None else ends_sentence(group_end, sentence))
        if closed is not None or pronoun is not None or after_comma or unmarked:
            after = None if pronoun is not None else mention_after(token, group_end, sentence)
            mention = pronoun.text.split("-")[-1] if pronoun is not None else self.mention(after, after_cue=True)
            if mention is None or (closed is None and after is not None and doc[after[0]].pos_ == "ADP"):
                return  # "…, ont fait part de leur colère": an object after the verb, not its inverted subject
            self.incise_mentions[sentence.start] = mention
            last = doc[(after[1] if after else group_end) - 1]
            # 'Les parents « n'ont rien vu. Ils veulent comprendre », a dit X': the sentencizer split the quotation; its
            # fragment status and the mixed quote's start belong to the sentence its opening mark is in
            opening = sentence if closed is None else self.sentence_at(self.marks[closed].start, sentence)
            if closed is not None and self.layout.is_fragment(self.marks[closed], opening):
                start, end = trim(self.text, opening.start_char, self.marks[closed].close)
                self.findings.add_clause(Found("mixed", start, end, cue, mention))
            elif closed is not None:
                self.findings.attribute(closed, cue, mention)
                joined = self.layout.joined_before(closed, _JOINERS)
                while joined is not None:  # "« A », mais « B », a relevé X": A is X's too
                    self.findings.attribute(joined, cue, mention)
                    joined = self.layout.joined_before(joined, _JOINERS)
                reopened = self.layout.mark_opening_after(last.idx + len(last.text))
                if reopened is not None and reopened == closed + 1:
                    self.findings.attribute(reopened, cue, mention)
            elif after_comma or unmarked:
                end = self.layout.clause_end(sentence, sentence.start_char) if inside else (
                    previous.idx if after_comma else doc[group_start].idx)
                # '"A. B" au Royaume-Uni, a-t-il dit': the sentencizer split the quotation, which the content opens
                start, end = trim(self.text, self.layout.quotation_start(sentence.start_char), end)
                opened = content_after_incise(previous.i, after[1] if after else group_end, sentence,
                                              self.rules.sentence_connectors) if after_comma else None
                if opened is not None:  # "Ainsi, note X, analyste, tout accord …": not the connector
                    start, end = trim(self.text, doc[opened].idx, self.layout.clause_end(sentence, doc[opened].idx))
                if end > start:
                    self.findings.add_clause(Found("indirect", start, end, cue, mention, postposed=True))
            return
        if previous is not None and previous.lower_ == "nous" and que is None and infinitive_after(content, sentence) is None:
            return  # "la marque nous annonce une version « officielle »": shown to the reader; "il nous a dit que" reports
        colon = next((t for t in following if t.text == ":"), None)  # "elle précise la gravité de sa blessure : « … »"
        if colon is not None and any(t.pos_ in ("VERB", "AUX") or t.text in ".;«»\"" for t in doc[group_end: colon.i]):
            colon = None
        quoted = quoted_object(content, sentence, self.marks)  # "a ironisé sur « une opposition qui … »"
        if quoted is None and (gerund or not bare_participle(doc[group_start:group_end])):
            # "a raillé un « effet d'annonce »"; but "des remarques rapportées l'été dernier par …" has no object
            quoted = quoted_in_object(content, sentence, self.marks)
        if quoted is None and (after := past_circumstance(content, sentence)) > content:  # "a dénoncé sur son blog un « … »"
            quoted = quoted_object(after, sentence, self.marks) or quoted_in_object(after, sentence, self.marks)
        if lemma in self.rules.incise_verbs and colon is None and quoted is None:
            return
        if self.sources.read_anaphoric(group_start, group_end, sentence, cue):
            return
        # "…, le jugeant « dangereux »", "…, les accusant de …": an object pronoun between the comma and a gerund
        # leaves it the clause's subject; its content is then a quotation, a "que" or an infinitive, not the object
        # a bare pronoun stands for ("en les comparant à …")
        lead = doc[previous.i - 1] if gerund and previous is not None and previous.lower_ in _OBJECT_PRONOUNS and (
            previous.i > sentence.start) and (que is not None or quoted is not None or infinitive_after(
                content, sentence) is not None) else previous
        before = mention_before(*self.governing_verb(token, group_start, lead, sentence), sentence)
        mention = None if before is None or self.layout.inside_mark(doc[before[0]].idx) else self.mention(before)
        if gerund and lead is not None and lead.lower_ in (",", "en") and sentence.start in self.incise_mentions:
            mention = self.incise_mentions[sentence.start]  # "« … », a déclaré X, ajoutant que …": the incise's subject
        mention = mention or (earlier_inverted_pronoun(sentence, group_start) if gerund else None)
        if mention is None and gerund and lead is not None and lead.lower_ in (",", "en"):
            mention = self.mention(main_subject(sentence))  # "en affirmant que": the subject of the clause
        elif mention is None and previous is not None and previous.text == "," and not any(
                t.pos_ in ("VERB", "AUX") or t.text in MARK_CHARS for t in doc[sentence.start: group_start]):
            mention = self.mention((sentence.start, previous.i))  # "Un autre, X, un des favoris, a lui appelé à"
        fronted = fronted_subject(group_start, sentence) if gerund else None
        if fronted is not None:  # "Estimant que …, les maires …": the main clause's subject said it
            left = fronted.left_edge.i
            span = (left, fronted.i + 1) if fronted.pos_ == "PRON" else scan_right(doc, left, fronted.head.i)
            mention = self.mention(span) or mention
        limit = self.content_limit(fronted, group_end, previous, sentence)
        if mention is not None and mention.lower() in INDEFINITE_PRONOUNS:  # "Chez Renault, on explique que": Renault
            mention = fronted_venue(doc, doc[before[0]].idx, self.rules) if before is not None else None
            if mention is None:
                return  # "On estime que", "où l'on constate": what "on" says is no one's speech
        cut, shared = self.coordination(group_start, before, doc[group_start:group_end], sentence)
        mention = shared or mention
        joiner = predicate_joiner(group_start, sentence)
        mention = self.joined_subjects.get(joiner, mention) if joiner is not None else mention
        infinitive = infinitive_after(content, sentence, object_first=lemma in self.rules.object_infinitive_verbs)
        if lemma in self.rules.de_only_verbs and que is None and not self.de_infinitive(infinitive, content, previous, sentence):
            return
        if infinitive is not None:  # what a verb of wanting governs is a wish, not speech ("souhaite rester anonyme"),
            # unless the wish is quoted in the source's words ("souhaite interdire les fêtes « sans masque »")
            end = min(limit, self.layout.clause_end(sentence, infinitive))
            first = next(t.i for t in doc[content: sentence.end] if t.idx >= infinitive)
            # "nie avoir réclamé un poste, mais dit avoir été …": an infinitive has no subject of its own, so a finite
            # verb joined after it is the speaker's next act, and the end of this content
            joined = second_predicate(first, sentence)
            if joined is not None and doc[joined].idx < end and not self.layout.inside_mark(doc[joined].idx):
                end = doc[joined].idx
                self.joined_subjects[joined] = mention
            start, end = trim(self.text, infinitive, end)
            # a request made to someone ("a demandé aux élus de voter") is said, whoever wishes it
            quoted_words = quotation_within(first, sentence, self.marks)
            said = lemma not in self.rules.wish_verbs or quoted_words or infinitive_after_dative(content, sentence) == infinitive
            # two words are enough when one is the source's own ("a promis d'être « intransigeant »")
            if mention and said and count_words(self.text, start, end) >= (2 if quoted_words else 3):
                self.findings.add_clause(Found("indirect", start, end, cue, mention, cut))
        elif que is not None and not any(t.text in (".", ";") for t in doc[group_end: que.i]):
            start = que.idx + len(que.text)
            end = min(limit, self.layout.clause_end(sentence, start))
            joined = joined_cue(que.i + 1, sentence, self.rules)  # "…, mais a reconnu que …": the next act's
            if joined is not None and doc[joined].idx < end and not self.layout.inside_mark(doc[joined].idx):
                end = doc[joined].idx
                self.joined_subjects[joined] = mention
            start, end = trim(self.text, start, end)
            if end > start and mention:
                self.findings.add_clause(Found("indirect", start, end, cue, mention, cut))
        elif colon is not None:
            opened = self.layout.mark_opening_after(colon.idx + 1)
            if opened is not None:
                self.findings.attribute(opened, cue, mention)
            elif mention and (previous is None or previous.lower_ not in _RELATIVE_WORDS):
                # "a confirmé la rumeur : il sera candidat": a clause after the colon is what the cue announces; a list is
                # not ("signale des solutions : pensions, voisins, familles"), nor what follows a relative clause's verb
                # ("une interface, qui rappelle celle d'un site : des vignettes …": the colon ends the main clause)
                start, end = trim(self.text, colon.idx + 1, self.layout.clause_end(sentence, colon.idx + 1))
                stop = next((t.i for t in doc[colon.i + 1: sentence.end] if t.idx >= end), sentence.end)
                if count_words(self.text, start, end) >= 3 and finite_clause(doc[colon.i + 1: stop]):
                    self.findings.add_clause(Found("indirect", start, end, cue, mention, cut))
        elif mention and token.morph.get("VerbForm") != ["Inf"] and (announced := self.announced_clause(
                group_start, particle_end, sentence)) is not None:  # not "… de l'appeler, la première dame a …"
            # "Le directeur l'assure, les brûlures étaient légères": the neuter "l'" stands for the clause after the comma
            start, end = trim(self.text, doc[announced].idx, self.layout.clause_end(sentence, doc[announced].idx))
            if count_words(self.text, start, end) >= 3:
                self.findings.add_clause(Found("indirect", start, end, cue, mention, cut))
        elif (lemma in self.rules.object_verbs or quoted is not None or stated_attitude(
                lemma, doc[group_start:group_end], content, sentence) or stated_stance(
                lemma, doc[group_start:group_end], content, sentence)) and mention and (content := object_start(
                    content, sentence, self.rules.object_words.get(lemma, frozenset()))) < sentence.end and (
                doc[content].lower_ != "par") and (
                restricted or not negated(group_start, sentence) or quotation_within(content, sentence, self.marks)):
            # "préconisent par ailleurs l'évacuation": the object starts after the words before it (object_leads)
            # "n'a pas exigé de mandat de dépôt": a negated verb reports no object but a quotation of the source's words
            comma = next((t for t in doc[content: sentence.end] if t.text in (",", ";") and not self.layout.inside_mark(t.idx)), None)
            needed = self.rules.object_words.get(lemma)
            if quoted is None and not needed and doc[content].pos_ == "ADP" and doc[content].lower_ not in _OBJECT_CASES and any(
                    t.lower_ in ("l'", "l’") for t in doc[group_start:group_end]):
                return  # "il l'a annoncé devant les députés": the object is the pronoun, what follows a circumstance;
                # but "l'accuse de l'avoir trompée": what he is accused of
            reach = content + 2 if lemma in self.rules.head_word_verbs else comma.i if comma else sentence.end
            if needed and not any(t.lower_ in needed for t in doc[content: reach]):
                return  # "a appelé la police" is a call, "émet le chèque « X »" a product; "a appelé à …" reports
            if quoted is None and needed:
                while doc[content].pos_ == "ADV" and content + 1 < sentence.end:
                    content += 1  # "a alerté récemment sur …"
                content += doc[content].lower_ in _BARE_PREPOSITIONS  # "a appelé à la grève": the content starts after "à"
            start = doc[quoted if quoted is not None else content].idx
            end = object_end(content, sentence, self.rules.object_continuations, self.layout.inside_mark)
            joined = second_predicate(content, sentence)  # "a dénoncé la réforme et a appelé à …": the subject's next act
            if joined is not None and doc[joined].idx < end and not self.layout.inside_mark(doc[joined].idx):
                end = doc[joined].idx
                self.joined_subjects[joined] = mention
            start, end = trim(self.text, start, end)
            if count_words(self.text, start, end) >= 2:
                self.findings.add_clause(Found("indirect", start, end, cue, mention, cut))

    def de_infinitive(self, infinitive: int | None, content: int, previous: Token | None, sentence: Span) -> bool:
        """Does a "de" infinitive start at ``infinitive`` ("a proposé aux élus de voter"), not in a purpose clause
        ("pour proposer de …": what the main verb is for)?"""
        if infinitive is None or (previous is not None and previous.lower_ == "pour"):
            return False
        first = next(t.i for t in self.doc[content: sentence.end] if t.idx >= infinitive)
        return self.doc[first - 1].lower_ in ("de",) + _ELIDED_DE

    def sentence_at(self, char: int, sentence: Span) -> Span:
        """The sentence holding a character before ``sentence`` (a quotation's first word), else ``sentence``."""
        if char >= sentence.start_char:
            return sentence
        token = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return sentence if token is None else token[0].sent

    def interrupts_clause(self, verb: Token, group_end: int, pronoun: Token | None, previous: Token | None,
                          sentence: Span) -> bool:
        """ "Le suspect, a indiqué la police, a été interpellé", "Le nid, ont-ils expliqué, était logé …": a cue set off by
        commas after a subject with no verb of its own, its source right after it, then the clause's own finite verb
        (past clitics and a negation); the whole sentence is what the source said. Not "Son amie X, en pleurs, a salué
        la mémoire de Y, qui …": no verb resumes after the comma. The cue may also follow a subordinate that opens the
        sentence, then a main clause with its own subject resumes ("Une fois élu, promet X, il remboursera …", "Si la
        grève dure, prévient X, les salaires …"): the subordinate alone would be half of what was said."""
        doc = self.doc
        if previous is None or previous.text != ",":
            return False
        subordinate = opening_subordinate(sentence, previous.i)
        if finite_clause(doc[sentence.start: previous.i]) and not subordinate:
            return False
        after = None if pronoun is not None else mention_after(verb, group_end, sentence)
        end = after[1] if after is not None else group_end
        if (pronoun is None and after is None) or end >= sentence.end or doc[end].text != ",":
            return False
        if subordinate:
            return finite_clause(doc[end + 1: sentence.end])
        i = end + 1
        while i < sentence.end and doc[i].lower_ in _CLITICS:
            i += 1
        return i < sentence.end and doc[i].pos_ in ("VERB", "AUX") and doc[i].morph.get("VerbForm") == ["Fin"]

    def content_limit(self, fronted: Token | None, group_end: int, previous: Token | None, sentence: Span) -> int:
        """Where a cue's content must stop at the latest: before the main clause that follows the participle
        ("Estimant que …, les maires …") or the subordinate ("Bien qu'elle assure avoir …, cette élue estime …") the
        cue opens the sentence with, or where the main verb comes back after a relative set off by commas ("Le maire,
        qui assure que …, a inauguré …"); the text's end when nothing stops it."""
        doc = self.doc
        if fronted is not None:
            return doc[fronted.left_edge.i - 1].idx
        if previous is not None and previous.lower_ == "qui" and previous.i > sentence.start and doc[previous.i - 1].text == ",":
            relative_end = main_verb_after(group_end, sentence)
            return len(self.text) if relative_end is None else doc[relative_end].idx
        main = main_clause_subject(sentence.start + 1, sentence, after_verb=True) if fronted_subordinate(sentence) else None
        if main is None:
            return len(self.text)
        # only a cue of the subordinate clause, with no comma between its first finite verb and the cue ("S'il a pu …,
        # X rappelle que …": the main clause's), once its content has a verb ("Si X dit que, selon lui, la loi …" goes on)
        first = next((t.i for t in doc[sentence.start: group_end] if t.morph.get("VerbForm") == ["Fin"]), group_end)
        if main.left_edge.i > group_end and not any(t.text == "," for t in doc[first: group_end]) and any(
                t.pos_ in ("VERB", "AUX") for t in doc[group_end: main.left_edge.i]):
            return doc[main.left_edge.i - 1].idx
        return len(self.text)

    def coordination(self, group_start: int, subject: tuple[int, int] | None, group: Span,
                     sentence: Span) -> tuple[int | None, str | None]:
        """Where an earlier cue's content stops because this cue starts a report of its own, and the source they
        share: "a jugé que « … », affirmant que « … »" and "a réclamé « … » et préconisé de « … »" (a participle
        joined by a comma, "et" or "tout en": the same source), and "…, la SNCF estimant que …" (a present
        participle with its own subject after a comma). A finite verb with a subject after a comma may be the
        content's own ("Selon X, le chef de l'Etat a indiqué que …"), so it starts nothing."""
        doc = self.doc
        if subject is not None and subject[1] == group_start:
            start = subject[0]
            absolute = group[0].lower_.endswith("ant") and bare_participle(group)
            joined = absolute and start > sentence.start and doc[start - 1].text == ","
            earlier = self.content_holding(doc[start - 1].idx) if joined else None
            return (None, None) if earlier is None else (doc[start - 1].idx, None)
        if not bare_participle(group):
            return None, None  # "… mettent de côté leur confort et exigent que": a finite verb may be the content's own
        i = group_start
        while i > sentence.start and doc[i - 1].lower_ in _CONNECTORS:
            i -= 1
        if not any(t.lower_ in (",", "et", "tout") for t in doc[i:group_start]):
            return None, None  # "avait rédigé son offre en réclamant …": the manner of the content's own verb
        earlier = self.content_holding(doc[i].idx)
        return (None, None) if earlier is None else (doc[i].idx, earlier.mention)

    def inverted_source_after(self, verb: Token, group_end: int, sentence: Span) -> bool:
        """Is the verb's inverted subject a source that ends the sentence ("…, a annoncé samedi le parquet.")? Not one
        found past a quotation, a colon or another verb ("X, a fait part de sa « colère », écrivant … : « … »")."""
        after = mention_after(verb, group_end, sentence)
        return after is not None and not any(t.pos_ in ("VERB", "AUX") or t.text in MARK_CHARS or t.text in (":", ";")
                                             for t in self.doc[group_end: after[0]]) and (inverted_source(
            after, sentence, self.source_nouns) or named_role(after, sentence))

    def ends_with_source(self, verb: Token, group_end: int, sentence: Span) -> bool:
        """Is the verb's inverted subject a source ("la préfecture", a person, an organisation) that ends the sentence,
        with at most a date between them ("a indiqué lundi 25 février le ministère"), no circumstance ("a répondu dans
        une lettre publiée par l'hebdomadaire": the verb's own subject came before it)?"""
        after = mention_after(verb, group_end, sentence)
        if after is None or not inverted_source(after, sentence, self.source_nouns) or any(
                t.pos_ in ("ADP", "VERB", "AUX") or t.is_punct for t in self.doc[group_end: after[0]]):
            return False
        return after[1] >= sentence.end or all(t.is_punct for t in self.doc[after[1]: sentence.end])

    def announced_clause(self, group_start: int, group_end: int, sentence: Span) -> int | None:
        """Where the clause starts that a neuter "l'" in the cue announces ("X l'assure, les dégâts sont légers",
        "il l'a dit, rien ne changera", "elle l'assure sur son blog, …"): right after the comma that follows the verb,
        or a circumstance after it, when a subject and a finite verb come next; None otherwise ("il l'a annoncé, puis il
        est parti": a second clause of the narrative)."""
        doc = self.doc
        comma = group_end
        if comma < sentence.end and doc[comma].pos_ == "ADP":  # "sur son blog": a circumstance, no verb
            comma = next((t.i for t in doc[comma: min(comma + _CIRCUMSTANCE_REACH, sentence.end)]
                          if t.is_punct or t.pos_ in ("VERB", "AUX")), sentence.end)
        if comma + 1 >= sentence.end or doc[comma].text != "," or not any(
                t.lower_ in ("l'", "l’") for t in doc[group_start: group_end]) or any(
                t.lower_ == "comme" for t in doc[max(sentence.start, group_start - 3): group_start]):
            return None  # "comme elle l'a précisé dans un tweet, …": the "l'" stands for what came before
        first = doc[comma + 1]
        if first.pos_ not in ("DET", "PRON", "PROPN", "NOUN") or first.lower_ in _RELATIVE_WORDS:
            return None
        return comma + 1 if finite_clause(doc[comma + 1: sentence.end]) else None

    def content_holding(self, char: int) -> Found | None:
        """The content, met so far, of a cue before it ("a jugé que …") that runs over this character."""
        return next((c for c in reversed(self.findings.clauses) if c.start < char < c.end and not c.postposed), None)

    def governing_verb(self, token: Token, group_start: int, previous: Token | None, sentence: Span) -> tuple[Token, int]:
        """The verb whose subject is the speaker: a gerund's ("a enfoncé le clou en affirmant que") or a dependent
        infinitive's ("a improvisé un discours pour appeler à", "a décidé de dénoncer") is the verb it depends on,
        which has no subject of its own, and so is a participle's that shares an earlier one's auxiliary; any other
        cue's is itself."""
        head = token.head
        for _ in range(2):  # "un discours pour appeler à": the parser may hang the infinitive on the verb's object
            if head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i:
                head = head.head
        dependent = previous is not None and (
            (previous.lower_ in ("en", ",") and token.lower_.endswith("ant"))
            or (previous.lower_ in _INFINITIVE_MARKERS and token.morph.get("VerbForm") == ["Inf"]))
        if not dependent or head.i >= group_start or head.pos_ not in ("VERB", "AUX"):
            shared = shared_auxiliary(token, group_start, sentence)  # "a salué les soignants et appelé à …"
            return (token, group_start) if shared is None else (shared, verb_group(shared, sentence)[0])
        return head, verb_group(head, sentence)[0]

    def read_inner_incise(self, verb: Token, sentence: Span) -> None:
        """ "« Les concertations continuent, a précisé Mme X. Une loi suivra »": an incise the marks enclose
        attributes the whole quotation, and when it ends its sentence it cuts it in two quotes (inner_incises)."""
        doc = self.doc
        group_start, group_end = verb_group(verb, sentence)
        if group_start == 0 or doc[group_start - 1].text != "," or bare_participle(doc[group_start:group_end]) or \
                cue_lemma(verb, self.rules) == verb.lower_:  # "…, reprendre une vie sociale, et …": nor an infinitive
            return  # "…, vu ce que je prends…": a participle alone is no incise, an incise has a finite verb
        pronoun = inverted_pronoun(group_start, group_end, sentence)
        after = None if pronoun is not None else mention_after(verb, group_end, sentence)
        mention = pronoun.text.split("-")[-1] if pronoun is not None else self.mention(after, after_cue=True)
        if mention is None:
            return
        index = self.layout.index_enclosing(verb.idx)
        self.findings.attribute(index, doc[group_start:group_end].text, mention)
        self.findings.cut(index, incise_cut(sentence, group_start, self.marks[index]))

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
        lemmas = {lemma for lemma in {row[1] for row in rows}  # each distinct lemma looked up once
                  if lemma and (lemma in rules.verb_hashes or strings[lemma].lower() in rules.verbs)}
        sources, elided, after = {strings[w] for w in _SOURCE_WORDS}, {strings[w] for w in _ELIDED_DE}, strings["après"]
        learned = {strings[w] for w in rules.learned_forms}
        # "à en croire X": a source phrase of several words, found from its last one
        phrases: dict[int, list[tuple[str, ...]]] = {}
        for words in rules.source_phrases:
            phrases.setdefault(strings[words[-1]], []).append(words[:-1])
        for sentence in doc.sents:
            if is_dash_heading(sentence):
                continue
            first = self.layout.first_after_mark(sentence)
            first = sentence.end if first is None else first
            for i in range(sentence.start, sentence.end):
                low, lemma, pos = rows[i]
                if low in sources or (low == after and i > 0 and rows[i - 1][0] in elided) or (low in phrases and any(tuple(
                        strings[row[0]] for row in rows[max(sentence.start, i - len(p)): i]) == p for p in phrases[low])):
                    self.sources.read_source(doc[i], sentence)
                elif low in learned:
                    self.sources.read_learned(doc[i], sentence)
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
