"""find_quotes on invented sentences whose source frames the clause rather than saying it with a plain verb: "croit
savoir X" (a cue with its particle, like "fait savoir"), "à en croire X" and "de l'aveu même de X" (source phrases of
several words), "comme le souligne X," after a colon, "Pour X, « … » …, « … »" as one mixed quote, and "a de nouveau
déclaré" as a verb group."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_croit_savoir_reports_like_fait_savoir(read) -> None:
    [quote] = read("Le chantier du tramway prendra six mois de retard, croit savoir Le Progrès.")
    assert (quote.type, quote.speaker_mention, quote.cue, quote.text) == (
        "indirect", "Le Progrès", "croit savoir", "Le chantier du tramway prendra six mois de retard")
    [quote] = read("Le quotidien croit savoir que la préfète quittera son poste en juin.")
    assert (quote.speaker_mention, quote.text) == ("Le quotidien", "la préfète quittera son poste en juin")
    assert read("Le garçon croit savoir nager.") == []  # "savoir" with an infinitive: a skill, nothing reported


@pytest.mark.model
def test_a_en_croire_names_the_source_of_the_clause_before_or_after_it(read) -> None:
    [quote] = read("Le pont sera rouvert avant l'été, à en croire la préfecture.")
    assert (quote.speaker_mention, quote.cue, quote.text) == ("la préfecture", "à en croire", "Le pont sera rouvert avant l'été")
    [quote] = read("À en croire le maire de la commune, la piscine ouvrira en septembre.")
    assert (quote.speaker_mention, quote.text) == ("le maire de la commune", "la piscine ouvrira en septembre")
    assert read("Il ne faut pas en croire un seul mot.") == []


@pytest.mark.model
def test_de_l_aveu_meme_names_the_source_without_its_preposition(read) -> None:
    [quote] = read("De l'aveu même de la directrice, les travaux ont pris trois mois de retard.")
    assert (quote.speaker_mention, quote.cue, quote.text) == (
        "la directrice", "De l'aveu même de", "les travaux ont pris trois mois de retard")
    [quote] = read("Le chantier a pris du retard, de l'aveu même du maire.")
    assert (quote.speaker_mention, quote.text) == ("maire", "Le chantier a pris du retard")


@pytest.mark.model
def test_comme_le_souligne_after_a_colon_gives_the_rest_of_the_sentence_to_its_source(read) -> None:
    [quote] = read("Problème : comme le souligne Le Monde, le ministre avait déjà signé le décret.")
    assert (quote.speaker_mention, quote.text) == ("Le Monde", "le ministre avait déjà signé le décret")


@pytest.mark.model
def test_de_nouveau_inside_the_verb_group_keeps_the_incise(read) -> None:
    [quote] = read("« Nous tiendrons bon », a de nouveau déclaré Lucie Marchal.")
    assert (quote.type, quote.speaker_mention, quote.cue, quote.text) == (
        "direct", "Lucie Marchal", "a de nouveau déclaré", "Nous tiendrons bon")


@pytest.mark.model
def test_pour_x_with_two_quotations_in_its_sentence_makes_one_mixed_quote(read) -> None:
    [quote] = read("Pour Hugo, « c'est épuisant » sur le chantier, « on n'a ni eau ni abri pour la nuit ».")
    assert (quote.type, quote.speaker_mention) == ("mixed", "Hugo")
    assert quote.text.startswith("« c'est épuisant » sur le chantier") and "ni eau ni abri" in quote.text
    [quote] = read("Pour la maire, « c'est une honte » dans ce quartier.")
    assert (quote.type, quote.text) == ("direct", "c'est une honte")  # one quotation stays direct


@pytest.mark.model
def test_pour_x_with_a_whole_statement_before_a_comma_keeps_its_quotations_apart(read) -> None:
    quotes = read("Pour la syndicaliste Anne Roux, « cette grève montre que les salariés sont à bout », ajoutant les "
                  "chiffres « sans aucune exagération ».")
    assert (quotes[0].type, quotes[0].speaker_mention, quotes[0].text) == (
        "direct", "la syndicaliste Anne Roux", "cette grève montre que les salariés sont à bout")


@pytest.mark.model
def test_a_fronted_party_before_on_is_the_source_of_what_on_says(read) -> None:
    [quote] = read("Les usines sont à l'arrêt depuis mardi. Chez Bertin Industries, on explique que la production "
                   "reprendra normalement lundi.")
    assert (quote.speaker_mention, quote.text) == ("Bertin Industries", "la production reprendra normalement lundi")
    [quote] = read("Du côté de la préfecture, on assure que les patrouilles ont été maintenues toute la nuit.")
    assert quote.speaker_mention == "la préfecture"
    assert read("Au début de la crise, on assure que les patrouilles ont été maintenues toute la nuit.") == []
