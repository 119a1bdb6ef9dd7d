"""Stories: online clustering in publication order, copies folded, windows, batch independence."""
from __future__ import annotations

import socket

import numpy as np
import pytest

from veille.article import Article, Entity
from veille.link.dedup import NearDuplicateLinker
from veille.link.embeddings import SentenceEmbedder, lead_text
from veille.link.stories import StoryConfig, StoryLinker
from veille.link.story_days import leading_days, title_days
from veille.link.story_keys import capitalised_names, story_keys
from veille.link.story_index import days_agree, score, score_members
from veille.link.story_terms import TermConfig, TermWeights, WindowTerms, cosine, log_counts, opening_terms
from veille.store.base import StoryRow
from veille.store.sqlite import SqliteStore


class WordEmbedder(SentenceEmbedder):
    """A deterministic stand-in for the model in unit tests: hashed bag of title-and-lead words."""

    def embed(self, texts):
        out = np.zeros((len(texts), 512), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, sum(map(ord, word)) % 512] += 1.0
            norm = np.linalg.norm(out[row])
            out[row] /= norm or 1.0
        return out


TRAM = ("Le conseil municipal de Limoges a voté jeudi le tracé du futur tramway, qui reliera la gare "
        "Bénédictins au campus de Vanteaux. Le maire Émile Garnaud défend un projet de 310 millions d'euros.")
TRAM_FOLLOW = ("À Limoges, l'opposition conteste le tracé du tramway voté jeudi entre la gare Bénédictins et "
               "Vanteaux. Émile Garnaud maintient le calendrier des travaux du tramway de Limoges.")
FLOOD = ("Des pluies torrentielles ont inondé mardi plusieurs quartiers de Perpignan. La préfète des "
         "Pyrénées-Orientales, Claire Vasseur, a déclenché le plan Orsec et ouvert des gymnases.")


def article(ident: str, title: str, text: str, published: str, **extra) -> Article:
    return Article(id=ident, source_id=ident, title=title, text=text, published=published, **extra)


@pytest.fixture()
def store(tmp_path):
    with SqliteStore(tmp_path / "stories.db") as opened:
        yield opened


def linkers(store):
    dedup, stories = NearDuplicateLinker(), StoryLinker()
    stories.embedder = WordEmbedder()
    dedup.bind(store)
    stories.bind(store)
    return dedup, stories


def run(store, batches):
    dedup, stories = linkers(store)
    for batch in batches:
        for stage in (dedup, stories):
            assert not [r for r in stage.process_batch(batch) if isinstance(r, Exception)]


def week() -> list[Article]:
    return [
        article("a", "Limoges : le tracé du tramway voté", TRAM, "2025-03-20T10:00:00+01:00", site="veilleur"),
        article("b", "Inondations à Perpignan, le plan Orsec déclenché", FLOOD, "2025-03-20T12:00:00+01:00"),
        article("c", "Tramway de Limoges : l'opposition conteste le tracé", TRAM_FOLLOW, "2025-03-21T09:00:00+01:00",
                site="horizon"),
        article("d", "Le tramway de Limoges, encore", TRAM_FOLLOW.replace("voté jeudi", "voté en mars")
                .replace("maintient", "a confirmé lundi"), "2025-04-10T09:00:00+01:00"),
    ]


def test_follow_up_joins_its_story_and_other_news_does_not(store):
    a, b, c, d = week()
    run(store, [[a, b, c, d]])
    assert a.story_id == c.story_id
    assert b.story_id not in (a.story_id, None)
    assert d.duplicate_of is None
    assert d.story_id != a.story_id  # three weeks later: outside the window, a new story


def test_story_record_has_label_dates_outlets_and_members(store):
    a, b, c, _ = week()
    run(store, [[a, b, c]])
    record = next(r for r in store.iter_stories() if r["story_id"] == a.story_id)
    assert record["article_ids"] == ["a", "c"]
    assert record["article_count"] == 2
    assert (record["first_date"], record["last_date"]) == (a.published, c.published)
    assert set(record["outlets"]) == {"veilleur", "horizon"}
    assert record["label"] in (a.title, c.title)
    assert "Limoges" in " ".join(record["top_entities"])


def test_a_copy_joins_its_originals_story_and_is_folded(store):
    a, b, _, _ = week()
    copy = article("copy", "Autre titre", "Publicité\n" + TRAM, "2025-03-20T15:00:00+01:00")
    run(store, [[a, b], [copy]])
    assert copy.duplicate_of == "a" and copy.story_id == a.story_id
    record = next(r for r in store.iter_stories() if r["story_id"] == a.story_id)
    assert record["article_ids"] == ["a"] and record["article_count"] == 2 and record["copies"] == 1


def test_batch_boundaries_do_not_change_the_stories(tmp_path):
    outcomes = []
    for size in (1, 2, 4):
        with SqliteStore(tmp_path / f"b{size}.db") as store:
            articles = week()
            run(store, [articles[i : i + size] for i in range(0, len(articles), size)])
            outcomes.append([a.story_id for a in articles])
    assert outcomes[0] == outcomes[1] == outcomes[2]


def test_a_late_older_article_never_splits_a_story(store):
    a, b, c, _ = week()
    run(store, [[a, c]])
    before = {m.article_id for m in store.story_members(a.story_id)}
    older = article("old", "Limoges : le tramway en débat", TRAM, "2025-03-19T08:00:00+01:00")
    run(store, [[older]])
    after = {m.article_id for m in store.story_members(a.story_id)}
    assert before <= after
    assert store.story_of("a") == store.story_of("c") == a.story_id


def test_every_article_gets_a_story_even_without_date_or_text(store):
    undated = article("u", "Sans date", "Un texte sans date de publication.", None)
    empty = article("e", "", "", "2025-03-20")
    run(store, [[undated, empty]])
    assert undated.story_id and empty.story_id and undated.story_id != empty.story_id


def test_entities_replace_capitalised_words_when_the_nlp_stage_found_them():
    text = "Selon la préfète Claire Vasseur, la Garonne monte."
    plain = story_keys(article("x", "", text, "2025-03-20"))
    assert set(plain.spans) == {"Claire Vasseur", "Garonne"}
    with_entities = article("y", "", text, "2025-03-20", entities=[
        Entity(text="Claire Vasseur", label="PER", start=17, end=31, canonical="Claire Vasseur")])
    keys = story_keys(with_entities)
    assert set(keys.spans) == {"Claire Vasseur"}


def test_capitalised_names_skip_sentence_openers_and_keep_acronyms():
    names = capitalised_names("Le maire de Lyon a reçu la CGT. Hier, Martine Olivier a parlé.")
    assert names == ["Lyon", "CGT", "Martine Olivier"]


def test_lead_text_is_title_and_first_sentence_capped():
    a = article("x", "Un titre", "Première phrase ici. Deuxième phrase.\nSuite.", "2025-03-20")
    assert lead_text(a, max_chars=240) == "Un titre. Première phrase ici."
    assert len(lead_text(a, max_chars=12)) <= 12


@pytest.mark.slow
def test_the_multilingual_model_loads_offline_and_matches_translations(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the sentence model tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    vectors = SentenceEmbedder().embed(
        ["Le tramway de Limoges sera construit", "Limoges will build its tramway", "Inondations à Perpignan", ""])
    assert vectors.shape == (4, 512)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])
    assert not vectors[3].any()


def test_a_month_later_article_recalling_the_same_dated_event_reopens_the_story(tmp_path):
    from veille.article import Event

    vote = [Event(date="2024-02-29", text="Le conseil municipal de Limoges a voté le tracé du tramway.")]
    for name, events, joins in (("recalling", vote, True), ("forgetting", [], False)):
        with SqliteStore(tmp_path / f"{name}.db") as opened:
            first = article("t1", "Limoges vote son tramway", TRAM, "2024-03-01", events=vote)
            later = article("t2", "Tramway de Limoges : l'opposition conteste", TRAM_FOLLOW, "2024-04-02",
                            events=events)
            unrelated = article("f1", "Perpignan sous les eaux", FLOOD, "2024-04-02", events=vote)
            run(opened, [[first], [later, unrelated]])
            assert (later.story_id == first.story_id) is joins  # a month on, the topic alone is news again
            assert unrelated.story_id != first.story_id  # a shared date is not a shared subject


def test_title_days_resolve_weekdays_around_publication_and_dated_days():
    friday = "2019-12-06T17:10:00+01:00"
    assert title_days(article("x", "Le trafic restera perturbé samedi et dimanche", "", friday)) == {
        "2019-12-07", "2019-12-08"}
    assert title_days(article("x", "Nouvelle journée de mobilisation prévue mardi", "", friday)) == {"2019-12-10"}
    assert title_days(article("x", "30 % d'activité en moins jeudi", "", friday)) == {"2019-12-05"}
    assert title_days(article("x", "Grève du 5 décembre : revivez la journée", "", friday)) == {"2019-12-05"}
    assert title_days(article("x", "Sans jour", "", friday)) == frozenset()
    assert title_days(article("x", "Lundi noir", "", None)) == frozenset()


def test_title_days_take_the_written_year_else_the_nearest_one():
    late_december = "2019-12-20T09:00:00+01:00"
    assert title_days(article("x", "Les péages augmenteront au 1er janvier", "", late_december)) == {"2020-01-01"}
    assert title_days(article("x", "Le musée rouvrira le 3 mars 2021", "", late_december)) == {"2021-03-03"}
    assert title_days(article("x", "Fête des lumières : bilan du 8 décembre", "", late_december)) == {"2019-12-08"}
    early_january = "2020-01-03T09:00:00+01:00"
    assert title_days(article("x", "Le réveillon du 31 décembre sous surveillance", "", early_january)) == {
        "2019-12-31"}


def test_leading_days_are_the_earliest_or_a_whole_weekend():
    assert leading_days(frozenset({"2019-12-09", "2019-12-10"})) == ["2019-12-09"]  # lundi et mardi
    assert leading_days(frozenset({"2019-12-07", "2019-12-08"})) == ["2019-12-07", "2019-12-08"]  # week-end
    assert leading_days(frozenset({"2019-12-08", "2019-12-09"})) == ["2019-12-08"]  # dimanche et lundi
    assert leading_days(frozenset()) == []


def test_opening_terms_keep_content_words_and_their_pairs():
    terms = opening_terms(article("x", "François Bayrou mis en examen", "Le président du MoDem a été mis en examen.",
                                  "2019-12-06"), TermConfig())
    assert {"bayrou", "examen", "francois_bayrou", "modem"} <= set(terms)
    assert terms["examen"] == 2 and "mis" not in terms


def test_forecasts_for_different_days_are_different_stories(store):
    tuesday = article("t", "Grève : le trafic SNCF et RATP très perturbé mardi",
                      "La SNCF annonce un TGV sur cinq et un Transilien sur cinq mardi. La RATP prévoit dix lignes "
                      "de métro fermées, les RER circuleront aux heures de pointe.", "2019-12-09T17:00:00+01:00")
    again = article("a", "Grève : SNCF et RATP, trafic encore perturbé mardi",
                    "Mardi, seuls un TGV sur cinq et un Transilien sur cinq circuleront selon la SNCF. Dix lignes "
                    "de métro fermées à la RATP, qui ouvre les autres aux heures de pointe.",
                    "2019-12-09T19:00:00+01:00")
    wednesday = article("w", "Grève : le trafic SNCF et RATP très perturbé mercredi",
                        "Pour mercredi, la SNCF prévoit un TGV sur quatre et un Transilien sur cinq. À la RATP, "
                        "dix lignes de métro fermées et des RER aux heures de pointe.", "2019-12-10T17:00:00+01:00")
    run(store, [[tuesday, again, wednesday]])
    assert again.duplicate_of is None and wednesday.duplicate_of is None
    assert again.story_id == tuesday.story_id
    assert wednesday.story_id != tuesday.story_id  # the same words, another day: another development


def test_a_one_day_forecast_does_not_chain_onto_a_span_that_only_ends_on_its_day(store):
    """"lundi et mardi" continues the weekend-and-Monday story; "mardi" alone starts Tuesday's."""
    forecasts = [
        ("we", "Grève : le trafic SNCF et RATP restera très perturbé samedi et dimanche",
         "Ce week-end, la SNCF annonce un TGV sur six et la RATP garde huit lignes de métro fermées.",
         "2019-12-06T17:00:00+01:00"),
        ("su", "Grève : le trafic SNCF et RATP toujours très perturbé dimanche et lundi",
         "Dimanche, un TGV sur cinq selon la SNCF ; lundi, la RATP prévoit dix lignes de métro fermées.",
         "2019-12-07T18:00:00+01:00"),
        ("mo", "Grève : le trafic SNCF et RATP encore très perturbé lundi et mardi",
         "Peu d'améliorations : un Transilien sur cinq à la SNCF, des lignes de métro fermées à la RATP.",
         "2019-12-08T18:00:00+01:00"),
        ("tu", "Grève : le trafic SNCF et RATP très perturbé mardi",
         "Mardi, la SNCF fera rouler un TGV sur quatre ; à la RATP, neuf lignes de métro resteront fermées.",
         "2019-12-09T17:00:00+01:00"),
    ]
    weekend, sunday, monday, tuesday = [article(ident, title, text, published)
                                        for ident, title, text, published in forecasts]
    run(store, [[weekend, sunday, monday, tuesday]])
    assert not any(a.duplicate_of for a in (sunday, monday, tuesday))
    assert sunday.story_id == weekend.story_id and monday.story_id == weekend.story_id
    assert tuesday.story_id != weekend.story_id


def test_days_agree_reads_a_one_day_title_against_the_days_titles_lead_with():
    def story(days: dict[str, int], leads: dict[str, int] | None = None) -> StoryRow:
        state = {"days": days} if leads is None else {"days": days, "leads": leads}
        return StoryRow(story_id="s", label="", first_date="", last_date="", article_count=1, centroid=b"",
                        state=state)
    span = story({"2019-12-09": 1, "2019-12-10": 1}, {"2019-12-09": 1})
    assert days_agree(frozenset({"2019-12-09"}), span)
    assert not days_agree(frozenset({"2019-12-10"}), span)
    assert days_agree(frozenset({"2019-12-10", "2019-12-11"}), span)
    assert not days_agree(frozenset({"2019-12-11", "2019-12-12"}), span)
    assert days_agree(frozenset(), span) and days_agree(frozenset({"2019-12-12"}), story({}))
    assert days_agree(frozenset({"2019-12-10"}), story({"2019-12-09": 1, "2019-12-10": 1}))  # saved before leads


TRAM_DAYS = [
    ("Tramway de Limoges : les travaux commencent avenue Garibaldi",
     "Les engins du chantier du tramway de Limoges ont pris place avenue Garibaldi. Émile Garnaud promet des "
     "déviations pour les bus pendant les travaux du tramway."),
    ("Tramway de Limoges : premières déviations de bus",
     "Deuxième jour des travaux du tramway de Limoges : les bus sont déviés par la rue Jean-Jaurès. Émile "
     "Garnaud demande de la patience aux riverains du chantier."),
    ("Tramway de Limoges : les commerçants inquiets du chantier",
     "Les commerçants de l'avenue Garibaldi redoutent des mois de travaux du tramway de Limoges. Émile "
     "Garnaud annonce un fonds d'aide pendant le chantier."),
    ("Tramway de Limoges : le fonds d'aide aux commerçants voté",
     "Le conseil municipal a voté le fonds d'aide aux commerçants touchés par les travaux du tramway de "
     "Limoges. Émile Garnaud salue un geste pour le chantier."),
    ("Tramway de Limoges : un chantier de nuit contesté",
     "Des riverains de l'avenue Garibaldi se plaignent du bruit des travaux de nuit du tramway de Limoges. "
     "Émile Garnaud promet de limiter le chantier de nuit."),
]


def test_a_story_takes_follow_ups_for_span_days_after_its_first_article(tmp_path):
    """Daily dispatches on one subject chain by single link; past the span, the news starts a new story."""
    days = ("2025-05-05", "2025-05-06", "2025-05-07", "2025-05-08", "2025-05-10")
    outcomes = {}
    for span in (4, 10):
        with SqliteStore(tmp_path / f"span{span}.db") as opened:
            dedup, stories = NearDuplicateLinker(), StoryLinker(StoryConfig(span_days=span))
            stories.embedder = WordEmbedder()
            dedup.bind(opened)
            stories.bind(opened)
            dispatches = [article(f"d{n}", title, text, f"{day}T09:00:00+02:00")
                          for n, ((title, text), day) in enumerate(zip(TRAM_DAYS, days))]
            for stage in (dedup, stories):
                assert not [r for r in stage.process_batch(dispatches) if isinstance(r, Exception)]
            assert not any(d.duplicate_of for d in dispatches)
            outcomes[span] = [d.story_id for d in dispatches]
    assert len(set(outcomes[10])) == 1  # each day continues the last: one story when nothing bounds it
    assert len(set(outcomes[4][:4])) == 1  # the first four days, within the span
    assert outcomes[4][4] != outcomes[4][0]  # five days after the first article: a new story


def test_a_round_up_is_scored_against_the_story_members_together():
    """An article saying a little of each member is closer to them together than to any one of them."""
    members = [["m1", {"sncf": 1, "trafic": 1, "samedi": 1}], ["m2", {"ratp": 1, "metro": 1, "lundi": 1}]]
    story = StoryRow(story_id="s", label="", first_date="", last_date="", article_count=2, centroid=b"",
                     state={"recent": members})
    round_up = {"sncf": 1, "trafic": 1, "ratp": 1, "metro": 1}
    weights = TermWeights(round_up, ())
    vector = weights.vector(round_up)
    closest = max(cosine(vector, weights.vector(terms)) for _, terms in members)
    assert score(vector, weights, story) > closest + 0.1


def test_window_counts_weigh_as_the_open_stories_do():
    """Counts kept as the window moves (stories entering, leaving, growing, losing their oldest member's
    terms) weigh terms as counting afresh does."""
    tram = frozenset({"tramway", "limoges", "garnaud", "trace_tramway"})
    flood = frozenset({"perpignan", "orsec", "prefete", "limoges"})
    grown = frozenset({*flood, "gymnases", "tramway"})
    strike = frozenset({"greve", "sncf", "tramway"})
    article_terms = {"tramway": 2, "limoges": 1, "orsec": 1, "greve": 1, "inconnu": 3}
    counts = WindowTerms()
    for window in ({"t": tram, "f": flood}, {"t": tram, "f": grown, "s": strike}, {"f": grown, "s": strike},
                   {"f": flood, "s": strike}, {}):
        counts.move(window)
        assert counts.stories == len(window)
        fresh = TermWeights(article_terms, window.values())
        assert TermWeights.counted(article_terms, counts).vector(article_terms) == fresh.vector(article_terms)
    assert TermWeights.counted(article_terms, counts).vector(article_terms) != TermWeights(
        article_terms, [tram, flood]).vector(article_terms)
    assert not counts.df  # an empty window holds no term: the counts never outgrow the window


def test_one_member_is_scored_as_the_cosine_to_its_whole_vector():
    """A story scored on one member gets the cosine to that member's unit vector (up to float rounding), whether
    the article holds fewer terms than the member or more, and whatever the terms they share."""
    window = [frozenset({"tramway", "limoges"}), frozenset({"greve", "tramway", "orsec"})]
    short = {"tramway": 3, "limoges": 1}
    long = {"tramway": 2, "limoges": 1, "orsec": 1, "greve": 4, "gymnases": 1, "prefete": 2, "trace_tramway": 1}
    for article, member in ((short, long), (long, short), (short, {"perpignan": 2}), (long, long)):
        weights = TermWeights(article, window)
        vector = weights.vector(article)
        logs = log_counts(member)
        assert score_members(vector, weights, [logs]) == pytest.approx(cosine(vector, weights.weigh(logs)), rel=1e-12)


INTERVIEW_PREVIEW = ("Le maire de Brest, Yann Kerlidou, accordera un entretien dimanche 6 avril à France Bleu "
                     "Armorique. Il devrait y défendre son projet de téléphérique au-dessus de la Penfeld, contesté "
                     "par les riverains.")
INTERVIEW_ROUNDUP = ("Dans son entretien de dimanche 6 avril, Yann Kerlidou a promis un référendum local. Le maire a "
                     "aussi annoncé une baisse des tarifs du stationnement et la rénovation des halles Saint-Louis "
                     "avant 2027.")


INTERVIEW_RIVAL = ("Dans son entretien de dimanche 6 avril à France Bleu Armorique, Anne Le Goff a promis un "
                   "référendum régional. La présidente de la région a aussi annoncé une baisse des tarifs des "
                   "transports avant 2027.")


def interview_stories(tmp_path, name: str, roundup_day: str | None, config: StoryConfig | None = None,
                      published: tuple[str, str] = ("2025-04-04T09:00:00+02:00", "2025-04-06T20:00:00+02:00"),
                      interviewed: str | None = None) -> bool:
    """Whether the round-up of the mayor's interview joins its preview's story; ``roundup_day`` is the day
    the round-up dates its interview on (None: no dated events at all); ``interviewed``, who gave the
    round-up's interview, tagged as the NLP stage would (None: the mayor, no entities tagged)."""
    from veille.article import Event

    def dated(text: str, day: str | None) -> list[Event]:
        return [Event(date=day, text=text.split(". ")[0] + ".")] if day else []

    def person(text: str, who: str | None) -> list[Entity]:
        return [Entity(text=who, label="PER", start=text.index(who), end=text.index(who) + len(who))] if who else []

    roundup_text = INTERVIEW_RIVAL if interviewed == "Anne Le Goff" else INTERVIEW_ROUNDUP
    preview = article("p", "À quoi ressemblera l'interview du maire de Brest ?", INTERVIEW_PREVIEW,
                      published[0], events=dated(INTERVIEW_PREVIEW, roundup_day and "2025-04-06"),
                      entities=person(INTERVIEW_PREVIEW, interviewed and "Yann Kerlidou"))
    roundup = article("r", f"Brest : ce qu'il faut retenir de l'interview de {interviewed or 'Yann Kerlidou'}",
                      roundup_text, published[1], events=dated(roundup_text, roundup_day),
                      entities=person(roundup_text, interviewed))
    with SqliteStore(tmp_path / f"{name}.db") as opened:
        stories = StoryLinker(config)
        stories.embedder = WordEmbedder()
        stories.bind(opened)
        assert not [r for r in stories.process_batch([preview, roundup]) if isinstance(r, Exception)]
    return preview.story_id == roundup.story_id


def test_a_preview_and_a_round_up_of_one_interview_join_on_its_day_though_they_share_few_words(tmp_path):
    assert interview_stories(tmp_path, "same", "2025-04-06")
    assert not interview_stories(tmp_path, "other", "2025-04-03")  # another interview, given on Thursday
    assert not interview_stories(tmp_path, "none", None)  # their words alone: term cosine 0.09
    assert interview_stories(tmp_path, "tagged", "2025-04-06", interviewed="Yann Kerlidou")
    assert not interview_stories(tmp_path, "rival", "2025-04-06", interviewed="Anne Le Goff")  # hers, same day


def test_a_shared_event_keeps_a_story_joinable_past_its_span(tmp_path):
    short = StoryConfig(span_days=1)  # the round-up comes two days after the preview
    assert interview_stories(tmp_path, "same", "2025-04-06", short)
    assert not interview_stories(tmp_path, "none", None, short)
    recall = ("2025-04-06T08:00:00+02:00", "2025-04-09T08:00:00+02:00")  # three days after the interview
    assert not interview_stories(tmp_path, "recall", "2025-04-06", short, recall)


def test_event_keys_pair_a_one_off_event_with_its_day_in_the_opening_only():
    from veille.article import Event
    from veille.link.story_events import event_keys

    opening = "Les syndicats appellent à la grève le 5 mai. Le ministre donnera une interview le 6 mai."
    later = "\n".join([opening, "x" * 700, "Son discours du 9 mai est attendu."])
    events = [Event(date="2025-05-05", text="Les syndicats appellent à la grève le 5 mai."),
              Event(date="2025-05-06", text="Le ministre donnera une interview le 6 mai."),
              Event(date="2025-05", text="Le ministre donnera une interview le 6 mai."),
              Event(date="2025-05-09", text="Son discours du 9 mai est attendu.")]
    dispatch = article("x", "Retraites", later, "2025-05-02", events=events)
    assert event_keys(dispatch, 8, 600) == ["2025-05-06|interview"]  # a strike is a topic; May is not a day


AVALANCHES = {
    "a1": ("Vallouise", "Deux randonneurs ont été emportés mardi par une avalanche à Vallouise, dans les "
                        "Hautes-Alpes. Les secours en montagne ont dégagé les skieurs ensevelis sous la neige."),
    "a2": ("Ceillac", "Une avalanche a enseveli mercredi trois skieurs à Ceillac, dans les Hautes-Alpes. Les secours "
                      "en montagne et les pisteurs de la station ont dégagé les skieurs, dont un est blessé."),
    "a3": ("Vallouise", "À Vallouise, dans les Hautes-Alpes, les deux randonneurs ensevelis mardi par l'avalanche "
                        "sont sortis de l'hôpital. Les secours en montagne les avaient dégagés sous la neige."),
}


def test_two_avalanches_in_different_villages_are_two_stories(store):
    def avalanche(ident: str, published: str) -> Article:
        place, text = AVALANCHES[ident]
        places = [Entity(text=name, label="LOC", start=text.index(name), end=text.index(name) + len(name))
                  for name in (place, "Hautes-Alpes")]
        return article(ident, f"Hautes-Alpes : skieurs pris dans une avalanche à {place}", text, published,
                       entities=places)

    first = avalanche("a1", "2025-02-11T10:00:00+01:00")
    other = avalanche("a2", "2025-02-12T10:00:00+01:00")
    again = avalanche("a3", "2025-02-12T18:00:00+01:00")
    run(store, [[first, other, again]])
    assert other.duplicate_of is None and other.story_id != first.story_id
    assert again.story_id == first.story_id


def test_a_titles_event_noun_keys_only_the_day_the_article_was_published():
    from veille.article import Event
    from veille.link.story_events import event_keys

    opening = ("Le ministre a répondu mardi 6 mai aux questions des auditeurs. Il sera jeudi 8 mai à Rennes.")
    events = [Event(date="2025-05-06", text="Le ministre a répondu mardi 6 mai aux questions des auditeurs."),
              Event(date="2025-05-08", text="Il sera jeudi 8 mai à Rennes.")]
    roundup = article("x", "Ce qu'il faut retenir de l'interview du ministre", opening, "2025-05-06T21:00:00+02:00",
                      events=events)
    assert event_keys(roundup, 8, 600) == ["2025-05-06|interview"]
