"""find_quotes on what is no quote, cue or source: scare quotes, other verbs, passives, "on" (real model: ``model``)."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_scare_quotes_and_titles_are_not_quotes(read) -> None:
    text = ("Les \"gilets jaunes\" ont manifesté. Il participait à la conférence « Une nouvelle ère pour la "
            "sécurité collective en Europe » organisée à Moscou.")
    assert read(text) == []


@pytest.mark.model
def test_reporting_verb_inside_a_quote_is_not_a_new_quote(read) -> None:
    quotes = read("« Je pense que nous avons gagné cette bataille », a déclaré la maire.")
    assert [q.type for q in quotes] == ["direct"]


@pytest.mark.model
def test_a_bare_participle_after_a_comma_is_not_a_postposed_cue(read) -> None:
    found = read("La cérémonie a récompensé le réalisateur Paul Vidal, accusé de fraude fiscale par le fisc.")
    assert found == []


@pytest.mark.model
def test_gerund_after_a_quotation_is_not_an_incise(read) -> None:
    text = "Il a fait part de ses \"doutes sur la version officielle des faits\" concernant la mort du militant."
    assert all(q.cue != "concernant" for q in read(text))


@pytest.mark.model
def test_capitals_banner_and_charge_after_pour_are_not_floating_quotes(read) -> None:
    text = ("Sur la banderole on lisait \"NOUS NE LÂCHERONS RIEN CETTE ANNÉE\". "
            "Il a été mis en examen pour \"abus de biens sociaux et recel\" mardi.")
    assert read(text) == []


def test_passive_participle_with_its_agent_is_not_a_verb_with_reported_content(read) -> None:
    quotes = read("La réforme des retraites, critiquée par les syndicats et une partie de la majorité, sera votée mardi.")
    assert quotes == []


def test_leading_conjunction_and_day_are_not_part_of_the_source(read) -> None:
    quotes = read("Mais mercredi Paul Morel a affirmé que le chantier reprendrait en mai.")
    assert [q.speaker_mention for q in quotes] == ["Paul Morel"]


@pytest.mark.model
def test_verb_without_reporting_sense_before_a_quotation_is_no_cue(read) -> None:
    quotes = read("Le député Jean Morel a visité la « maison des associations » du quartier.")
    assert all(q.cue is None for q in quotes)


@pytest.mark.model
def test_aside_inside_the_verb_group_is_not_the_source(read) -> None:
    [quote] = read("Le ministre de l'Intérieur a de son côté assuré que les forces de l'ordre seraient mobilisées.")
    assert quote.speaker_mention == "Le ministre de l'Intérieur"
    assert quote.text == "les forces de l'ordre seraient mobilisées"


@pytest.mark.model
def test_quotation_after_an_aside_is_the_object_not_an_inverted_subject(read) -> None:
    quotes = read("La présidente du syndicat des apiculteurs, Odile Ferrand, a pour sa part dénoncé « une saison "
                  "perdue pour les ruchers de montagne ».")
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("une saison perdue pour les ruchers de montagne", "La présidente du syndicat des apiculteurs, Odile Ferrand")]


@pytest.mark.model
def test_mention_cut_before_its_noun_is_no_source(read) -> None:
    assert read("Pour le dernier numéro de \"Vie sauvage\", Paul Girard part en Afrique.") == []
    [quote] = read("Le patron du club s'est trompé en souhaitant une bonne année à ses joueurs.")
    assert quote.speaker_mention == "Le patron du club"  # the gerund's subject is the clause's


@pytest.mark.model
def test_a_quoted_adjective_before_the_verb_is_not_attributed_to_the_verb_that_follows(read) -> None:
    assert read("Un homme \"plutôt âgé\" a reconnu avoir volé une voiture.") == []


@pytest.mark.model
def test_selon_that_means_depending_on_or_opens_a_relative_names_no_source(read) -> None:
    [quote] = read("La chute a atteint 20 % selon les semaines et 50 % en ville, indique l'observatoire.")
    assert quote.speaker_mention == "l'observatoire"
    quotes = read("Beaucoup évoquent la croyance selon laquelle les esprits des morts reviennent l'été.")
    assert all(q.cue != "selon" for q in quotes)


@pytest.mark.model
def test_reporting_verb_in_the_passive_reports_nothing_its_subject_said(read) -> None:
    assert read("Le banquier est accusé de fraude fiscale par la justice suisse.") == []
    assert read("La prime annoncée jeudi par le gouvernement pour les soignants sera versée en mai.") == []
    assert read("Dans la vie, il y a des défis à relever plus durs que d'autres.") == []


@pytest.mark.model
def test_aside_before_a_postposed_subject_is_not_part_of_the_mention(read) -> None:
    [quote] = read("« Les gendarmes ont mieux à faire », regrette de son côté la députée Claire Moreau.")
    assert quote.speaker_mention == "la députée Claire Moreau"


@pytest.mark.model
def test_date_before_a_postposed_subject_is_not_part_of_the_mention(read) -> None:
    [quote] = read("Le festival a été annulé, a annoncé mercredi 13 février le maire de la commune.")
    assert quote.speaker_mention == "le maire de la commune"


@pytest.mark.model
def test_participle_inside_a_quotation_is_no_incise(read) -> None:
    [quote] = read("\"Si je partais, vu ce que je reçois comme critiques, ce serait une fuite\", a-t-elle ajouté.")
    assert quote.speaker_mention == "elle"


@pytest.mark.model
def test_dire_after_vouloir_or_falloir_reports_nothing(read) -> None:
    assert read("Il faut dire que les chercheurs de l'université n'ont pas hésité à se montrer généreux.") == []
    quotes = read("Selon le maire, ce label veut dire que la ville a fait des efforts.")
    assert [q.cue for q in quotes] == ["Selon"]  # the source is "selon", "veut dire" is no second cue


@pytest.mark.model
def test_selon_a_custom_is_no_source_and_a_date_after_a_source_is_not_its_name(read) -> None:
    assert read("Le chanteur, enveloppé dans un linceul selon la tradition musulmane, reposera auprès de sa mère.") == []
    [quote] = read("Des chercheurs s'interrogent aussi sur les écarts entre les données, selon The Guardian jeudi.")
    assert quote.speaker_mention == "The Guardian"


@pytest.mark.model
def test_prosecutor_requisitions_are_reported_but_a_required_threshold_is_not(read) -> None:
    [quote] = read("Le procureur Jean Martin a requis deux ans de prison avec sursis contre l'ancien maire.")
    assert quote.cue == "a requis" and quote.text.startswith("deux ans de prison")
    assert read("L'uranium enrichi reste encore très loin du seuil requis pour la fabrication d'une bombe.") == []


@pytest.mark.model
def test_pronominal_announce_or_make_sure_reports_nothing(read) -> None:
    assert read("La soirée s'annonçait pourtant calme dans le quartier de la gare.") == []
    assert read("La ministre s'est assurée que les écoles rouvriraient lundi.") == []
    [quote] = read("La ministre a assuré que les écoles rouvriraient lundi.")
    assert quote.text == "les écoles rouvriraient lundi"


@pytest.mark.model
def test_glued_sentence_after_an_inverted_source_is_not_part_of_it(read) -> None:
    [quote] = read("La situation reste tendue, a indiqué le directeur de l'hôpital.Trois patients sont encore en réanimation.")
    assert quote.speaker_mention == "le directeur de l'hôpital"


@pytest.mark.model
def test_what_on_says_is_no_quote_unless_it_relays_a_quotation(read) -> None:
    assert read("On estime qu'il reste moins de quatre cents loups dans le massif.") == []
    assert read("Dans les deux villes, l'on constate que les loyers ont doublé en dix ans.") == []
    [quote] = read("« Les négociations reprendront lundi à Genève », a-t-on précisé de source diplomatique.")
    assert (quote.type, quote.speaker_mention) == ("direct", "on")


@pytest.mark.model
def test_a_verb_with_an_infinitive_inside_a_quotation_is_no_incise(read) -> None:
    [quote] = read("« L'une des victimes, une adolescente du quartier, a confié à sa mère avoir déjà aperçu son agresseur "
                   "dans un camp, ce qu'elle n'avait jamais dit », explique le commissaire.")
    assert quote.speaker_mention == "le commissaire"
    [quote] = read("« Nous irons jusqu'au bout », a raconté à l'AFP le maire Paul Durand.")
    assert quote.speaker_mention == "le maire Paul Durand"


@pytest.mark.model
def test_a_passive_whose_be_stands_outside_the_verb_group_reports_nothing(read) -> None:
    assert read("Le prix sera annoncé peu avant sa commercialisation en fin d'année par le constructeur.") == []
    assert read("Reste à connaître le prix, un tarif qui devrait être annoncé peu avant la commercialisation.") == []


@pytest.mark.model
def test_a_gerund_inside_the_content_does_not_split_it(read) -> None:
    [quote] = read("Le site affirme que ce collaborateur avait rédigé son offre en réclamant une commission sur chaque vente.")
    assert quote.text == "ce collaborateur avait rédigé son offre en réclamant une commission sur chaque vente"


@pytest.mark.model
def test_a_quotation_after_a_passive_participle_is_no_mixed_quote(read) -> None:
    quotes = read("Des critiques formulées l'été dernier par la presse sur le « virage libéral » du maire ont pesé sur "
                  "la campagne.")
    assert all(q.type != "mixed" for q in quotes)


@pytest.mark.model
def test_a_finite_verb_after_a_source_phrase_does_not_cut_it(read) -> None:
    [quote] = read("Selon Paul Durand, président de l'association, le ministre a indiqué que la réforme serait reportée.")
    assert quote.cue == "Selon" and quote.text.endswith("la réforme serait reportée")


@pytest.mark.model
def test_pour_and_no_person_opens_no_opinion(read) -> None:
    assert read("Pour la première fois, le club a remporté le titre national.") == []
    assert read("Pour son premier discours de candidat aux européennes, Paul Martin a frappé fort.") == []


@pytest.mark.model
def test_a_cue_after_etre_a_says_what_is_to_be_done_and_reports_nothing(read) -> None:
    assert read("Aucun blessé n'est à déplorer en dehors du propriétaire de la maison.") == []


@pytest.mark.model
def test_a_quotation_after_the_comma_of_a_title_noun_is_no_title(read) -> None:
    quotes = read("Le voleur n'a reçu qu'un rappel à la loi, « une décision incompréhensible pour les victimes », "
                  "regrette la maire.")
    assert [q.speaker_mention for q in quotes] == ["la maire"]
    assert quotes[0].text.endswith("« une décision incompréhensible pour les victimes")
    assert read("Le Sénat a examiné la loi « Climat et résilience » jeudi soir.") == []
