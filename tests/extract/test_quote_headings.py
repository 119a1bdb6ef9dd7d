"""Quoted subheadings glued to the text by a lost paragraph break: no quote, and a sentence of their own."""
from __future__ import annotations

import pytest

from veille.extract.quote_headings import is_heading
from veille.extract.quote_marks import find_quoted_spans


def _headings(text: str) -> list[str]:
    return [text[m.start: m.end] for m in find_quoted_spans(text) if is_heading(text, m)]


def test_a_quotation_between_a_sentence_end_and_a_capital_is_a_heading() -> None:
    text = 'Il viendra le soir", confie Marc Petit."Marc fait partie de sa vie"Même son de cloche chez ses amis.'
    assert _headings(text) == ["Marc fait partie de sa vie"]


def test_a_heading_touching_the_next_quotation_is_a_heading() -> None:
    text = 'Le groupe a donné 20 millions."Pas question de le faire payer""Je trouve cela minable", dit-il.'
    assert _headings(text) == ["Pas question de le faire payer"]


def test_a_heading_before_the_next_quotation_with_a_space_between_is_a_heading() -> None:
    text = 'Le fonds vise 14 milliards. "Un rôle-clé à jouer" "Si la cible est manquée, tout recule", dit la ministre.'
    assert _headings(text) == ["Un rôle-clé à jouer"]


def test_a_long_heading_or_one_with_a_stop_that_repeats_a_quotation_of_the_body_is_a_heading() -> None:
    text = ('Les élus se sont retrouvés mardi."Ce combat, nous allons le gagner ensemble ou le perdre tous ensemble"Il a '
            'ensuite répondu aux critiques."Assez de ce mépris !"Le maire, lui, a dit : "Ce combat, nous allons le gagner '
            'ensemble ou le perdre tous ensemble. Assez de ce mépris !"')
    assert _headings(text) == ["Ce combat, nous allons le gagner ensemble ou le perdre tous ensemble",
                               "Assez de ce mépris !"]


def test_a_quotation_ending_its_paragraph_is_no_heading_when_the_body_does_not_repeat_it() -> None:
    text = ('Il a conclu devant la presse. "Nous reviendrons tous ensemble l\'an prochain." "Le lendemain, il est parti '
            'sans un mot", raconte un proche.')
    assert _headings(text) == []


def test_a_quotation_between_dashes_after_a_sentence_is_a_heading() -> None:
    text = 'La foule a défilé dans le calme.- "Tout le monde déteste la police" - Chaque cortège a ses heurts.'
    assert _headings(text) == ["Tout le monde déteste la police"]


def test_a_quotation_ending_its_paragraph_with_a_stop_is_no_heading() -> None:
    text = 'Il a conclu devant la presse. "Nous reviendrons tous ensemble l\'an prochain."Le lendemain, il est parti.'
    assert _headings(text) == []


def test_a_quotation_a_colon_introduces_is_no_heading() -> None:
    text = 'Le maire s\'est félicité de la nouvelle : "C\'est une bonne nouvelle pour nous"Il a ensuite remercié les élus.'
    assert _headings(text) == []


def test_a_title_between_dashes_in_a_sentence_is_no_heading() -> None:
    text = 'Elle parlait de son livre - "Papa, viens me chercher" - où elle raconte son enfance.'
    assert _headings(text) == []


def test_a_long_quotation_glued_to_the_next_sentence_is_no_heading() -> None:
    text = ('Elle a témoigné mardi."Une femme m\'a dit qu\'elle dormait dehors depuis des semaines sans que personne '
            'ne vienne jamais l\'aider"Sur les places ouvertes, peu sont libres.')
    assert _headings(text) == []


@pytest.mark.model
def test_a_heading_is_no_quote_and_the_next_sentence_keeps_its_speaker(read) -> None:
    text = ('Le groupe a versé 20 millions, a dit Paul Martin."Pas question de le faire payer aux contribuables"'
            '"Je trouve les polémiques un peu minables", a ajouté Jean Dupont.')
    found = [(q.text, q.speaker_mention) for q in read(text)]
    assert ("Pas question de le faire payer aux contribuables", None) not in found
    assert not any("Pas question" in quoted for quoted, _ in found)
    assert ("Je trouve les polémiques un peu minables", "Jean Dupont") in found


@pytest.mark.model
def test_a_heading_ends_the_sentence_before_the_next_one(read) -> None:
    text = ('Il a confirmé la fermeture, a indiqué la préfecture."Si ça sent le brûlé, c\'est une combustion"'
            'Le maire a estimé que la situation était sous contrôle.')
    contents = [q.text for q in read(text)]
    assert "la situation était sous contrôle" in contents
    assert not any("brûlé" in c for c in contents)


@pytest.mark.model
def test_a_cue_before_a_dash_heading_keeps_its_verb_and_source(speakers) -> None:
    text = ('"Nous avons perdu beaucoup de clients cette année", a-t-il encore énuméré.- Grosse perte -Plus loin, '
            'les cafés ferment. La situation est grave dans les hôpitaux, a dit le maire.- Un hiver difficile -Les '
            'élus se réunissent demain.')
    found = [(q.text, q.cue, q.speaker_mention, q.speaker) for q in speakers(text)]
    assert found == [("Nous avons perdu beaucoup de clients cette année", "a-t-il encore énuméré", "il", None),
                     ("La situation est grave dans les hôpitaux", "a dit", "le maire", "le maire")]


@pytest.mark.model
def test_an_unquoted_dash_heading_reports_nothing(read) -> None:
    text = ("Les manifestants ont défilé poings levés.- Le maire menace de quitter le parti -Le maire de la ville, "
            "Paul Martin, a menacé de quitter son parti avant les élections.")
    assert [q.text for q in read(text)] == ["quitter son parti avant les élections"]


@pytest.mark.model
def test_a_postposed_cue_after_a_quotation_the_sentencizer_split_attributes_all_of_it(read) -> None:
    text = ('"Le poison a été trouvé chez les autorités. Seul un petit nombre de personnes y ont accès dans le pays" '
            'depuis 2018, a-t-il encore énuméré.')
    found = [(q.type, q.text, q.speaker_mention) for q in read(text)]
    assert found == [("direct", "Le poison a été trouvé chez les autorités. Seul un petit nombre de personnes y ont "
                                "accès dans le pays", "il")]


def test_a_quotation_in_capitals_after_a_sentence_is_a_heading() -> None:
    text = 'Il sera président du club, rapporte une source. "FAIRE VENIR DE GROS SPONSORS" Lundi, tout se concrétise.'
    assert _headings(text) == ["FAIRE VENIR DE GROS SPONSORS"]


@pytest.mark.model
def test_a_heading_in_capitals_is_not_part_of_the_next_sentence(read) -> None:
    text = ("La soirée a mal tourné, a expliqué M. Durand. DES CHIFFRES TATOUÉS SUR UN BRAS Selon Le Monde, qui a pu "
            "consulter des photos, les brûlures laissent supposer une agression.")
    found = [(q.text, q.speaker_mention) for q in read(text)]
    assert found == [("La soirée a mal tourné", "M. Durand"), ("les brûlures laissent supposer une agression", "Le Monde")]
