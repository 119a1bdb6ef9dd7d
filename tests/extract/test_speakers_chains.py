"""A pronoun right after a quotation goes on with its speaker, even one whose gender the text never gives, unless a
person of the pronoun's gender is named after that quotation; a pronoun with no one before it is the person of its
gender made subject later; a person description or an organisation made subject just before is what a pronoun the
chain does not fit stands for. Invented articles, real model (marked ``model``)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_pronoun_goes_on_with_a_speaker_of_unknown_gender(speakers) -> None:
    text = ("Le journaliste Léo Marchal rejoint la chaîne Canal Nord à la rentrée. « Il présentera un magazine le "
            "dimanche soir », annonce Vako Tsilidis, directeur des programmes. « Par ailleurs, Léo Marchal animera une "
            "soirée spéciale en juin », poursuit-il.")
    assert [q.speaker for q in speakers(text)] == ["Vako Tsilidis", "Vako Tsilidis"]


def test_a_pronoun_after_a_speaker_of_unknown_gender_takes_up_a_person_named_since(speakers) -> None:
    text = ("« Les travaux dureront deux ans », annonce Vako Tsilidis, directeur du chantier. Marie Caron, la "
            "présidente de l'association des riverains, reste sceptique. « Nous avons déjà entendu ces promesses », "
            "a-t-elle répondu.")
    assert speakers(text)[-1].speaker == "Marie Caron"


def test_a_pronoun_opening_the_article_is_the_person_made_subject_later(speakers) -> None:
    text = ("Elle attendait un rendez-vous depuis six mois : « On m'a dit de rappeler en septembre », raconte-t-elle. "
            "La clinique de Varennes a fermé son service de cardiologie au printemps faute de médecins. Cette "
            "infirmière de 52 ans a finalement été soignée à Tours.")
    quote = speakers(text)[0]
    assert (quote.speaker, quote.named) == ("Cette infirmière de 52 ans", False)


def test_a_pronoun_opening_the_article_is_the_woman_named_as_a_subject_later(speakers) -> None:
    text = ("Comme son rival la veille, elle a dit vouloir présider le groupe. « Nous devons changer de méthode », "
            "a-t-elle écrit à ses collègues. Le vote aura lieu en septembre à Amiens, à l'ouverture des journées "
            "parlementaires, et le résultat sera annoncé le soir même devant la presse. Le groupe a perdu plusieurs "
            "membres depuis le printemps, partis fonder deux nouveaux groupes à l'Assemblée, et sa présidence actuelle "
            "est critiquée pour sa gestion des débats internes et des votes sur les textes budgétaires de l'automne. "
            "Claire Morvan siège depuis 2017 à la commission des finances.")
    assert speakers(text)[0].speaker == "Claire Morvan"



def test_celui_qui_opening_a_sentence_is_the_person_in_focus(speakers) -> None:
    text = ("« Le centre-ville doit rester accessible aux voitures », estime Paul Girard. Celui qui est aussi "
            "président de l'association des commerçants explique par ailleurs qu'il ne se représentera pas en mars.")
    assert [q.speaker for q in speakers(text)] == ["Paul Girard", "Paul Girard"]


def test_an_honorific_gives_the_gender_a_first_name_list_reads_otherwise(speakers) -> None:
    text = ("Les bains publics de la ville rouvrent après deux mois de fermeture. Le gérant de l'établissement, "
            "M. Hana, reste prudent. « Les clients reviennent doucement, mais ils gardent leurs distances », "
            "explique-t-il.")
    assert speakers(text)[-1].speaker == "Hana"


def test_a_description_opening_a_sentence_without_a_cue_breaks_a_chain_held_by_an_organisation(speakers) -> None:
    text = ("Sophie Lemaire, la benjamine de l'Assemblée, a défendu sa proposition de loi devant la presse. « Nous "
            "devons protéger les petites communes », a déclaré Sophie Lemaire. Le député Paul Girard a répondu sur "
            "Twitter. « Tout s'explique », a aussi ironisé Greenpeace. La députée a par ailleurs été interrogée sur le "
            "nucléaire. Si elle souhaite un débat national sur le sujet, elle s'est dite opposée à titre personnel. "
            "« Je voterai contre, je l'ai toujours dit », a-t-elle ajouté.")
    assert [q.speaker for q in speakers(text)][-3:] == ["Sophie Lemaire"] * 3


def test_a_pronoun_no_person_fits_is_the_organisation_made_subject_just_before(speakers) -> None:
    text = ("Mardi matin, la préfecture de police a évacué le campement installé près du canal. « Il n'est pas "
            "question de laisser des tentes sur les trottoirs », a-t-elle commenté.")
    assert speakers(text)[0].speaker == "préfecture"


def test_the_organisation_a_pronoun_takes_up_is_not_the_newspaper_relaying_it(speakers) -> None:
    text = ("La compagnie Air Calédonie a sans doute évité une catastrophe. Dimanche, rapporte le Parisien, elle a "
            "confirmé que l'un de ses pilotes avait été contrôlé avec de l'alcool dans le sang.")
    assert speakers(text)[-1].speaker == "Air Calédonie"
