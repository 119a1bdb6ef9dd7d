"""find_quotes on invented sentences where words stand between a reporting verb and its noun-phrase object (an
adverbial locution, a day, a circumstance between commas), where the speaker is a poll's share of respondents, and
where a long quotation names a legal charge."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_an_adverbial_locution_or_a_day_before_the_object_leaves_the_object_reported(read) -> None:
    [quote] = read("Les auteurs de l'étude préconisent par ailleurs la fermeture du vieux pont.")
    assert (quote.speaker_mention, quote.text) == ("Les auteurs de l'étude", "la fermeture du vieux pont")
    [quote] = read("Marie Dupont a dénoncé mardi soir, dans un communiqué, un manque de vision.")
    assert (quote.speaker_mention, quote.text) == ("Marie Dupont", "un manque de vision")


@pytest.mark.model
def test_quant_a_eux_before_the_object_is_a_lead_not_the_object(read) -> None:
    [quote] = read("Les infirmiers dénoncent quant à eux le manque de lits dans le service.")
    assert (quote.speaker_mention, quote.text) == ("Les infirmiers", "le manque de lits dans le service")


@pytest.mark.model
def test_s_inquieter_de_and_mettre_en_doute_report_their_object(read) -> None:
    [quote] = read("La directrice de l'hôpital s'est inquiétée dimanche des conséquences de la grève sur les patients.")
    assert quote.speaker_mention == "La directrice de l'hôpital"
    assert quote.text.endswith("conséquences de la grève sur les patients")
    [quote] = read("Le maire a mis en doute cette semaine les chiffres de la préfecture.")
    assert (quote.speaker_mention, quote.text) == ("Le maire", "les chiffres de la préfecture")
    assert read("Paul Durand s'inquiète pour son fils, qui est malade.") == []


@pytest.mark.model
def test_a_share_of_a_polls_respondents_is_no_source(read) -> None:
    quotes = read("Selon l'enquête, 62% des salariés interrogés estiment que le bureau reste indispensable.")
    assert all("%" not in (q.speaker_mention or "") for q in quotes)
    assert read("Au total, 41 % des parents interrogés disent avoir renoncé aux vacances cette année.") == []


@pytest.mark.model
def test_a_long_quotation_after_pour_in_a_sentence_on_prosecution_is_a_charge_not_speech(read) -> None:
    text = ('L\'ancien adjoint comparaîtra en mars pour "prise illégale d\'intérêts par une personne chargée d\'une '
            'mission de service public", ainsi que pour "détournement de fonds publics et recel de ce délit".')
    assert read(text) == []


@pytest.mark.model
def test_a_quotation_an_investigation_is_opened_for_or_aims_at_is_a_charge_not_speech(read) -> None:
    text = ('Le parquet de Lyon a ouvert lundi une enquête pour "abus de biens sociaux commis en bande organisée par '
            'un dirigeant d\'entreprise". Plus précisément, l\'enquête vise des "faux en écriture privée et usage de faux '
            'documents bancaires".')
    assert read(text) == []


@pytest.mark.model
def test_leads_that_end_the_sentence_leave_no_object(read) -> None:
    assert read("Le directeur a dénoncé mardi soir.") == []


@pytest.mark.model
def test_a_stance_stated_with_dire_or_confier_is_reported_but_not_a_bare_object(read) -> None:
    [quote] = read("La députée Anne Morel avait dit mercredi son opposition à la fermeture de la maternité.")
    assert (quote.speaker_mention, quote.text) == ("La députée Anne Morel", "son opposition à la fermeture de la maternité")
    [quote] = read("Le gérant a confié sa colère après la décision du préfet.")
    assert quote.text.startswith("sa colère")
    assert read("Le candidat a dit son nom au guichet de la mairie.") == []


@pytest.mark.model
def test_a_stance_verb_as_a_gerund_or_an_infinitive_reports_no_stance(read) -> None:
    assert read("L'enquête montre un écart entre les sexes, les femmes disant leur inquiétude plus souvent.") == []
    assert read("S'ils avaient pu dire leurs regrets à la famille, le procès aurait été différent.") == []
