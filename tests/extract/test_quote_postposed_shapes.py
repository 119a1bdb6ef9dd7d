"""find_quotes on invented sentences where the journalist's words wrap the quotations a cue attributes ("Les « … » et
« … », a affirmé X": one mixed quote; "…, jugeant « … » ce silence"), and on postposed sources the cue gives no comma
or a date after it, or an aside between it and its subject ("…, a affirmé de son côté X")."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_determiner_before_the_quotations_makes_one_mixed_quote(read) -> None:
    quotes = read('Le prêcheur a parlé longtemps. Les "tempêtes finissent toujours par passer" et "chaque blessure '
                  'se referme", a affirmé le vieil homme.')
    assert [(q.type, q.text, q.speaker_mention) for q in quotes] == [
        ("mixed", 'Les "tempêtes finissent toujours par passer" et "chaque blessure se referme', "le vieil homme")]


@pytest.mark.model
def test_a_quotation_that_opens_the_sentence_stays_direct(read) -> None:
    [quote] = read('Les élus ont voté. "La séance est levée pour ce soir", a dit le président.')
    assert (quote.type, quote.text) == ("direct", "La séance est levée pour ce soir")


@pytest.mark.model
def test_comme_l_a_annonce_x_and_a_date_gives_the_clause_before_to_x(read) -> None:
    [quote] = read("Les piscines municipales rouvriront en juin, comme l'a annoncé le maire mardi 3 mars.")
    assert (quote.speaker_mention, quote.text) == ("le maire", "Les piscines municipales rouvriront en juin")


@pytest.mark.model
def test_a_newspaper_ends_a_postposed_cue_without_its_comma(read) -> None:
    [quote] = read("La championne a passé ses vacances à Biarritz pour y retrouver sa famille a relevé le Parisien.")
    assert (quote.speaker_mention, quote.text) == (
        "le Parisien", "La championne a passé ses vacances à Biarritz pour y retrouver sa famille")


@pytest.mark.model
def test_a_gerund_after_a_comma_reports_its_quoted_object(read) -> None:
    quotes = read('L\'architecte du site a fermé les grilles, jugeant "surréaliste" ces trois mois sans un seul visiteur.')
    assert [(q.type, q.text, q.speaker_mention) for q in quotes] == [
        ("mixed", '"surréaliste" ces trois mois sans un seul visiteur', "L'architecte du site")]
    assert read("L'actrice, jugée trop jeune pour le rôle, a été remplacée.") == []


@pytest.mark.model
def test_pour_qui_after_a_comma_gives_the_clause_to_the_person_before_it(read) -> None:
    [quote] = read("Le chercheur Paul Martin, pour qui cette hausse des dépenses reste préoccupante, a présenté son "
                   "rapport mardi.")
    assert (quote.speaker_mention, quote.text) == ("Paul Martin", "cette hausse des dépenses reste préoccupante")


@pytest.mark.model
def test_an_aside_after_a_postposed_verb_leaves_its_subject_to_it(read) -> None:
    [quote] = read("La piscine municipale ne rouvrira pas cet été, a affirmé de son côté le maire.")
    assert (quote.speaker_mention, quote.text) == ("le maire", "La piscine municipale ne rouvrira pas cet été")


@pytest.mark.model
@pytest.mark.parametrize(("aside", "source"), [("d'ailleurs", "le maire"), ("une nouvelle fois", "le maire"),
                                               ("elle aussi", "la maire")])
def test_an_aside_between_the_auxiliary_and_the_participle_stays_in_the_postposed_cue(aside: str, source: str,
                                                                                      read) -> None:
    [quote] = read(f'La fête est finie. "Nous lui devions bien cela", a {aside} glissé {source}.')
    assert (quote.text, quote.cue, quote.speaker_mention) == ("Nous lui devions bien cela", f"a {aside} glissé", source)


@pytest.mark.model
def test_two_quotations_joined_by_et_before_an_incise_are_two_direct_quotes(read) -> None:
    text = ('Le bilan est lourd.Les cafés rouvrent mardi."Ceux qui n\'ont pas de salle vont occuper les trottoirs" et '
            '"cela va créer des tensions avec les riverains", a déclaré Mme Durand.')
    found = [(q.type, q.text, q.speaker_mention) for q in read(text)]
    assert ("direct", "Ceux qui n'ont pas de salle vont occuper les trottoirs", "Mme Durand") in found
    assert ("direct", "cela va créer des tensions avec les riverains", "Mme Durand") in found


@pytest.mark.model
def test_two_quotations_joined_after_an_opening_selon_are_two_direct_quotes(read) -> None:
    text = 'Selon la députée, "notre ville se fracture sous nos yeux" et "que faisons-nous pour cela ? Rien du tout".'
    found = [(q.type, q.text) for q in read(text)]
    assert found == [("direct", "notre ville se fracture sous nos yeux"), ("direct", "que faisons-nous pour cela ? Rien du tout")]


@pytest.mark.model
def test_two_quoted_fragments_joined_in_a_verbs_object_stay_one_mixed_quote(read) -> None:
    [quote] = read('Dans son livre, elle évoque "un immense bonheur" et "une bulle très protectrice" pendant son enfance.')
    assert quote.type == "mixed"
