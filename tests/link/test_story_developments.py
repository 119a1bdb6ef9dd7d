"""A running saga's next step starts its own story; a reaction to the saga's development still joins it."""
from __future__ import annotations

from veille.article import Article, Entity
from veille.link.stories import StoryConfig
from veille.link.story_developments import SagaConfig, title_words

from tests.link.test_story_disruption import link

PEOPLE = ("Armand Vasseur", "Clémence Vasseur", "Hugo Vasseur")
RULING = ("Le tribunal de Tours a tranché la succession d'Armand Vasseur : le testament du sculpteur est valide. "
          "Clémence Vasseur et Hugo Vasseur contestaient le testament devant le tribunal de Tours.")
APPEAL = ("Clémence Vasseur et Hugo Vasseur feront appel du jugement du tribunal de Tours sur le testament "
          "d'Armand Vasseur, a annoncé leur avocat. La succession du sculpteur reste bloquée.")
LAWYER = ("L'avocat de la veuve d'Armand Vasseur salue le jugement du tribunal de Tours sur le testament. "
          "Clémence Vasseur et Hugo Vasseur ont un mois pour faire appel sur la succession.")
WEDDING = ("Clémence Vasseur et Hugo Vasseur, la fille et le fils d'Armand Vasseur, seront réunis cet été en "
           "Provence : Clémence Vasseur se marie. Clémence Vasseur et Hugo Vasseur ont invité les amis d'Armand "
           "Vasseur à la cérémonie, a annoncé leur entourage.")
REACTION = ("Hugo Vasseur se dit soulagé après le jugement du tribunal de Tours. Clémence Vasseur, fille "
            "d'Armand Vasseur, et son frère renoncent à faire appel.")


def dispatch(id_: str, title: str, text: str, published: str) -> Article:
    full = f"{title}\n{text}"
    entities = [Entity(text=name, label="PER", start=full.find(name), end=full.find(name) + len(name), canonical=name)
                for name in PEOPLE if name in full]
    return Article(id=id_, source_id=id_, title=title, text=text, published=published, entities=entities)


def saga() -> list[Article]:
    """A ruling on a sculptor's estate, the appeal announced and a lawyer's reaction, over two days."""
    return [dispatch("r", "Succession Vasseur : le tribunal de Tours valide le testament", RULING,
                     "2025-06-02T10:00:00+02:00"),
            dispatch("a", "Succession Vasseur : les enfants font appel du jugement", APPEAL, "2025-06-02T18:00:00+02:00"),
            dispatch("l", "Testament de Vasseur : l'avocat de la veuve salue le jugement", LAWYER,
                     "2025-06-03T11:00:00+02:00")]


def joins(tmp_path, name: str, last: Article, config: StoryConfig | None = None) -> bool:
    first, *rest = articles = saga()
    link(tmp_path, [*articles, last], config, name=name)
    assert all(a.story_id == first.story_id for a in rest)
    return last.story_id == first.story_id


def wedding() -> Article:
    return dispatch("w", "Clémence Vasseur annonce son mariage", WEDDING, "2025-06-04T09:00:00+02:00")


def test_the_saga_next_step_sharing_only_its_names_starts_a_story(tmp_path):
    assert not joins(tmp_path, "step", wedding())


def test_without_the_check_the_next_step_joins_on_the_names(tmp_path):
    assert joins(tmp_path, "young", wedding(), StoryConfig(saga=SagaConfig(min_hours=72)))


def test_a_story_of_one_article_a_day_and_a_half_old_takes_no_step_sharing_only_its_names(tmp_path):
    ruling, step = saga()[0], dispatch("w", "Clémence Vasseur annonce son mariage", WEDDING,
                                       "2025-06-03T18:00:00+02:00")  # 32 hours after the ruling
    link(tmp_path, [ruling, step], name="alone")
    assert step.story_id != ruling.story_id
    ruling, step = saga()[0], dispatch("w", "Clémence Vasseur annonce son mariage", WEDDING,
                                       "2025-06-03T18:00:00+02:00")
    link(tmp_path, [ruling, step], StoryConfig(saga=SagaConfig(min_hours=36)), name="alone36")
    assert step.story_id == ruling.story_id


def test_a_reaction_naming_the_development_in_its_title_joins(tmp_path):
    reaction = dispatch("h", "Hugo Vasseur soulagé après le jugement", REACTION, "2025-06-04T09:00:00+02:00")
    assert joins(tmp_path, "reaction", reaction)


def test_title_words_are_cut_and_leave_names_and_tool_words_out():
    assert title_words("Les interviews d'Armand Vasseur", 5, {"armand", "vasseur"}) == {"inter"}
