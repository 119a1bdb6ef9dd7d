"""find_quotes on invented sentences whose content is an infinitive the cue reaches past an aside, an adverb, a clitic
or an opening mark; on "proposer", which reports only a "de" infinitive or a "que" clause; and on words that look like
a cue's content or its incise but are not ("à partir de", "ne … que", an infinitive after a comma)."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_an_aside_after_the_verb_leaves_its_infinitive_the_content(read) -> None:
    [quote] = read("La mairie assure de son côté avoir prévenu tous les riverains du chantier.")
    assert (quote.speaker_mention, quote.text) == ("La mairie", "avoir prévenu tous les riverains du chantier")


@pytest.mark.model
def test_an_adverb_or_a_clitic_after_de_still_opens_the_infinitive(read) -> None:
    [quote] = read("Les surveillants leur rappelaient de bien refermer les grilles du parc.")
    assert quote.text == "bien refermer les grilles du parc"
    [quote] = read("L'ancienne ministre a proposé au sénateur Paul Girard de le rencontrer avec les syndicats.")
    assert (quote.speaker_mention, quote.text) == ("L'ancienne ministre", "le rencontrer avec les syndicats")


@pytest.mark.model
def test_a_quotation_opening_on_the_infinitive_makes_one_mixed_quote(read) -> None:
    [quote] = read('Vingt infirmiers ont signé une lettre, en affirmant ne plus "vouloir travailler dans la peur".')
    assert (quote.type, quote.text) == ("mixed", 'ne plus "vouloir travailler dans la peur"')


@pytest.mark.model
def test_proposer_reports_a_de_infinitive_or_a_que_clause(read) -> None:
    [quote] = read("Le maire a proposé que la fête du village soit reportée.")
    assert quote.text == "la fête du village soit reportée"
    assert read("Le magasin propose des réductions sur tous les articles de la saison.") == []
    assert read('Le 17 juin, la maison Dubois proposera "Le chant des marais", une nouvelle enquête du commissaire.') == []
    assert read("Elle a donné trois mois au groupe pour proposer de nouveaux tarifs aux éditeurs.") == []


@pytest.mark.model
def test_an_infinitive_after_a_comma_is_no_postposed_cue(read) -> None:
    quotes = read("Le maire avait promis de rompre le contrat et assuré qu'il ne souhaitait plus, pour le moment, "
                  "parler à son adjoint Paul Girard.")
    assert [q.speaker_mention for q in quotes] == ["Le maire", "Le maire"]


@pytest.mark.model
def test_a_partir_de_opens_a_date_not_an_infinitive(read) -> None:
    [quote] = read("Le maire a annoncé à partir de lundi la fermeture des écoles du quartier.")
    assert quote.text.startswith("à partir de lundi")


@pytest.mark.model
def test_ne_que_restricts_and_opens_no_clause(read) -> None:
    assert read("Arrivé en 2008, Paul ne dit que quelques mots en français avant d'entrer.") == []
    # what follows "ne … que" is still the object of a verb that reports one
    [quote] = read("Le maire n'a annoncé que deux mesures pour la rentrée.")
    assert quote.text == "deux mesures pour la rentrée"


@pytest.mark.model
def test_an_infinitive_content_stops_where_the_speaker_s_next_predicate_joins(read) -> None:
    first, second = read("Le gérant nie avoir vendu de l'alcool aux mineurs, mais dit avoir refusé de servir le groupe.")
    assert (first.speaker_mention, first.text) == ("Le gérant", "avoir vendu de l'alcool aux mineurs")
    assert (second.speaker_mention, second.text) == ("Le gérant", "avoir refusé de servir le groupe")


@pytest.mark.model
def test_claiming_reports_an_infinitive_and_not_a_plain_object(read) -> None:
    [quote] = read("Le laboratoire a revendiqué mardi avoir mis au point le premier test fiable.")
    assert (quote.speaker_mention, quote.text) == ("Le laboratoire", "avoir mis au point le premier test fiable")
    assert read("Le groupe a revendiqué la victoire après le dépouillement des bulletins.") == []


@pytest.mark.model
def test_a_date_between_the_cue_and_its_infinitive_is_no_part_of_the_content(read) -> None:
    [quote] = read("Le maire a promis le 3 mars de rénover la piscine avant l'été.")
    assert quote.text == "rénover la piscine avant l'été"
    [quote] = read("La chanteuse avait révélé fin 2019 être la cible de menaces répétées.")
    assert (quote.speaker_mention, quote.text) == ("La chanteuse", "être la cible de menaces répétées")
    [quote] = read("Le syndicat a indiqué lundi ne pas vouloir signer l'accord.")
    assert quote.text == "ne pas vouloir signer l'accord"  # the negation stays in the content


@pytest.mark.model
def test_the_gerund_of_dire_reports_its_infinitive(read) -> None:
    quotes = read("« Tout cela est une mise en scène », a-t-il expliqué, disant avoir tourné la vidéo pour s'amuser.")
    assert quotes[-1].text == "avoir tourné la vidéo pour s'amuser" and quotes[-1].speaker_mention == "il"
