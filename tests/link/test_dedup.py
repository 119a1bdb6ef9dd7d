"""Near-duplicates: syndicated variants of one invented dispatch point to its earliest copy."""
from __future__ import annotations

import pytest

from veille.article import Article
from veille.link.dedup import DedupConfig, NearDuplicateLinker, is_near_duplicate
from veille.link.minhash import ShingleConfig, band_keys, normalise, overlap, shingle_hashes
from veille.store.sqlite import SqliteStore

DISPATCH = (
    "LYON (ATX) - Les contrôleurs de la SNCF ont cessé le travail mardi matin sur l'ensemble du réseau régional, "
    "laissant des milliers de voyageurs sur les quais de la gare de la Part-Dieu. Le syndicat Sud-Rail a exigé "
    "l'ouverture immédiate de négociations sur les effectifs à bord des trains. « Nous ne pouvons plus assurer "
    "la sécurité des passagers avec un seul agent par rame », a déclaré Martine Olivier, secrétaire régionale du "
    "syndicat. La direction régionale a indiqué qu'un train sur trois circulerait mercredi sur les lignes "
    "Lyon-Grenoble et Lyon-Saint-Étienne, et qu'aucun car de substitution ne serait affrété avant jeudi. Le "
    "ministre des Transports a répondu dans l'après-midi qu'il recevrait les organisations syndicales vendredi "
    "à Paris, tout en appelant au sens des responsabilités. Les usagers réguliers, déjà éprouvés par les travaux "
    "de l'été, dénoncent une situation devenue intenable et réclament le remboursement de leurs abonnements. "
    "Selon la région, près de quarante mille personnes empruntent chaque jour les trains express régionaux "
    "entre les deux agglomérations, dont une majorité de salariés et d'étudiants."
)
OTHER_DISPATCH = (
    "GRENOBLE (Presse locale) - À la gare de Grenoble, les voyageurs ont patienté de longues heures mardi, "
    "faute de trains vers Lyon. La grève des contrôleurs, lancée à l'appel de Sud-Rail, a surpris de nombreux "
    "usagers venus travailler. Une étudiante raconte avoir attendu trois heures avant de trouver un covoiturage. "
    "La direction régionale de la SNCF promet un train sur trois mercredi, mais les associations d'usagers "
    "jugent cette offre insuffisante et demandent des cars. Le ministre des Transports recevra les syndicats "
    "vendredi. À Voiron, la mairie a ouvert une salle chauffée pour les voyageurs bloqués en fin de journée."
)


def article(ident: str, text: str, published: str, title: str = "Grève des contrôleurs") -> Article:
    return Article(id=ident, source_id=ident, title=title, text=text, published=published)


@pytest.fixture()
def linker(tmp_path):
    with SqliteStore(tmp_path / "dedup.db") as store:
        stage = NearDuplicateLinker()
        stage.bind(store)
        yield stage


def variants() -> dict[str, str]:
    words = DISPATCH.split()
    return {
        "retitled": DISPATCH,
        "truncated": " ".join(words[: len(words) * 55 // 100]),
        "reworded": DISPATCH.replace("a exigé", "a réclamé").replace("a déclaré", "a lancé")
        .replace("milliers", "centaines").replace("intenable", "insupportable"),
        "with_lead": "Nouvelle journée noire pour les usagers du rail en Auvergne-Rhône-Alpes. " + DISPATCH
        + " (avec ATX)",
        "boilerplate": "Publicité\nPartager sur Facebook\n" + DISPATCH.replace("«\u00a0", "« ")
        + "\nAbonnez-vous à notre lettre d'information\nTous droits réservés",
    }


def test_syndicated_variants_point_to_the_earliest_copy(linker):
    original = article("orig", DISPATCH, "2025-03-04T08:00:00+01:00")
    copies = [article(name, text, "2025-03-04T10:00:00+01:00", title=f"Titre {name}")
              for name, text in variants().items()]
    results = linker.process_batch([*copies, original])  # the original is found first: it is the oldest
    assert not [r for r in results if isinstance(r, Exception)]
    assert original.duplicate_of is None
    assert {c.source_id: c.duplicate_of for c in copies} == {c.source_id: "orig" for c in copies}


def test_two_dispatches_on_one_event_are_not_duplicates(linker):
    first = article("a", DISPATCH, "2025-03-04T08:00:00+01:00")
    second = article("b", OTHER_DISPATCH, "2025-03-04T09:00:00+01:00")
    linker.process_batch([first, second])
    assert second.duplicate_of is None
    jaccard, containment = overlap(shingle_hashes(normalise(DISPATCH), 5), shingle_hashes(normalise(OTHER_DISPATCH), 5))
    assert containment < DedupConfig().min_containment and jaccard < DedupConfig().min_jaccard


def test_a_later_run_finds_copies_of_earlier_articles(tmp_path):
    path = tmp_path / "runs.db"
    with SqliteStore(path) as store:
        stage = NearDuplicateLinker()
        stage.bind(store)
        stage.process_batch([article("first", DISPATCH, "2025-03-04")])
    with SqliteStore(path) as store:
        stage = NearDuplicateLinker()
        stage.bind(store)
        copy = article("later", variants()["truncated"], "2025-03-05")
        stage.process_batch([copy])
    assert copy.duplicate_of == "first"


def test_an_older_copy_arriving_late_becomes_the_original(linker):
    newer = article("newer", DISPATCH, "2025-03-05")
    newest = article("newest", variants()["reworded"], "2025-03-06")
    linker.process_batch([newer, newest])
    assert newest.duplicate_of == "newer"
    older = article("older", variants()["with_lead"], "2025-03-04")
    linker.process_batch([older])
    assert older.duplicate_of is None
    index = linker.index
    assert index.dedup_entry("newer").root_id == "older"
    assert index.dedup_entry("newest").root_id == "older"
    third = article("third", DISPATCH, "2025-03-07")
    linker.process_batch([third])
    assert third.duplicate_of == "older"


def test_same_date_copies_keep_input_order(linker):
    a, b = article("a", DISPATCH, "2025-03-04"), article("b", DISPATCH, "2025-03-04")
    linker.process_batch([a, b])
    assert (a.duplicate_of, b.duplicate_of) == (None, "a")


def test_empty_and_tiny_bodies_never_crash_or_match_loosely(linker):
    empty = article("e", "", "2025-03-04")
    tiny = article("t", "Grève mardi.", "2025-03-04")
    other_tiny = article("u", "Grève jeudi.", "2025-03-05")
    results = linker.process_batch([empty, tiny, other_tiny])
    assert not [r for r in results if isinstance(r, Exception)]
    assert (empty.duplicate_of, tiny.duplicate_of, other_tiny.duplicate_of) == (None, None, None)
    short = shingle_hashes(normalise("Grève mardi à Lyon"), 5)
    assert not is_near_duplicate(short, shingle_hashes(normalise("Grève mardi à Lyon et à Grenoble ce soir"), 5),
                                 DedupConfig())


def test_a_new_version_is_not_its_own_duplicate(linker):
    linker.process_batch([article("same", DISPATCH, "2025-03-04")])
    again = article("same", variants()["reworded"], "2025-03-04")
    linker.process_batch([again])
    assert again.duplicate_of is None


def test_demo_syndicated_pair_is_linked(demo_dir, tmp_path):
    from veille.identity import identify
    from veille.run.local import build_pipeline
    from veille.source import read_inputs

    paths = [str(demo_dir / "veilleur-2025-03-04-greve-ter.html"), str(demo_dir / "deux-rives-2025-03-04-ter-a-l-arret.html")]
    with SqliteStore(tmp_path / "demo.db") as store:
        cleaned, _ = build_pipeline(store).run([identify(a) for a in read_inputs(paths)])
        stage = NearDuplicateLinker()
        stage.bind(store)
        stage.process_batch(cleaned)
    original, copy = cleaned
    assert (original.duplicate_of, copy.duplicate_of) == (None, original.id)


def test_band_keys_from_the_callers_shingles_are_the_keys_it_would_compute() -> None:
    config = ShingleConfig()
    for text in (DISPATCH, "Grève mardi à Lyon", " ".join([DISPATCH] * 4)):  # short, one view, two views
        words = normalise(text)
        assert band_keys(words, config, shingle_hashes(words, config.size)) == band_keys(words, config)
