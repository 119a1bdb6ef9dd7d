"""Another person's statement on the topic of a story founded on someone's act starts its own story."""
from __future__ import annotations

from veille.article import Article, Entity
from veille.link.story_founders import another_act, surname, title_people

from tests.link.test_story_disruption import link

PEOPLE = ("Paul Ravel", "Jeanne Morvan")
BAN = ("Le député Paul Ravel a demandé lundi l'interdiction des trottinettes électriques sur les trottoirs des "
       "grandes villes. Les trottinettes électriques en libre-service envahissent les trottoirs, selon Paul Ravel.")
REFUSAL = ("La maire Jeanne Morvan refuse l'interdiction des trottinettes électriques sur les trottoirs des grandes "
           "villes. Les trottinettes électriques en libre-service ont leur place en ville, estime Jeanne Morvan.")
ANSWER = ("La maire Jeanne Morvan répond au député Paul Ravel : pas d'interdiction des trottinettes électriques "
          "sur les trottoirs des grandes villes. Les trottinettes électriques en libre-service restent, dit-elle.")


def dispatch(id_: str, title: str, text: str, published: str) -> Article:
    entities = [Entity(text=name, label="PER", start=text.find(name), end=text.find(name) + len(name), canonical=name)
                for name in PEOPLE if name in text]
    return Article(id=id_, source_id=id_, title=title, text=text, published=published, entities=entities)


def joins(tmp_path, name: str, title: str, text: str) -> bool:
    """Whether a Monday-evening statement joins the story of the deputy's Monday-morning call."""
    ban = dispatch("b", "Paul Ravel veut interdire les trottinettes sur les trottoirs", BAN,
                   "2025-03-03T09:00:00+01:00")
    later = dispatch("m", title, text, "2025-03-03T19:00:00+01:00")
    link(tmp_path, [ban, later], name=name)
    return later.story_id == ban.story_id


def test_another_person_statement_on_the_topic_starts_its_own_story(tmp_path):
    assert not joins(tmp_path, "refusal", "Trottinettes : Jeanne Morvan refuse une interdiction sur les trottoirs",
                     REFUSAL)


def test_a_statement_naming_the_founder_in_its_lead_follows_the_story(tmp_path):
    assert joins(tmp_path, "answer", "Trottinettes sur les trottoirs : Jeanne Morvan dit non", ANSWER)


def test_an_untitled_reaction_follows_the_story(tmp_path):
    assert joins(tmp_path, "untitled", "Trottinettes : une maire refuse une interdiction sur les trottoirs", REFUSAL)


def test_title_people_are_the_surnames_a_title_names():
    article = dispatch("m", "Jeanne Morvan refuse", REFUSAL + " Paul Ravel insiste.", "2025-03-03T19:00:00+01:00")
    assert title_people(article) == {"morvan"}
    assert surname("Marine Le Pen") == "pen"
    assert another_act(frozenset({"morvan"}), {"maire", "refuse"}, ["ravel"])
    assert not another_act(frozenset({"morvan"}), {"maire", "ravel"}, ["ravel"])
    assert not another_act(frozenset(), {"maire"}, ["ravel"])  # nobody's act in the title
    assert not another_act(frozenset({"morvan"}), {"maire"}, [])  # a story founded on no one's act
