"""Full-text search: folding, ranking, snippets, filters, pagination, and hostile input."""
from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.errors import StoreError
from veille.store.base import SearchFilters
from veille.store.search import MARK_END, MARK_START, parse_query

HOSTILE = [
    '"', '(', ')', 'NEAR(', 'NEAR(a b', 'a AND', 'AND', 'OR', 'NOT', '*', '**', '-', '--', ':', 'title:',
    "'; DROP TABLE articles; --", '"; DROP TABLE articles; --', 'a OR', 'OR b', '-securite', '^', '{a b}',
    'a NOT', 'NEAR("a" "b", 2)', '"unbalanced phrase', 'col:"x"', '\x00', '\u202e', "sécu*rité", '"" ""',
]


@pytest.fixture
def corpus(store, run_id, make_article):
    articles = [
        make_article("t:1", "Le ministre a évoqué la sécurité européenne et les garanties.",
                     title="Garanties de Sécurité", site="Exemple", lang="fr", published="2022-01-10"),
        make_article("t:2", "Au cœur des négociations, une œuvre diplomatique de longue haleine.",
                     title="Négociations", site="Autre", lang="fr", published="2021-12-17T10:30:00"),
        make_article("t:3", "The security guarantees were discussed in Geneva.",
                     title="Geneva talks", site="Exemple", lang="en", published="2022-02-09"),
        make_article("t:4", "Aucune mention du sujet ici, seulement la météo de Genève.",
                     title="Météo", site="Exemple", lang="fr", published="2022-01-31T23:59:00"),
    ]
    store.save(articles, run_id=run_id)
    return store, {a.source_id: a.id for a in articles}


def _ids(page):
    return {h.id for h in page.hits}


def test_search_ignores_case_and_accents(corpus):
    store, ids = corpus
    assert _ids(store.search("securite")) == {ids["t:1"]}
    assert _ids(store.search("SÉCURITÉ")) == {ids["t:1"]}
    assert _ids(store.search("geneve")) == {ids["t:4"]}


def test_search_folds_ligatures_both_ways(corpus):
    store, ids = corpus
    assert _ids(store.search("coeur")) == {ids["t:2"]}
    assert _ids(store.search("OEUVRE")) == {ids["t:2"]}
    assert _ids(store.search("œuvre")) == {ids["t:2"]}


def test_search_phrases_and_prefixes(corpus):
    store, ids = corpus
    assert _ids(store.search('"securite europeenne"')) == {ids["t:1"]}
    assert store.search('"europeenne securite"').total == 0
    assert _ids(store.search("negoc*")) == {ids["t:2"]}
    assert _ids(store.search("garanti*")) == {ids["t:1"]}


def test_search_or_and_exclusion(corpus):
    store, ids = corpus
    assert _ids(store.search("coeur OR meteo")) == {ids["t:2"], ids["t:4"]}
    assert _ids(store.search("geneve -meteo")) == set()
    assert _ids(store.search("garanties -geneva")) == {ids["t:1"]}


def test_title_matches_rank_above_body_matches(store, run_id, make_article):
    body = make_article("r:1", "Un texte qui parle de Lavrov en passant, parmi bien d'autres sujets.", title="Divers")
    title = make_article("r:2", "Un texte sur la diplomatie, parmi bien d'autres sujets aussi.", title="Lavrov à Genève")
    store.save([body, title], run_id=run_id)
    page = store.search("lavrov")
    assert [h.id for h in page.hits] == [title.id, body.id]
    assert page.hits[0].score >= page.hits[1].score > 0


def test_snippet_shows_original_text_with_matches_marked(corpus):
    store, _ = corpus
    (hit,) = store.search("coeur").hits
    assert f"{MARK_START}cœur{MARK_END}" in hit.snippet
    assert "négociations" in hit.snippet  # accents as written, not folded
    (hit,) = store.search("securite europeenne").hits
    assert f"{MARK_START}sécurité{MARK_END} {MARK_START}européenne{MARK_END}" in hit.snippet


def test_snippet_of_a_long_text_centres_on_the_match(store, run_id, make_article):
    filler = " ".join(f"mot{i}" for i in range(400))
    article = make_article("l:1", f"{filler} le Kremlin a répondu. {filler}", title="Long")
    store.save([article], run_id=run_id)
    (hit,) = store.search("kremlin").hits
    assert hit.snippet.startswith("… ") and hit.snippet.endswith(" …")
    assert f"{MARK_START}Kremlin{MARK_END}" in hit.snippet and len(hit.snippet) < 400


def test_snippet_never_confuses_markers_in_the_text(store, run_id, make_article):
    store.save([make_article("m:1", "Il a dit \x02 bonjour \x03 au Kremlin.")], run_id=run_id)
    (hit,) = store.search("kremlin").hits
    assert hit.snippet.count(MARK_START) == 1 and hit.snippet.count(MARK_END) == 1


def test_snippet_falls_back_to_the_title_when_there_is_no_text(store, run_id, make_article):
    store.save([make_article("e:1", "", title="Sécurité européenne")], run_id=run_id)
    (hit,) = store.search("securite").hits
    assert hit.snippet == f"{MARK_START}Sécurité{MARK_END} européenne"


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise_and_the_table_survives(corpus, query):
    store, _ = corpus
    page = store.search(query, filters=SearchFilters(site=query[:20] or None))
    assert page.total >= 0
    assert store.count_articles() == 4


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab "()*-:^+{}NEAROTD\'; é')), max_size=40))
def test_any_query_parses_to_a_valid_fts_expression(query):
    parsed = parse_query(query)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    if parsed.expression:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (parsed.expression,)).fetchall()


def test_filters_by_date_range_site_and_language(corpus):
    store, ids = corpus
    january = SearchFilters(date_from="2022-01-01", date_to="2022-01-31")
    assert _ids(store.search("", filters=january)) == {ids["t:1"], ids["t:4"]}  # 31 Jan 23:59 is in January
    assert _ids(store.search("", filters=SearchFilters(date_to="2021-12-31"))) == {ids["t:2"]}
    assert _ids(store.search("", filters=SearchFilters(date_from="2022-02-09T00:00:00"))) == {ids["t:3"]}
    assert _ids(store.search("", filters=SearchFilters(site="exemple", lang="fr"))) == {ids["t:1"], ids["t:4"]}
    assert _ids(store.search("securite OR security", filters=SearchFilters(lang="en"))) == {ids["t:3"]}


def test_bad_dates_give_a_clear_error(corpus):
    store, _ = corpus
    with pytest.raises(StoreError, match="date_from must be an ISO date"):
        store.search("", filters=SearchFilters(date_from="janvier"))


def test_filters_cannot_inject_sql(corpus):
    store, ids = corpus
    for evil in ("Exemple' OR '1'='1", "x'); DROP TABLE articles; --", "' UNION SELECT record FROM articles --"):
        assert store.search("", filters=SearchFilters(site=evil, lang=evil)).total == 0
    with pytest.raises(StoreError):
        store.search("", filters=SearchFilters(date_from="2022-01-01' OR 1=1 --"))
    assert store.count_articles() == 4
    assert store.search("", filters=SearchFilters(site="Exemple")).total == 3


def test_empty_query_lists_newest_first(corpus):
    store, ids = corpus
    page = store.search("")
    assert page.total == 4
    assert [h.id for h in page.hits] == [ids["t:3"], ids["t:4"], ids["t:1"], ids["t:2"]]


def test_punctuation_only_query_finds_nothing(corpus):
    store, _ = corpus
    assert store.search('"()*').total == 0


def test_pagination_reports_the_total_and_pages_without_overlap(store, run_id, make_article):
    store.save([make_article(f"p:{i}", f"Dépêche {i} sur le sommet de Genève.") for i in range(25)], run_id=run_id)
    pages = [store.search("sommet", limit=10, offset=offset) for offset in (0, 10, 20, 30)]
    assert [p.total for p in pages] == [25] * 4
    assert [len(p.hits) for p in pages] == [10, 10, 5, 0]
    seen = [h.id for p in pages for h in p.hits]
    assert len(set(seen)) == 25


def test_search_follows_new_versions(store, run_id, make_article):
    store.save([make_article("v:1", "Le sommet aura lieu lundi.", url="https://ex.fr/s")], run_id=run_id)
    store.save([make_article("v:1", "Le sommet est reporté.", url="https://ex.fr/s")], run_id=run_id)
    assert store.search("lundi").total == 0
    assert store.search("reporte").total == 1


def test_rebuilding_the_index_gives_the_same_results(corpus):
    store, _ = corpus
    before = [(h.id, h.snippet) for h in store.search("securite OR coeur OR geneve").hits]
    store.rebuild_search_index()
    assert [(h.id, h.snippet) for h in store.search("securite OR coeur OR geneve").hits] == before


def test_parse_query_quotes_every_term_and_keeps_or_and_exclusion():
    parsed = parse_query('Sécurité "cœur de" secur* OR Kremlin -météo')
    assert parsed.expression == '("securite" AND "coeur de" AND ("secur" * OR "kremlin")) NOT "meteo"'
    assert [t.words for t in parsed.terms] == [("securite",), ("coeur", "de"), ("secur",), ("kremlin",)]


def test_parse_query_reads_fts_syntax_as_plain_words():
    parsed = parse_query('NEAR(a b) title:x AND "unclosed')
    assert parsed.expression == '"near a" AND "b" AND "title x" AND "unclosed"'


def test_parse_query_without_positive_terms_is_empty():
    assert parse_query("-meteo OR AND *").expression == ""
