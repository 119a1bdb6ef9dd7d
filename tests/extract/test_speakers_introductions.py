"""A person the text presents just before a quotation, in a sentence the parser leaves unparsed, is who "il" means
next: the name after a short fronted circumstance, or a name first given after a verb with a role in apposition;
not a name governed by a preposition, nor the man whose spokesman just spoke. A lone first name after "à l'AFP" is
an inverted subject, and a mention that ran on past its pronoun is that pronoun. Invented articles, real model
(marked ``model``)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_the_name_after_a_fronted_circumstance_is_the_next_il(speakers) -> None:
    text = (
        "« C'est la première fois que la maison est inondée », explique Karim Haddad, commerçant du quartier. "
        "« Les autorités sont indifférentes », a-t-il ajouté. Les habitants tentent d'écoper l'eau boueuse. "
        "Depuis son bureau, Paul Ferrand contemple en contrebas une station de pompage. Le site, également inondé, "
        "est à l'arrêt. « De toute façon, ses pompes ne marchent jamais », peste-t-il."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Karim Haddad", "Karim Haddad", "Paul Ferrand"]


def test_a_person_presented_with_a_role_after_a_verb_is_the_next_il(speakers) -> None:
    text = (
        "« C'est faisable », résume Marc Lebrun, président du groupement. « Nous sommes prêts », affirme-t-il. "
        "Le coût sera élevé, d'après la note de l'agence. Pas de quoi convaincre Paul Ferrand, directeur de recherche au CNRS. "
        "« Rien à voir avec une odeur de grillé », conclut-il."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "Paul Ferrand"


def test_a_person_presented_after_a_preposition_is_not_the_next_il(speakers) -> None:
    text = (
        "« C'est faisable », résume Marc Lebrun, président du groupement. « Nous sommes prêts », affirme-t-il. "
        "Le coût sera élevé, d'après la note de l'agence. Il a écrit une lettre à Paul Ferrand, directeur de recherche au CNRS. "
        "« Rien à voir avec une odeur de grillé », conclut-il."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "Marc Lebrun"


def test_a_lone_first_name_with_an_age_after_the_agency_is_the_inverted_subject(speakers) -> None:
    text = (
        "« Je suis infirmière et les cas augmentent », a confié à l'AFP Manuela, 30 ans, masque sur le visage. "
        "« Les gens ne prennent pas le sujet au sérieux. »"
    )
    quotes = speakers(text)
    assert quotes[0].speaker_mention == "Manuela" and [q.speaker for q in quotes] == ["Manuela", "Manuela"]


def test_il_after_a_speaker_of_unknown_gender_is_not_the_man_whose_spokesman_he_is(speakers) -> None:
    text = (
        "Le président Hamid Durand a annoncé une trêve de trois jours. Le porte-parole de M. Durand, Sediq Benali, "
        "a cependant souligné que cette trêve ne suffisait pas. « Le peuple demande un cessez-le-feu durable », "
        "a-t-il déclaré à l'AFP."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "il" and quotes[-1].speaker == "Sediq Benali"


def test_a_mention_that_ran_on_past_its_pronoun_is_that_pronoun(speakers) -> None:
    text = (
        "« Il faudra assumer toutes les responsabilités », a déclaré Paul Ferrand. "
        "Il également estimé qu'il fallait une « réorganisation » du ministère."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "Il également" and quotes[-1].speaker == "Paul Ferrand"
