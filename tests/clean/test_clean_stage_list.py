"""The clean stages as the registry lists them, over a dump we wrote (no shared data needed)."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.article import Article, Dateline, RawPage
from veille.identity import identify
from veille.pipeline import Pipeline
from veille.registry import DEFAULT_STAGES, build_stages
from veille.stage import IndexedStage, Reject
from veille.store.sqlite import SqliteStore


def _run(article: Article, tmp_path: Path) -> Article:
    with SqliteStore(tmp_path / "veille.db") as store:
        stages = build_stages(DEFAULT_STAGES)
        for stage in stages:
            if isinstance(stage, IndexedStage):
                stage.bind(store)
        done, funnel = Pipeline(stages).run([identify(article)])
    assert funnel.failed == 0 and not funnel.rejected, funnel.as_dict()
    return done[0]


def test_clean_stage_list_reads_a_whole_dump(fixtures_dir: Path, tmp_path: Path) -> None:
    content = (fixtures_dir / "clean" / "municipal_dump.txt").read_text(encoding="utf-8")
    article = _run(Article(source_id="municipal_dump.txt", raw=RawPage(format="dump", content=content)), tmp_path)
    assert (article.site, article.section) == ("Le Journal du Val", "Politique")
    assert article.title == "Le conseil municipal adopte le budget de la médiathèque"
    assert article.dateline == Dateline(raw="LYON, le 12 mars. / AFP /.", place="Lyon", agency="AFP", date="2020-03-12")
    assert article.published == "2020-03-12"
    assert article.lang == "fr"
    assert article.text.split("\n")[:2] == [
        "Le conseil municipal a adopté jeudi soir le budget de la future médiathèque, a annoncé la maire.",
        "Les travaux doivent commencer à l’automne et durer deux ans, selon la mairie.",
    ]
    assert article.boilerplate == [
        "Le Journal du Val",
        "Politique",
        "Source",
        "Le conseil municipal adopte budget mediatheque Politique",
        "Suivez-nous sur Facebook",
        "Partager",
        "PREV Une nouvelle piste cyclable inaugurée au bord du fleuve",
        "NEXT Le marché de Noël reviendra en décembre sur la place centrale",
        "----",
    ]
    assert article.flags.mt_residue == () and article.flags.damaged_chars == 0
    assert set(DEFAULT_STAGES) <= set(article.trace)


def test_clean_stage_list_keeps_record_metadata(tmp_path: Path) -> None:
    body = "Le conseil régional a voté mardi une aide aux lignes de car rurales.Elles rouvriront à la rentrée."
    article = _run(
        Article(source_id="r:1", title="Les cars rouvrent", published="2019-12-05T10:31:00+01:00",
                raw=RawPage(format="text", content=body)),
        tmp_path,
    )
    assert article.published == "2019-12-05T10:31:00+01:00" and article.title == "Les cars rouvrent"
    assert article.text == body.replace("rurales.Elles", "rurales.\nElles")
    assert article.boilerplate == [] and article.dateline is None


_WORKER_STAGES = [stage for stage in build_stages(DEFAULT_STAGES) if not isinstance(stage, IndexedStage)]
_PIECES = st.sampled_from(
    ["PARIS (AFP) - ", "le 10 janvier", " 2021", "\n", "----\n", "Source\n", ".Le ", "« ", " »", '"', "\ufffd",
     "[the talks] ", "Partager\n", "\u00a0", "aujourd'hui, 9 février ", "Titre de la page\n", "é", "x" * 50]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=30).map("".join), st.sampled_from(["dump", "text", "html"]))
def test_clean_stage_list_never_crashes_on_garbage(content: str, fmt: str) -> None:
    article = identify(Article(source_id="g", published="n'importe quand", raw=RawPage(format=fmt, content=content)))
    try:
        for stage in _WORKER_STAGES:
            article = stage.process(article)
    except Reject as reject:
        assert reject.reason in {"empty_text", "too_large", "html_too_large", "html_too_deep"}
        return
    assert article.text.strip()
