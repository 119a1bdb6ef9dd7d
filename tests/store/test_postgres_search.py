"""The PostgreSQL search's own parts: tsquery text built from parsed terms, and ranking by weight."""
from __future__ import annotations

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.store.postgres_search import tsquery_text


@pytest.mark.postgres
@pytest.mark.parametrize(("query", "matching"), [
    ('Sécurité "cœur de" secur* OR Kremlin -météo', {"securite coeur de securiser", "securite coeur de kremlin"}),
    ('"coeur de"', {"securite coeur de securiser", "securite coeur de kremlin", "coeur de meteo"}),
    ('"de coeur"', set()),
    ("kreml* -meteo", {"securite coeur de kremlin"}),
    ("'; DROP TABLE articles; --", {"drop table articles"}),
])
def test_tsquery_keeps_phrases_prefixes_or_and_exclusion(pg_url, query, matching):
    docs = ["securite coeur de securiser", "securite coeur de kremlin", "coeur de meteo", "drop table articles"]
    text, _ = tsquery_text(query)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        found = {d for d in docs if conn.execute("SELECT to_tsvector('simple', %s) @@ to_tsquery('simple', %s)",
                                                 (d, text)).fetchone()[0]}
    assert found == matching


def test_tsquery_of_nothing_searchable_is_empty():
    assert tsquery_text('-meteo OR AND *')[0] == ""
    assert tsquery_text('"()*')[0] == ""


@pytest.mark.postgres
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list('ab "()*-:^+{}NEAROTD\'!&|<>; é\\œ')), max_size=40))
def test_any_query_gives_a_tsquery_the_server_accepts(pg_url, query):
    text, _ = tsquery_text(query)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("SELECT to_tsquery('simple', %s)", (text,)).fetchone()


@pytest.mark.postgres
def test_title_matches_outrank_text_and_long_texts(pg_db_url):
    from veille.store.postgres import PostgresStore

    from .conftest import build_article

    with PostgresStore(pg_db_url) as store:
        run = store.begin_run(inputs=[], settings={}, stages={})
        store.save([build_article("r:1", "Le sommet. " + "Autre sujet sans rapport. " * 200, title="Divers"),
                    build_article("r:2", "On en parle peu.", title="Le sommet de Genève"),
                    build_article("r:3", "Le sommet se tient lundi.", title="Divers")], run_id=run)
        page = store.search("sommet")
        assert [h.id for h in page.hits][0] == build_article("r:2", "On en parle peu.",
                                                              title="Le sommet de Genève").id
        assert page.hits[1].score > page.hits[2].score > 0  # the short text above the long one
