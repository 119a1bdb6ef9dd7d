"""Stories: online clustering of articles, in publication order, into developing news stories.

Each article is compared only with the stories open in its time window (a story whose
span comes within ``window_days`` of the article's date), so the cost of adding one
depends on how much news the window holds, not on the size of the store; the dates are
indexed in the store. Among them, the ``candidates`` with the closest centroids (title-and-
lead embeddings, at least ``min_cosine``) whose titles' days agree with the article's title
(story_days.py, story_index.days_agree) are scored by the term cosine of the article to their
closest recent member, or to those members together (story_index.py, story_terms.py); it joins the best one
above the threshold, else it starts a story. A story grows over days as long as articles keep
joining it within the window, for up to ``span_days`` after its first article: later news on the
subject starts a new story. A story quiet since before the window, begun at most ``late_days`` ago, still
takes a follow-up whose words clear the threshold by ``late_margin`` (story_late.py).
A story quiet for over a week is reopened only by an article that dates the same past event it
does (the store finds them by that day, up to ``recall_days`` back): the event counts for
``event_weight`` in the score.
Other marks of one development go beyond words: an article and a story that date the same one-off
event on the same day (an interview, a book's release: story_events.py) and name the same person score
``event_key_weight`` more, and the story stays joinable for it past ``span_days`` (its previews came days
before), as does a round-up whose lead dates the week the story began in and names one of its people; an article
on an incident does not join a story on the same kind of incident somewhere else
(story_places.py); a transport forecast or disruption report joins only a story on the same day of disruption,
and scores ``disruption_weight`` more with one that also names its operator or place (story_disruption.py).
A running saga does not take its next development: an article whose join to an established story rests on the
story's names alone, its title and lead sharing none of the story's title words, starts a story
(story_developments.py); so does another person's act on the topic of a story whose first title names someone,
when its title and lead do not name them (story_founders.py).

Copies (``duplicate_of``, from the dedup stage) join their original's story and are
counted there, never scored. An article seen again (a new version) keeps its story.

Order: within a batch, articles are linked in publication order (input order breaking
ties), and embeddings do not depend on what else is in the batch, so a corpus given in
publication order gets the same stories whatever the batch size. An older article that
arrives after newer ones is scored against the stories open around its own date: it may
join one or start its own; it never moves or splits an existing story (no re-clustering).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

import numpy as np

from veille.article import Article
from veille.errors import PipelineError
from veille.link.dedup import publication_order
from veille.link.embeddings import EmbeddingConfig, SentenceEmbedder
from veille.link.story_days import title_days
from veille.link.story_developments import Development, SagaConfig, next_development, remember_title
from veille.link.story_disruption import Disruption, disruption, other_days, same_day
from veille.link.story_events import actors, began_in, event_keys, opening_weeks, shares_event
from veille.link.story_founders import another_act, title_people
from veille.link.story_places import Incident, elsewhere, incident
from veille.link.story_cache import OpenStory, StoryCache
from veille.link.story_index import ScoreConfig, centroid, days_agree, grow, representative_title, score_members
from veille.link.story_keys import KeyConfig, story_keys
from veille.link.story_late import late_stories
from veille.link.story_terms import TermConfig, TermWeights, opening_terms, top_terms
from veille.stage import BatchStage, IndexedStage
from veille.store.base import StoryMember, StoryRow


class StoryIndex(Protocol):
    """The Store methods this stage uses (store/base.py)."""

    def link_batch(self) -> AbstractContextManager[None]: ...

    def stories_active(self, since: str, until: str) -> list[str]: ...

    def story_of(self, article_id: str) -> str | None: ...

    def story_get(self, story_id: str) -> StoryRow | None: ...

    def story_members(self, story_id: str, *, limit: int | None = None) -> list[StoryMember]: ...

    def story_counts(self, story_ids: Sequence[str]) -> dict[str, int]: ...

    def story_save(self, story: StoryRow, member: StoryMember) -> None: ...

    def stories_with_event(self, day: str, since: str, until: str) -> list[str]: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryConfig:
    window_days: int = 3
    """A follow-up three days after the last article still belongs; a week later it is news again."""
    score: ScoreConfig = field(default_factory=ScoreConfig)
    embedding: EmbeddingConfig = field(default_factory=EmbeddingConfig)
    keys: KeyConfig = field(default_factory=KeyConfig)
    terms: TermConfig = field(default_factory=TermConfig)
    saga: SagaConfig = field(default_factory=SagaConfig)
    """A running saga's next development starts a story (story_developments.py). Pairwise F1 (B-cubed F1),
    27 May-2 June 2019: 0.732 (0.932) -> 0.816 (0.943), the party's new generation defying its leader kept out of
    the calls for his resignation; 9-15 April 2018: 0.867 (0.962) -> 0.910 (0.972), the posthumous album's cover
    and the widow's interview kept out of the estate ruling; 12-18 Feb 2018 0.585 -> 0.591, 16-22 Sep 2019
    0.542 -> 0.553, 11-17 Mar 2019 0.571 -> 0.575; the OrangeSum dev week and 12-18 Nov 2018 unchanged. Without
    the lead read with the title, reactions are cut off too (the ruling's heiress "bouleversée", a minister's
    answer to a polemic)."""
    recall_days: int = 45
    """A later article still joins a story this long after its last article when both date one past
    event (the 17 December draft treaties recalled a month on): that shared dated event is specific
    evidence of one development, which a shared topic is not, so it reopens the story for it alone."""
    dormant_days: int = 7
    """Only a story quiet for a week is reopened so: within a news week a hot topic runs parallel
    developments that all recall its start ("depuis le 5 décembre"), and a shared background date
    tells them apart no better than the topic does (OrangeSum dev week: B-cubed F1 0.904 -> 0.878
    when stories closed for 3 days were reopened)."""
    event_weight: float = 0.15
    """Added to the term score of a story that dates an event the same past day as the article does."""
    event_key_weight: float = 0.06
    """Added to the term score of a story that dates the same one-off event (an interview, a book's release) on
    the same day as the article, and names one of its people (story_events.py): its previews, reactions and
    round-ups share that event, not their words; such a story also stays joinable past ``span_days`` (a preview
    comes days before). Pairwise F1 (B-cubed F1), OrangeSum dev week / 12-18 Feb 2018 / 9-15 Apr 2018: 0 ->
    0.622 (0.950) / 0.585 (0.948) / 0.438 (0.914); 0.04 -> B 0.680; 0.05 to 0.10 -> 0.622 / 0.585 / 0.821
    (0.955), the book week and the Sunday interview's previews and round-ups joined; 0.12 -> B 0.769. The dev
    week and 12-18 Feb do not move: their events are strike days and running cases. Without the shared person,
    B reaches 0.819 at 0.05-0.07 but 0.776 at 0.08."""
    event_key_days: int = 2
    """An article's event keys count only for an event at most this many days from its own day: its previews
    and reactions are written around it, while a dispatch recalling it a week on (a trial's opening day, in each
    later hearing's report) is about something newer. OrangeSum's three weeks: 1 to 3 days, or no bound, give
    the same stories."""
    max_event_keys: int = 8
    """Event keys an article brings to its story."""
    event_key_chars: int = 600
    """Where an event key's sentence must start: a one-off event the article is about is dated in its opening;
    one it mentions further down (the Prime Minister's speech tomorrow, in a dispatch on today's statement)
    is background. OrangeSum dev week: 300 to 1,200 characters give the same stories, 3,000 one wrong pair more."""
    incident_chars: int = 300
    """The opening an incident's places are read in (story_places.py): where a dispatch says where it happened.
    OrangeSum 12-18 Feb 2018: two avalanches parted, pairwise F1 0.582 -> 0.585, B-cubed F1 0.944 -> 0.948; the
    dev week and 9-15 Apr 2018 unchanged (one decision in the three weeks)."""
    disruption_weight: float = 0.07
    """Added to the term score of a story that describes the same day of transport disruption as the article and
    names one of its organisations or places (story_disruption.py): the forecast for Monday and Monday's jams share
    the day and the operator, not their words (term cosine 0.04-0.08). Pairwise F1 (B-cubed F1), OrangeSum dev week:
    without the rule 0.622 (0.950); its veto alone (weight 0 to 0.05) 0.675 (0.959); 0.06 to 0.08 0.764 (0.964),
    Monday's jams joined to Monday's forecasts; 0.10 0.778 (0.968); 0.12 0.708 (0.959). 12-18 Feb and 9-15 Apr
    2018 hold three such articles, on different subjects, and do not move."""
    disruption_chars: int = 300
    """The opening whose first dated sentence says which day a disruption report without a day in its title is
    about (story_disruption.py): its lead, where "ce matin" or "vendredi" is written."""
    max_event_days: int = 8
    """Event days an article brings to its story: its chronology, not a whole almanac."""
    span_days: int = 4
    """Days after a story's first article that an article may still join it (the article's day minus
    the story's first day; a story reopened for a recalled event aside). A development and its immediate
    follow-ups are reported within days (the OrangeSum dev week's gold stories span 3 days at most); past
    that, single link chains each day's dispatch onto the last one and a run of news on one subject becomes
    one story (Ghosn's escape and, a week on, his press conference). It does not part developments a day or
    two apart (storms Elsa and Fabien). OrangeSum dev week: unchanged at 4 (pairwise F1 0.622); 3 cuts
    Monday's reports off the weekend-and-Monday forecast story (0.481). Six other weeks (28 Nov 2019 -
    22 Jan 2020) read by hand: 4 splits 10 stories, 9 of them merges of later developments (3 arguable),
    1 a storm story's last update, which joins another story instead; predicted pairs 454 -> 347. 5 changes one story."""
    late_days: int = 6
    """How old a story's first and last articles may be for an article still to join it past ``window_days`` and
    ``span_days``, at ``late_margin`` less (story_late.py); at most ``window_days``, no story is late. Pairwise F1
    (B-cubed F1) at margin 0.12, 27 May-2 June 2019: 0 -> 0.684 (0.920), 5 -> 0.708, 6 to 8 -> 0.732 (0.932), the
    Sunday follow-ups of Tuesday's job cuts, of the week's death sentences and of Wednesday's holiday traffic
    forecast joined; the OrangeSum dev week and 12-18 Feb, 9-15 Apr and 12-18 Nov 2018 unchanged."""
    late_margin: float = 0.12
    """Taken off the term score of a late story (``late_days``): a follow-up days after repeats its development's
    names and deeds. OrangeSum dev week, pairwise F1: 0.08 -> 0.725, 0.10 -> 0.742, a strike week's later
    developments joined to older ones (Tuesday's flight forecast to Thursday's strike forecast; at 0.08 also the
    10 December day to the call for it); 0.12 to 0.14 -> 0.764, as without the rule. 27 May-2 June 2019: 0.08 to
    0.10 -> 0.727, 0.12 to 0.14 -> 0.732, 0.16 -> 0.692."""
    late_candidates: int = 3
    """Late stories, closest centroids first, scored term by term: what the late follow-ups cost. In the five
    OrangeSum weeks each late story joined was the closest one."""
    label_members: int = 100
    """The label is the title closest to the centroid among the latest members: bounded cost."""


def story_id_for(article: Article) -> str:
    """A story is named after the article that started it: stable across runs and stores."""
    return f"s{article.id or article.source_id}"


def day_of(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


class StoryLinker(IndexedStage, BatchStage):
    name = "stories"
    version = 13
    requires = frozenset({"text", "duplicate_of"})
    assigns = frozenset({"story_id"})

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig()
        self.embedder = SentenceEmbedder(self.config.embedding)

    def process_batch(self, articles: Sequence[Article]) -> list[Article | Exception]:
        index: StoryIndex | None = getattr(self, "index", None)
        if index is None:
            raise PipelineError("stories needs the store's index: bind() it before running")
        embeddings = self.embedder.embed_articles(articles)  # one call: the model's cost is per token
        results: list[Article | Exception] = list(articles)
        with index.link_batch():
            self._stories.begin(index)
            for i in publication_order(articles):
                try:
                    results[i] = self._link(index, self._stories, articles[i], embeddings[i])
                except Exception as exc:  # noqa: BLE001 - recorded per article by the pipeline
                    results[i] = exc
        return results

    def bind(self, index: object) -> None:
        super().bind(index)
        self._stories = StoryCache()  # what was read from another store says nothing of this one

    def _link(self, index: StoryIndex, stories: StoryCache, article: Article, embedding: np.ndarray) -> Article:
        known = index.story_of(article.id)
        if known is not None:  # a new version of an article already placed: it stays where it is
            article.story_id = known
            return article
        keys = story_keys(article, self.config.keys)
        terms = opening_terms(article, self.config.terms)
        days = title_days(article)
        occurrences = frozenset(event_keys(article, self.config.max_event_keys, self.config.event_key_chars))
        spot = incident(article, self.config.incident_chars)
        disrupted = disruption(article, self.config.disruption_chars)
        story, copy, vector = None, False, None
        if article.duplicate_of and (original := index.story_of(article.duplicate_of)):
            found = stories.get(index, original)
            story, copy = (found.row if found else None), True
        elif (day := day_of(article.published)) is not None:
            window = timedelta(days=self.config.window_days)
            ids = index.stories_active((day - window).isoformat(), (day + window).isoformat() + "~")
            dormant = (day - timedelta(days=self.config.dormant_days)).isoformat()
            past = {d for d in event_days(article, self.config.max_event_days) if d < dormant}
            recall = (day - timedelta(days=self.config.recall_days)).isoformat()
            recalled = {story_id for d in sorted(past)
                        for story_id in index.stories_with_event(d, recall, dormant)} - set(ids)
            open_stories = [row for story_id in [*ids, *sorted(recalled)]
                            if (row := stories.get(index, story_id)) is not None]
            stories.terms.move({o.row.story_id: o.held for o in open_stories})
            weights = TermWeights.counted(terms, stories.terms)
            vector = weights.vector(terms)
            started = (day - timedelta(days=self.config.span_days)).isoformat()
            around = self.config.event_key_days
            now = frozenset(k for k in occurrences if abs((date.fromisoformat(k[:10]) - day).days) <= around)
            people = actors(article, keys.spans)
            weeks = opening_weeks(article, self.config.event_key_chars)
            dated = frozenset(o.row.story_id for o in open_stories
                              if shares_event(now, people, o.row) or began_in(weeks, people, o.row))
            joinable = [o for o in open_stories if o.row.first_date[:10] >= started or o.row.story_id in recalled
                        or o.row.story_id in dated]
            late = late_stories(index, stories, day, self.config.window_days, self.config.late_days)
            story = self._best([*joinable, *late], recalled, embedding, vector, weights, days, (now, people), spot,
                               disrupted, frozenset(o.row.story_id for o in late),
                               (Development(article, self.config.saga), dated))
        if vector is None:
            vector = TermWeights(terms, ()).vector(terms)
        story_id = story.story_id if story else story_id_for(article)
        member = StoryMember(article_id=article.id, story_id=story_id, published=article.published,
                             title=article.title, duplicate_of=article.duplicate_of,
                             embedding=None if copy else embedding.astype(np.float32).tobytes())
        grown = grow(story, story_id=story_id, article_id=article.id, published=article.published or "",
                     embedding=embedding, keys=keys, terms=top_terms(terms, vector, self.config.terms.top_terms),
                     days=days, outlet=article.outlet, copy=copy, label=article.title or "",
                     recent_members=self.config.terms.recent_members)
        events = Counter(story.state.get("events", {}) if story else {})
        if not copy:
            events.update(event_days(article, self.config.max_event_days))
        grown.state["events"] = dict(events)
        occurred = Counter(story.state.get("event_keys", {}) if story else {})
        if not copy:
            occurred.update(sorted(occurrences))
        grown.state["event_keys"] = dict(occurred)
        spots = list(story.state.get("incidents", []) if story else [])
        if spot is not None and not copy:
            spots = [*spots, spot.as_state()][-self.config.terms.recent_members:]
        grown.state["incidents"] = spots
        described = Counter(story.state.get("disrupted", {}) if story else {})
        if disrupted is not None and not copy:
            described.update(sorted(disrupted.days))
        grown.state["disrupted"] = dict(described)
        titles = list(story.state.get("titles", []) if story else [])
        if not copy:  # a copy's title says nothing new about the development
            titles = remember_title(titles, article.id, article.title or "", self.config.saga,
                                    self.config.terms.recent_members)
        grown.state["titles"] = titles
        grown.state["founders"] = story.state.get("founders", []) if story else sorted(title_people(article))
        if story is not None and not copy:
            grown = _relabel(grown, [*index.story_members(story_id, limit=self.config.label_members), member])
        elif story is not None:
            grown = _keep_label(grown, story)
        index.story_save(grown, member)
        stories.saved(grown)
        article.story_id = story_id
        return article

    def _best(self, open_stories: list[OpenStory], recalled: set[str], embedding: np.ndarray,
              vector: dict[str, float], weights: TermWeights, days: frozenset[str],
              event: tuple[frozenset[str], frozenset[str]], spot: Incident | None,
              disrupted: Disruption | None, late: frozenset[str] = frozenset(),
              saga: tuple[Development, frozenset[str]] | None = None) -> StoryRow | None:
        """The story the article joins: the best term score among the closest candidates, if above the threshold,
        unless the article is a running saga's next development (``saga``: what the check reads of the article,
        and the stories it is exempt from, those dating its event or its round-up's week)."""
        config = self.config.score
        near = [(float(embedding @ o.center), n) for n, o in enumerate(open_stories)
                if days_agree(days, o.row)]
        near = sorted((c for c in near if c[0] >= config.min_cosine), key=lambda c: (-c[0], c[1]))
        fresh = [c for c in near if open_stories[c[1]].row.story_id not in late]
        later = [c for c in near if open_stories[c[1]].row.story_id in late]  # their own candidates: never crowd out
        best, best_score = None, config.threshold
        for _, n in sorted([*fresh[: config.candidates], *later[: self.config.late_candidates]], key=lambda c: c[1]):
            # oldest first: a tie goes to the older
            candidate = open_stories[n].row
            if spot is not None and elsewhere(spot, candidate.state.get("incidents", ())):
                continue  # the same kind of incident, somewhere else
            if disrupted is not None and other_days(disrupted, candidate):
                continue  # the disruption of another day
            value = score_members(vector, weights, open_stories[n].members)
            if value and candidate.story_id in late:  # a follow-up days after: words well above the threshold
                value -= self.config.late_margin
            if value and candidate.story_id in recalled:  # closed but for the shared past event
                value += self.config.event_weight
            if value and shares_event(*event, candidate):
                value += self.config.event_key_weight
            if value and disrupted is not None and same_day(disrupted, candidate):
                value += self.config.disruption_weight
            if value > best_score and saga is not None and self._new_step(saga, vector, weights, open_stories[n],
                                                                         recalled | late):
                continue  # the saga's next step: a story of its own
            if value > best_score or (value == best_score and best is None):
                best, best_score = candidate, value
        return best

    def _new_step(self, saga: tuple[Development, frozenset[str]], vector: dict[str, float], weights: TermWeights,
                  story: OpenStory, exempt: set[str] | frozenset[str]) -> bool:
        """Whether ``story`` would take a new step of its saga: never a story with evidence of its own (late or
        recalled, ``exempt``; dating the article's event or its round-up's week, ``dated``)."""
        found, dated = saga
        if story.row.story_id in exempt or story.row.story_id in dated:
            return False
        return (another_act(found.people, found.opening_words, story.row.state.get("founders", ()))
                or next_development(found, vector, weights, story.members, story.row, self.config.saga))


def event_days(article: Article, limit: int) -> list[str]:
    """The days (not months or years) the article dates events on, its own day left out: what
    it recalls or announces, the specific evidence a story is reopened on."""
    own = (article.published or "")[:10]
    days = dict.fromkeys(e.date for e in article.events if len(e.date or "") == 10 and e.date != own)
    return list(days)[:limit]


def _relabel(story: StoryRow, members: list[StoryMember]) -> StoryRow:
    voting = [m for m in members if m.embedding is not None]
    label = representative_title([m.title for m in voting],
                                 [np.frombuffer(m.embedding, dtype=np.float32) for m in voting], centroid(story))
    return _keep_label(story, story, label=label or story.label)


def _keep_label(story: StoryRow, source: StoryRow, *, label: str | None = None) -> StoryRow:
    return StoryRow(story_id=story.story_id, label=label if label is not None else source.label,
                    first_date=story.first_date, last_date=story.last_date, article_count=story.article_count,
                    centroid=story.centroid, state=story.state)
