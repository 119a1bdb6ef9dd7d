"""resolve_speakers on what a pronoun or a floating quotation may go on with: a quotation in the first person is no
place's or body's; a name in a clause that ends the previous speaker's own sentence does not take the floor from
that speaker; a name set off by a comma after a role is its holder, whatever label the tagger gave it; a cue-less
quotation hanging from a verb whose subject is "il" is that pronoun's."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_first_person_quotation_after_elle_is_not_the_country_quoted_last(speakers) -> None:
    text = ("La chanteuse Léa Morel a donné un concert jeudi à Paris. Selon la France, « la sécurité du public a été "
            "renforcée pour ce soir-là ». « Je ne sais pas si ça vous intéresse, mais nous menons », a-t-elle lancé.")
    assert [q.speaker for q in speakers(text)][-1] == "Léa Morel"


def test_a_floating_first_person_quotation_is_not_the_union_or_the_newspaper_quoted_last(speakers) -> None:
    union = ("Le syndicaliste Marc Dubois a témoigné lundi. La CGT a dénoncé « des méthodes inacceptables et indignes ». "
             "« Je n'ai jamais vu une chose pareille en vingt ans de carrière. »")
    newspaper = ("La chanteuse Léa Morel a donné un concert jeudi. Selon Le Parisien, « la salle était pleine à craquer "
                 "ce soir-là ». « Je ne sais pas si ça vous intéresse, mais nous menons un but à zéro ce soir. »")
    assert [q.speaker for q in speakers(union)][-1] == "Marc Dubois"
    assert [q.speaker for q in speakers(newspaper)][-1] == "Léa Morel"


def test_a_name_in_a_relative_clause_after_the_incise_does_not_take_the_floor(speakers) -> None:
    text = ("« C'est une perte immense », a déploré Marc Vallier, vice-directeur de l'institut que Jean Morel "
            "dirigeait depuis dix ans. « Il était très respecté dans son domaine », a-t-il salué.")
    assert [q.speaker for q in speakers(text)] == ["Marc Vallier", "Marc Vallier"]


def test_a_name_apposed_to_a_role_after_a_comma_is_the_speaker(speakers) -> None:
    text = ("« Je tiens à être parfaitement clair », a affirmé Paul Morin. L'Organisation mondiale de la santé (OMS) a "
            "compté un record de cas. « Nous sommes loin d'être tirés d'affaire », a reconnu lundi le patron de "
            "l'organisation, Tedros Adhanom Ghebreyesus.")
    assert [q.speaker for q in speakers(text)] == ["Paul Morin", "Tedros Adhanom Ghebreyesus"]


def test_a_cue_less_quotation_shares_the_incise_after_the_next_one_in_its_sentence(speakers) -> None:
    text = ('"Le dossier sera rouvert", a indiqué le juge Paul Berthier. "Une voisine nous dit n\'avoir rien vu ce '
            'soir-là", or "elle a parlé au gardien juste avant minuit", raconte Julie Marchal, enquêtrice.')
    assert [q.speaker for q in speakers(text)] == ["Paul Berthier", "Julie Marchal", "Julie Marchal"]


def test_a_lone_connector_read_as_the_mention_is_no_source(speakers) -> None:
    text = ("« Je soutiens ceux qui manifestent pacifiquement », a écrit le prince Paul de Valois sur son blog. Avant "
            "de poursuivre : « Ces Français sont la majorité silencieuse qui se tait depuis des décennies ».")
    assert [q.speaker for q in speakers(text)] == ["Paul de Valois", "Paul de Valois"]
