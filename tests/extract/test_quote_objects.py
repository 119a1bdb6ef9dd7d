"""find_quotes on invented sentences where a reporting verb's noun-phrase object is what was said: an object that
opens with a demonstrative or a quantifier and holds a quotation, a free relative "ce que" as the object, and the
locution "émettre des doutes / des réserves", whose object reports an opinion only with such a noun."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_quotation_inside_an_object_opening_with_a_demonstrative_or_a_quantifier_makes_a_mixed_quote(read) -> None:
    [quote] = read("Le directeur regrette ce « gâchis total » des deux camps.")
    assert (quote.type, quote.speaker_mention, quote.text) == ("mixed", "Le directeur", "ce « gâchis total » des deux camps")
    [quote] = read("La ministre a démenti tout « accord secret » avec les grévistes.")
    assert (quote.type, quote.speaker_mention) == ("mixed", "La ministre")
    assert quote.text.startswith("tout « accord secret »")


@pytest.mark.model
def test_a_denial_reports_its_object(read) -> None:
    [quote] = read("Le ministère a démenti les rumeurs de démission du préfet.")
    assert (quote.type, quote.speaker_mention, quote.text) == ("indirect", "Le ministère", "les rumeurs de démission du préfet")


@pytest.mark.model
def test_a_free_relative_after_the_cue_is_its_object_not_a_content_clause(read) -> None:
    [quote] = read("Le député a dénoncé ce qu'il appelle un « hold-up fiscal ».")
    assert (quote.type, quote.text) == ("mixed", "ce qu'il appelle un « hold-up fiscal »")
    [quote] = read("La maire suggère ainsi que la rue soit fermée le dimanche.")  # an adverb before "que": the verb's own
    assert quote.text == "la rue soit fermée le dimanche"


@pytest.mark.model
def test_doubts_and_reservations_a_source_expresses_are_its_opinion_other_things_it_issues_are_not(read) -> None:
    [quote] = read("Le syndicat a émis des doutes sur « la solidité » du montage financier.")
    assert (quote.type, quote.speaker_mention, quote.text) == (
        "mixed", "Le syndicat", "des doutes sur « la solidité » du montage financier")
    [quote] = read("L'agence émet des réserves sur le calendrier des travaux.")
    assert (quote.type, quote.text) == ("indirect", "des réserves sur le calendrier des travaux")
    assert read("La banque a émis des obligations pour financer le chantier.") == []
    assert read("Le navire a émis un signal de détresse au large.") == []


@pytest.mark.model
def test_a_quotation_in_the_object_does_not_lift_the_words_a_verb_needs_to_report(read) -> None:
    assert read("Le maire a appelé la police « en urgence ».") == []  # a phone call, with or without the quotation
    assert read("La banque, qui émet la carte et le chèque « Repas Plus », a grandi.") == []  # a product's name
    [quote] = read("Le maire a appelé à un « sursaut collectif » des habitants.")
    assert (quote.type, quote.text) == ("mixed", "un « sursaut collectif » des habitants")


@pytest.mark.model
def test_a_fear_a_source_voices_is_its_content_but_what_it_fears_to_do_is_not_speech(read) -> None:
    [quote] = read("La directrice craint que la situation n'empire dans les prochains jours.")
    assert (quote.type, quote.speaker_mention, quote.text) == (
        "indirect", "La directrice", "la situation n'empire dans les prochains jours")
    assert read("Les habitants craignent de perdre leur maison.") == []  # a fear to do, like a wish


@pytest.mark.model
def test_a_circumstance_before_a_quoted_object_is_no_part_of_it(read) -> None:
    [quote] = read("La ministre a dénoncé sur son blog une « attaque inacceptable » contre les élus.")
    assert (quote.type, quote.text) == ("mixed", "une « attaque inacceptable » contre les élus")
    [quote] = read("Le maire a alerté sur la « situation » de la commune.")  # "sur" opens the object itself
    assert quote.text == "la « situation » de la commune"


@pytest.mark.model
def test_a_sentence_initial_capital_without_its_accent_is_still_a_cue(read) -> None:
    first, second = read("Evoquant dans un tweet « une violence inouïe », la préfète a indiqué que deux agents étaient blessés.")
    assert (first.text, first.speaker_mention) == ("une violence inouïe", "la préfète")
    assert second.text == "deux agents étaient blessés"
