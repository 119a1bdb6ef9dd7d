"""resolve_speakers around an incise and the names it takes up: a date before the inverted subject, a cue verb read
as a title, a name the NER ran into the outlet after it, a relative clause that says its subject spoke, an outlet without article or an acronym before the inverted subject,
"après-midi" before it, an incise verb after "de son côté", a heading
glued to "Puis d'ajouter", a collective named in quotation marks; an infinitive between commas inside the marks is no incise."""
from __future__ import annotations

import pytest

from veille.extract.quoted_names import quoted_organisations

pytestmark = pytest.mark.model


def test_inverted_subject_after_a_date_and_a_channel_is_the_speaker(speakers) -> None:
    text = ("Le maire Pierre Vasseur a présenté son budget. "
            "« Ce projet est une faute lourde », a regretté dimanche matin 12 mars sur France Inter Paul Marchand, "
            "qui a quitté le parti.")
    quotes = speakers(text)
    assert [(q.speaker_mention, q.speaker) for q in quotes] == [("Paul Marchand", "Paul Marchand")]


def test_weekday_before_the_inverted_subject_is_not_taken_for_it(speakers) -> None:
    text = ("« Nous avons tout essayé », a dit Paul Vidal. "
            "« Les chiffres sont mauvais cette année », a confié lundi à l'AFP Sophie Garnier.")
    assert [q.speaker for q in speakers(text)] == ["Paul Vidal", "Sophie Garnier"]


def test_incise_verb_that_spells_a_title_gives_the_speaker_no_role(speakers) -> None:
    text = ("La victoire de Paul Martin aux municipales ? « C'est une bonne leçon pour les partis », juge Gérard Dupont. "
            "« Les électeurs ont montré leur colère. Mais ils vont le payer », déclare l'acteur.")
    assert [q.speaker for q in speakers(text)] == ["Gérard Dupont", "Gérard Dupont"]


def test_first_name_run_into_the_newspaper_is_the_person_named_before(speakers) -> None:
    text = ("Julien Morel a retrouvé sa mère biologique. "
            "« Je pars du principe que tout est possible », précise Julien au Figaro. "
            "« Le but n'est pas de déranger qui que ce soit », ajoute-t-il.")
    assert [q.speaker for q in speakers(text)] == ["Julien Morel", "Julien Morel"]


def test_il_after_a_relative_clause_of_saying_is_its_subject(speakers) -> None:
    text = ("« J'aurais pu rester chez moi », a déclaré Paul Durand. "
            "Cela n'a pas fait rire Marc Lenoir qui a répliqué sur son compte. "
            "« Je respecte Paul, mais il se trompe », a-t-il écrit.")
    assert [q.speaker for q in speakers(text)] == ["Paul Durand", "Marc Lenoir"]


def test_narrative_infinitive_after_a_glued_heading_continues_the_speaker(speakers) -> None:
    text = ("« Nous sommes équipés en tests », a énuméré le directeur du groupe, Paul Rivière."
            "Le fantôme du Grand PacificPuis d'ajouter : « Nous avons une équipe médicale à bord. »")
    assert [q.speaker for q in speakers(text)] == ["Paul Rivière", "Paul Rivière"]


def test_collective_named_in_quotation_marks_is_who_le_collectif_means(speakers) -> None:
    text = ("Nouveau revers pour le collectif « Vive la Gare », qui rassemble 70 associations. "
            "« Nous irons en appel », a ajouté le collectif.")
    assert [q.speaker for q in speakers(text)] == ["Vive la Gare"]


def test_quoted_words_after_a_common_noun_name_no_organisation() -> None:
    nouns = frozenset({"collectif", "association"})
    text = "Le collectif « Vive la Gare » et un rapport « très sévère » de l'association « Droit au toit »."
    assert quoted_organisations(text, nouns) == [
        (text.index("Vive"), "collectif", "Vive la Gare"), (text.index("Droit"), "association", "Droit au toit"),
    ]


def test_an_infinitive_between_commas_inside_the_marks_is_no_incise(speakers) -> None:
    text = ("Les coiffeurs sont pris d'assaut. « J'avais hâte de pouvoir ressortir, reprendre une vie sociale, et me "
            "faire couper les cheveux », sourit Alexis Martin.")
    assert [q.speaker for q in speakers(text)] == ["Alexis Martin"]



@pytest.mark.parametrize(("text", "speaker"), [
    # an outlet written without article: the determiner after it opens the subject
    ("La crèche du quartier a fermé ses portes. « Je ne supportais plus ce qui se passait », a expliqué à Radio Sud "
     "une des employées.", "une des employées"),
    # a rare first name the entity recogniser runs into the agency's acronym
    ("La fédération des enseignants reste inquiète. « Nous restons prudents », a de son côté dit à l'AFP Filinto Costa, "
     "directeur d'une association d'écoles.", "Filinto Costa"),
    # "après-midi" tells when, like "matin" and "soir"
    ("Le préfet Marc Olier a visité le site. « Ça n'a pas explosé, c'est un avertissement », a déploré mardi après-midi "
     "auprès de l'AFP Jean-Paul Santoni, secrétaire du syndicat local.", "Jean-Paul Santoni"),
    # "cingler" is an incise verb, after "de son côté" too
    ("La ministre Claire Aubin a défendu la réforme. « C'est une provocation pure et simple », avait de son côté cinglé "
     "Hugo Tessier, député de la Creuse.", "Hugo Tessier"),
])
def test_inverted_subject_after_a_circumstance_is_the_speaker(speakers, text: str, speaker: str) -> None:
    assert [q.speaker for q in speakers(text)] == [speaker]
