"""A follow-up days after a story went quiet joins it when it reads much like it, not on a shared topic."""
from __future__ import annotations

from veille.article import Article
from veille.link.stories import StoryConfig

from tests.link.test_story_disruption import link

CUTS = ("Le groupe Corvalec annonce la suppression de 420 emplois dans son usine de turbines de Vierzon. "
        "Les syndicats de l'usine de turbines dénoncent un plan social brutal et réclament un rendez-vous au "
        "ministère de l'Industrie pour sauver l'usine de Vierzon.")
CUTS_NEXT = ("Au lendemain de l'annonce de la suppression de 420 emplois chez Corvalec, les salariés de l'usine de "
             "turbines de Vierzon ont débrayé. Les syndicats réclament toujours un rendez-vous au ministère.")
SUNDAY = ("L'usine de turbines de Vierzon ne fermera pas, assure le directeur de Corvalec, qui maintient la "
          "suppression de 420 emplois. Les syndicats de l'usine attendent leur rendez-vous au ministère de "
          "l'Industrie.")
OTHER = ("Le groupe Brennac annonce l'ouverture d'une usine de batteries à Douai, avec 300 emplois à la clé. "
         "Le ministère de l'Industrie salue un investissement record dans la région.")


def dispatch(id_: str, title: str, text: str, published: str) -> Article:
    return Article(id=id_, source_id=id_, title=title, text=text, published=published)


def joins(tmp_path, name: str, last: Article, config: StoryConfig | None = None) -> bool:
    """Whether ``last``, five days after Tuesday's job cuts and four after Wednesday's strike, joins their story."""
    cuts = dispatch("c", "Corvalec : 420 emplois supprimés à Vierzon", CUTS, "2025-05-13T10:00:00+02:00")
    nxt = dispatch("n", "Corvalec : débrayage à l'usine de Vierzon", CUTS_NEXT, "2025-05-14T12:00:00+02:00")
    link(tmp_path, [cuts, nxt, last], config, name=name)
    assert nxt.story_id == cuts.story_id
    return last.story_id == cuts.story_id


def test_a_follow_up_days_later_joins_the_quiet_story(tmp_path):
    sunday = dispatch("s", "Corvalec : l'usine de Vierzon ne fermera pas", SUNDAY, "2025-05-18T09:00:00+02:00")
    assert joins(tmp_path, "late", sunday)


def test_past_the_window_only_a_close_follow_up_joins(tmp_path):
    sunday = dispatch("s", "Corvalec : l'usine de Vierzon ne fermera pas", SUNDAY, "2025-05-18T09:00:00+02:00")
    assert not joins(tmp_path, "off", sunday, StoryConfig(late_days=0))  # no late stories: the window ends it
    assert not joins(tmp_path, "strict", sunday, StoryConfig(late_margin=0.9))  # evidence short of the margin
    other = dispatch("o", "Brennac : une usine de batteries à Douai", OTHER, "2025-05-18T09:00:00+02:00")
    assert not joins(tmp_path, "other", other)  # another factory's news shares the topic, not the development
