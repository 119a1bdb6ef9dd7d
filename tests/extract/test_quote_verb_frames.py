"""find_quotes on invented sentences where a verb reports speech only in some of its frames: "contester" with a "que"
clause or an infinitive (not with a plain object: a decision in court), "se féliciter" only in its pronominal form, what
a brand announces to the reader ("vous annonce", "nous annonce") not at all, "sommer" with the infinitive
after its object; a postposed cue followed by a gerund that adds a second content ("…, a indiqué la préfecture,
précisant que …"); a request whose addressee comes after a day or with an apposition."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_what_a_brand_announces_to_the_reader_is_no_source_speaking(read) -> None:
    assert read("La marque vous annonce de belles surprises pour le salon de Genève.") == []
    assert read("Le constructeur nous annonce une version revêtue des couleurs « officielles » de la marque.") == []
    [quote] = read("Le ministre nous a expliqué que la réforme serait votée avant l'été.")  # an interview still reports
    assert quote.text == "la réforme serait votée avant l'été"


@pytest.mark.model
def test_contest_reports_a_que_clause_or_an_infinitive_but_not_a_decision_taken_to_court(read) -> None:
    [quote] = read("L'avocat conteste que son client ait été présent ce soir-là.")
    assert (quote.speaker_mention, quote.text) == ("L'avocat", "son client ait été présent ce soir-là")
    [quote] = read("Le prévenu conteste avoir frappé le gardien de la prison.")
    assert quote.text == "avoir frappé le gardien de la prison"
    assert read("Le maire conteste la décision en justice.") == []


@pytest.mark.model
def test_a_joke_reported_with_que_is_speech(read) -> None:
    [quote] = read("Le candidat avait plaisanté que son adversaire ferait un excellent ministre.")
    assert (quote.speaker_mention, quote.text) == ("Le candidat", "son adversaire ferait un excellent ministre")


@pytest.mark.model
def test_congratulating_oneself_reports_its_object_and_congratulating_others_reports_nothing(read) -> None:
    [quote] = read("Le maire s'est félicité de la baisse du chômage dans sa commune.")
    assert (quote.speaker_mention, quote.text) == ("Le maire", "la baisse du chômage dans sa commune")
    [quote] = read("Le maire s'est félicité que la piscine ouvre enfin ses portes.")
    assert quote.text == "la piscine ouvre enfin ses portes"
    assert read("Le président a félicité les pompiers pour leur courage.") == []


@pytest.mark.model
def test_a_postposed_cue_followed_by_a_gerund_attributes_both_contents_to_its_source(read) -> None:
    first, second = read("Le bâtiment a été évacué dans la matinée, a indiqué la préfecture, précisant que personne "
                         "n'avait été blessé.")
    assert (first.speaker_mention, first.text) == ("la préfecture", "Le bâtiment a été évacué dans la matinée")
    assert (second.speaker_mention, second.text) == ("la préfecture", "personne n'avait été blessé")


@pytest.mark.model
def test_a_summons_reports_the_infinitive_after_its_object_and_the_verb_s_forms_are_not_those_of_etre(read) -> None:
    [quote] = read("La députée somme le ministre de s'expliquer devant l'Assemblée.")
    assert (quote.speaker_mention, quote.text) == ("La députée", "s'expliquer devant l'Assemblée")
    [quote] = read("Le préfet a sommé les manifestants de quitter la place avant midi.")
    assert quote.text == "quitter la place avant midi"
    assert read("Nous sommes fiers que notre équipe ait gagné ce match.") == []
    assert read("Le club a versé une somme de trois millions d'euros au joueur.") == []


@pytest.mark.model
def test_a_request_s_content_starts_after_a_day_and_an_apposition_to_its_addressee(read) -> None:
    [quote] = read("La ministre a demandé vendredi aux préfets de fermer les bars avant minuit.")
    assert quote.text == "fermer les bars avant minuit"
    [quote] = read("Le maire a demandé samedi à Paul Martin, le président du club, de « clarifier » sa position.")
    assert (quote.type, quote.text) == ("mixed", "« clarifier » sa position")
    [quote] = read("L'actrice a confié au journal, avant de quitter la salle, que le tournage avait été difficile.")
    assert quote.text == "le tournage avait été difficile"


@pytest.mark.model
def test_a_recurring_scenario_and_selon_la_situation_report_nothing(read) -> None:
    assert read("Le scénario se répète alors que les contaminations augmentent dans la région.") == []
    assert read("Les mesures seront adaptées selon la situation de chaque région.") == []


@pytest.mark.model
def test_a_quotation_after_a_passive_reporting_participle_is_its_agent_s_words(read) -> None:
    [quote] = read("Des propos jugés « irresponsables et dangereux » par la présidente de la région.")
    assert (quote.type, quote.text, quote.speaker_mention) == (
        "direct", "irresponsables et dangereux", "la présidente de la région")
    [quote] = read("Le projet a été qualifié de « gâchis financier » par le maire de la commune.")
    assert (quote.text, quote.speaker_mention) == ("gâchis financier", "le maire de la commune")
