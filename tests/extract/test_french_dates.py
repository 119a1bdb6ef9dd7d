"""The French date finder: which words are date expressions, and what they mean."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.french_dates import _GATES, MAX_TEXT, _patterns, scan_dates


def _texts(text: str) -> list[str]:
    return [e.text for e in scan_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a parlé le 17 décembre 2021 à Paris.", "le 17 décembre 2021"),
        ("Les talks ont repris lundi à Genève.", "lundi"),
        ("La réunion aura lieu après-demain.", "après-demain"),
        ("C'est arrivé avant-hier soir.", "avant-hier soir"),
        ("Il l'a annoncé aujourd'hui, 9 février, à la presse.", "aujourd'hui, 9 février"),
        ("Fin janvier, les réponses sont arrivées.", "Fin janvier"),
        ("Le vote est prévu mi-février.", "mi-février"),
        ("Il est venu mardi dernier.", "mardi dernier"),
        ("Elle a démissionné la semaine dernière.", "la semaine dernière"),
        ("Le texte sera voté le mois prochain.", "le mois prochain"),
        ("L'incendie a eu lieu dans la nuit de mercredi à jeudi.", "dans la nuit de mercredi à jeudi"),
        ("La loi date de la réforme votée en 2019.", "en 2019"),
        ("Le contrat signé le 3/4/2020 expire bientôt.", "le 3/4/2020"),
        ("Le salon se tient du 3 au 5 mars 2020.", "du 3 au 5 mars 2020"),
        ("Il est arrivé il y a deux ans.", "il y a deux ans"),
        ("Le 1er mai, les syndicats défilent.", "Le 1er mai"),
        ("La grève a commencé jeudi matin.", "jeudi matin"),
        ("Les ventes ont progressé par rapport à 2019.", "2019"),
        ("Elle a vécu à Lyon de mars 2010 à mai 2012.", "de mars 2010 à mai 2012"),
        ("Le chantier a duré entre mai et juillet.", "entre mai et juillet"),
        ("La visite durera de lundi à mercredi.", "de lundi à mercredi"),
        ("Le vote aura lieu à la fin du mois de juin.", "juin"),
        ("Le groupe a brillé dans les années 80 et 90.", "les années 80 et 90"),
        ("Les excuses du députéDimanche soir, il a reconnu une erreur.", "Dimanche soir"),  # a heading glued on
        ("Les lycéens mobilisés samediÀ Lille, la tension est montée.", "samedi"),
        ("Le budget pour l'exercice 2021Le conseil a voté le texte.", "2021"),
        ("Elle vise la présidentielle de 2027.", "2027"),
        ("Il fut maire de la ville (2001-2014) avant de siéger au Sénat.", "2001-2014"),
        ("La crise des années 1870 a marqué le pays.", "des années 1870"),
        ("Le pic a été atteint en décembreLes chaînes ont suivi.", "en décembre"),  # a heading glued on
        ("A ce jour, aucun cas n'a été signalé.", "A ce jour"),
        ("Au jour d'aujourd'hui, je me sens utile.", "Au jour d'aujourd'hui"),
        ("Des ateliers sont prévus au cours de l'été dans la salle.", "au cours de l'été"),
        ("Les tarifs augmentent pour la rentrée scolaire, selon le syndicat.", "la rentrée scolaire"),
        ("Elle enseigne dans ce collège depuis le début de l'année scolaire.", "le début de l'année scolaire"),
        ("Les frais ont grimpé à la rentrée 2019-2020 dans les facultés.", "la rentrée 2019-2020"),
        ("Le journal sera relancé à la rentrée.", "la rentrée"),
    ],
)
def test_scan_dates_finds_the_whole_expression(text: str, expected: str) -> None:
    assert _texts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Je pense que je viendrai.",  # the pronoun is not jeudi
        "La sonde s'est posée sur Mars sans encombre.",  # the planet
        "Le groupe Mars a racheté la marque.",  # the brand
        "La maison de maître est à vendre.",  # mai/mars inside words
        "On compte 2019 personnes et 45 blessés.",  # numbers alone
        "La semaine a été longue.",  # no particular week
        "Il y a deux hommes dans la voiture.",  # il y a without a period noun
        "Il y a plus de cent ans d'histoire derrière nous.",  # there are years of history, not years ago
        "La mairie recrutera 1900 agents.",  # a count before a plural noun
        "Ils étaient plus de 2000 dans la rue.",  # a count after "plus de"
        "La vidéo est en ligne sur le site /module/pm/1892/video.",  # a number inside a path
        "Il l'a confié au Journal du dimanche.",  # a paper's name
        "Le marché se tient chaque lundi sur la place.",  # a habit, not a day
        "Cette rivalité entre les deux clubs ne date pas d'hier.",  # an idiom: long-standing
        "Le chanteur s'est confié à France Dimanche.",  # a magazine's name
        "Le coût de la rentrée pèse sur les familles.",  # the school start as a topic, dating nothing
        "La capsule a résisté à la rentrée dans l'atmosphère.",  # re-entry
    ],
)
def test_scan_dates_ignores_words_that_are_not_dates(text: str) -> None:
    assert scan_dates(text) == []


def test_scan_dates_needs_a_cue_for_a_bare_month() -> None:
    assert _texts("Le prix a baissé depuis mars.") == ["mars"]
    assert _texts("Il a plu en mars dernier.") == ["en mars dernier"]
    assert scan_dates("Un mars au chocolat.") == []


def test_scan_dates_takes_the_second_month_of_a_pair() -> None:
    assert _texts("Les ventes ont reculé en janvier et février.") == ["en janvier", "février"]
    assert _texts("Il a évoqué novembre ou décembre.") == ["décembre"]  # the first needs a cue of its own


def test_scan_dates_gives_the_first_month_of_a_pair_the_year_written_after_the_second() -> None:
    first, second = scan_dates("Il a été opéré deux fois, en juin et septembre 2017, à Lyon.")
    assert (first.text, first.year, second.year) == ("en juin", 2017, 2017)


def test_scan_dates_reads_the_school_start_as_september() -> None:
    (expression,) = scan_dates("Les cours reprendront à la rentrée 2021.")
    assert (expression.kind, expression.month, expression.year) == ("month", 9, 2021)


def test_scan_dates_reads_what_the_words_mean() -> None:
    (expression,) = scan_dates("Vendredi prochain, le conseil tranchera.")
    assert (expression.kind, expression.weekday, expression.direction) == ("weekday", 4, 1)
    (night,) = scan_dates("dans la nuit du samedi au dimanche")
    assert night.kind == "night" and night.weekday == 5 and night.until is not None and night.until.weekday == 6


def test_scan_dates_prefers_the_longest_overlapping_expression() -> None:
    assert _texts("Le lundi 10 janvier 2022, tout a changé.") == ["Le lundi 10 janvier 2022"]


def test_scan_dates_offsets_point_into_the_text() -> None:
    text = "Selon la police, l'attaque a eu lieu hier vers midi, puis le 3 juin."
    for expression in scan_dates(text):
        assert text[expression.start:expression.end] == expression.text


def test_scan_dates_accepts_curly_apostrophes() -> None:
    assert _texts("Il l’a dit aujourd’hui.") == ["aujourd’hui"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_scan_dates_never_crashes_on_garbage(text: str) -> None:
    for expression in scan_dates(text):
        assert text[expression.start:expression.end] == expression.text


def test_scan_dates_caps_the_text_it_reads() -> None:
    text = "x " * MAX_TEXT + "le 3 mars 2020"
    assert scan_dates(text) == []


@given(st.text(alphabet="0123456789/.- aeinstuNUIdlmrjà", max_size=60))
@settings(max_examples=300, deadline=None)
def test_a_pattern_skipped_for_lack_of_its_gate_could_not_have_matched(text: str) -> None:
    patterns = _patterns()
    for name, gate in _GATES.items():
        if gate.search(text) is None:
            assert patterns[name].search(text) is None, name


def test_gated_patterns_still_find_their_dates() -> None:
    text = "Le 03/02/2021, de 1998 à 2001, dans la Nuit de lundi à mardi, en 2019."
    assert _texts(text) == ["Le 03/02/2021", "de 1998 à 2001", "dans la Nuit de lundi à mardi", "en 2019"]
