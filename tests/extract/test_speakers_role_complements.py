"""A name after a role noun and its institution ("la porte-parole du gouvernement Inès X") is the role holder's, not
the institution's; and the same role with the same complement later ("a déclaré la porte-parole du gouvernement")
is that person, while another complement ("le porte-parole de la police" after "de l'armée") is someone else.
Invented articles, real model (marked ``model``)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_name_after_a_role_and_its_institution_is_a_person(speakers) -> None:
    text = ("La réunion aura lieu vendredi, a confirmé la porte-parole du gouvernement Inès Vautrin. "
            "« Nous avons prévenu M. Petit », a déclaré Mme Vautrin.")
    assert [q.speaker for q in speakers(text)] == ["Inès Vautrin", "Inès Vautrin"]


def test_the_same_role_and_complement_take_up_the_person_introduced_so(speakers) -> None:
    text = ("La réunion aura lieu vendredi, a confirmé la porte-parole du gouvernement Inès Vautrin. "
            "« Nous avons prévenu M. Petit, il n'a pas répondu », a déclaré la porte-parole du gouvernement sur RTL.")
    assert [q.speaker for q in speakers(text)] == ["Inès Vautrin", "Inès Vautrin"]


def test_the_same_role_with_another_complement_is_someone_else(speakers) -> None:
    text = ("Le porte-parole de l'armée Paul Durand a confirmé l'attaque. "
            "Le porte-parole de la police a ensuite affirmé que « tout était calme ».")
    assert [q.speaker for q in speakers(text)][-1] != "Paul Durand"


def test_a_bare_role_after_pour_and_a_name_describes_that_person(speakers) -> None:
    text = ("Pour Odile Ferrand, vice-présidente et porte-parole de l'Union des villes rurales, la situation est grave. "
            "Le maire Paul Rimbert a aussi réagi. « Il faut agir vite », indique la porte-parole de l'Union.")
    assert speakers(text)[-1].speaker == "Odile Ferrand"


def test_an_acronym_the_article_spells_out_qualifies_the_role_as_its_full_name(speakers) -> None:
    text = ("« Nous sommes seuls », affirme Odile Ferrand, porte-parole de l'Union des villes rurales (UVR). "
            "Le maire Paul Rimbert a aussi réagi. « Il faut agir vite », indique la porte-parole de l'UVR.")
    assert speakers(text)[-1].speaker == "Odile Ferrand"


def test_qui_after_a_role_and_its_complement_is_the_role_holder(speakers) -> None:
    text = ("« Il faut aussi agir », ajoute le président de la Fédération des cafetiers, "
            "qui estime que la crise « n'a rien arrangé ».")
    assert [q.speaker for q in speakers(text)] == ["le président de la Fédération des cafetiers"] * 2


def test_a_role_written_in_capitals_is_a_role_not_an_organisation(speakers) -> None:
    text = ("« Les voyageurs seront remboursés », a assuré la PDG de la Régie des transports Catherine Morvan. "
            "La PDG de la Régie des transports a par ailleurs indiqué que la grève avait coûté cher.")
    assert [q.speaker for q in speakers(text)] == ["Catherine Morvan", "Catherine Morvan"]


def test_a_definite_role_closed_by_a_comma_after_a_governed_name_describes_it(speakers) -> None:
    text = ("Le maire Paul Rimbert a adressé un courrier à Hugo Varenne, le PDG de Brixon, dans lequel il évoque "
            "« l'émoi » des habitants. Hugo Varenne lui a répondu mardi. « Cette expression est courante », écrit le PDG.")
    assert speakers(text)[-1].speaker == "Hugo Varenne"


def test_a_definite_role_before_a_verb_after_pour_and_a_name_is_a_new_subject(speakers) -> None:
    text = ("Pour Marine Dulac, le président de la région a menti. « Il doit partir », a-t-elle dit. "
            "« Je ne partirai pas », a répondu le président de la région.")
    assert speakers(text)[-1].speaker != "Marine Dulac"


def test_roles_joined_by_et_after_an_ungoverned_name_stay_outside_its_description(speakers) -> None:
    """Only after "pour/selon X," do roles joined by "et" make one apposition: elsewhere the second role may be a
    label the text sets against another speaker's ("candidate LREM" is not "la candidate LR")."""
    text = ("« Ça va générer des tensions », a déclaré Mme Lefort. « Si j'avais été maire, j'aurais agi dès le "
            "premier jour », a ajouté la candidate LR. Elle a au passage étrillé Sophie Garnier, ex-ministre de la "
            "Santé et candidate LREM pour le second tour.")
    assert [q.speaker for q in speakers(text)][:2] == ["Lefort", "Lefort"]


def test_a_name_after_a_second_role_is_that_roles_holder_not_the_source(speakers) -> None:
    text = ("Le premier adjoint à la mairie, Benoît Paillard, a tenu une conférence de presse. La maire Michèle Dutour "
            "n'y était pas. « Notre ville doit être entendue et respectée », fait valoir l'adjoint de la nouvelle maire "
            "Michèle Dutour, dont l'équipe vient d'arriver.")
    assert speakers(text)[-1].speaker == "Benoît Paillard"


def test_a_qualified_role_is_its_only_holder_named_paragraphs_later(speakers) -> None:
    text = ("Des heurts ont éclaté dans la nuit. Évoquant la violence de certains, le ministre de l'Intérieur a indiqué "
            "que « seize agents avaient été blessés dans la nuit ». Les échauffourées ont duré plusieurs heures. Des "
            "groupes de jeunes ont jeté des bouteilles de verre sur les forces de l'ordre qui ont répliqué. Les pompiers "
            "sont intervenus sur des feux de poubelles et de voitures dans les rues voisines. Une centaine de personnes "
            "ont été interpellées au cours de la soirée et de la nuit. Le calme est revenu au petit matin. Le ministre "
            "de l'Intérieur Gérard Morvan avait évoqué dimanche des débordements.")
    assert speakers(text)[0].speaker == "Gérard Morvan"
