"""Late follow-ups: a story quiet for a few days still takes an article that reads much like it.

A development's follow-up can come days after the last dispatch: the site will not close (Sunday) after the job
cuts (Tuesday), a ninth death sentence after the first ones, the death toll of a fire a week after the first
evacuations. Past ``window_days`` such a story is out of reach, and past ``span_days`` it is closed: that is what
keeps a running topic from chaining each day's news onto the last (stories.py). Days on, what tells a follow-up
from the topic's next development is how close the words are: a follow-up repeats the development's own names
and deeds. So a story quiet since before the window, whose first article is at most ``late_days`` old,
stays a candidate, and its term score counts ``late_margin`` less: it takes the article only on evidence well
above the threshold. A story still active in the window keeps its span: there, day after day, a running topic's
dispatches read alike. Late stories are not counted in the window's term weights (story_terms.py): an old
story's words say nothing of what is common news this week.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Protocol

from veille.link.story_cache import OpenStory, StoryCache, StoryReads


class QuietStories(StoryReads, Protocol):
    """The Store methods late follow-ups use (store/base.py)."""

    def stories_active(self, since: str, until: str) -> list[str]: ...


def late_stories(index: QuietStories, stories: StoryCache, day: date, window_days: int,
                 late_days: int) -> list[OpenStory]:
    """The stories last active before the window and begun at most ``late_days`` before ``day``, oldest first:
    those a late follow-up may still join. None when ``late_days`` does not reach past the window."""
    if late_days <= window_days:
        return []
    since = (day - timedelta(days=late_days)).isoformat()
    quiet = index.stories_active(since, (day - timedelta(days=window_days)).isoformat())
    return [o for story_id in quiet if (o := stories.get(index, story_id)) is not None and o.row.first_date >= since]
