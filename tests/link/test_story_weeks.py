"""A weekly round-up joins the development of that week past the story's span."""
from __future__ import annotations

from veille.article import Article, Entity, Event
from veille.link.stories import StoryConfig

from tests.link.test_story_disruption import link

BOOK = ("L'ancienne ministre Hélène Corbel publie lundi un livre sur ses années au ministère de la Mer. Elle y "
        "raconte les coulisses du naufrage de la réforme des ports et règle ses comptes avec ses successeurs.")
ROUNDUP = ("Hélène Corbel a enchaîné les plateaux cette semaine pour défendre son livre sur le ministère de la Mer, "
           "les coulisses de la réforme des ports et ses comptes avec ses successeurs.")


def linked(tmp_path, name: str, week: str | None, author: str = "Hélène Corbel") -> bool:
    """Whether the Wednesday round-up, dating ``week`` in its opening, joins the story of Monday's book (span: 1 day)."""
    def person(text: str, who: str) -> list[Entity]:
        return [Entity(text=who, label="PER", start=text.index(who), end=text.index(who) + len(who))]

    roundup_text = ROUNDUP.replace("Hélène Corbel", author)
    book = Article(id="b", source_id="b", title="Hélène Corbel publie ses mémoires de ministre", text=BOOK,
                   published="2025-04-07T08:00:00+02:00", entities=person(BOOK, "Hélène Corbel"))
    roundup = Article(id="r", source_id="r", title=f"{author} : retour sur sa semaine", text=roundup_text,
                      published="2025-04-09T20:00:00+02:00", entities=person(roundup_text, author),
                      events=[Event(date=week, text=roundup_text.split(", ")[0])] if week else [])
    link(tmp_path, [book, roundup], StoryConfig(span_days=1), name=name)
    return roundup.story_id == book.story_id


def test_a_round_up_of_the_week_joins_the_story_begun_that_week_past_its_span(tmp_path):
    assert linked(tmp_path, "week", "2025-W15")
    assert not linked(tmp_path, "none", None)  # past the span, nothing dated: a new story
    assert not linked(tmp_path, "other", "2025-W14")  # the week before the book
    assert not linked(tmp_path, "rival", "2025-W15", author="Jeanne Morvan")  # someone else's week


def test_a_week_recalled_below_the_lead_does_not_make_a_round_up(tmp_path):
    """A statement of its own, recalling in its second paragraph what the minister did this week, is not her
    week's round-up: past the span, it starts a story."""
    statement = ("Le maire de Lorient, Yann Ferec, a réclamé mercredi une nouvelle réforme des ports.\n" + ROUNDUP)
    book = Article(id="b", source_id="b", title="Hélène Corbel publie ses mémoires de ministre", text=BOOK,
                   published="2025-04-07T08:00:00+02:00",
                   entities=[Entity(text="Hélène Corbel", label="PER", start=BOOK.index("Hélène Corbel"),
                                    end=BOOK.index("Hélène Corbel") + 13)])
    start = statement.index("Hélène Corbel")
    later = Article(id="s", source_id="s", title="Ports : Yann Ferec répond à Hélène Corbel", text=statement,
                    published="2025-04-09T20:00:00+02:00",
                    entities=[Entity(text="Hélène Corbel", label="PER", start=start, end=start + 13)],
                    events=[Event(date="2025-W15", text=ROUNDUP.split(", ")[0])])
    link(tmp_path, [book, later], StoryConfig(span_days=1), name="below")
    assert later.story_id != book.story_id
