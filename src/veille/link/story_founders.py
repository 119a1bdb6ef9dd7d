"""Another person's act: a new development, not a follow-up of the one a story was founded on.

A story is founded by its first article; when that article's title names a person (the deputy who wants the veil
banned on school trips, the suspect heard again by the judges, the former president urging his party to change
everything), the development is that person's act. A later article whose title names a person of its own is
that person's act: it follows the founder's only if it says so, naming the founder in its title or lead (the
party's mayor answering the minister, the rival mocking the candidate). One that does not is another statement
on the same topic, with its own actors (story_guidelines.md and the dev week's notes: each politician's
statement on a broad topic is its own story), however many topic words it shares with the story.

Pairwise F1 (B-cubed F1), base -> the rule: 14-20 Oct 2019 0.417 (0.896) -> 0.597 (0.920), the veil debate's
statements by nine people no longer one story; 12-18 Feb 2018 0.591 (0.953) -> 0.611 (0.950); 27 May-2 Jun 2019
0.816 (0.943) -> 0.832 (0.943); 11-17 Mar 2019 0.575 (0.926) -> 0.594 (0.937); 17-23 Sep 2018 0.694 (0.949) ->
0.708 (0.952); the dev week, 9-15 Apr 2018, 12-18 Nov 2018 and 16-22 Sep 2019 unchanged. A lead of 150 or 300
characters gives the same stories; 600 lets the protest day take a fact-check naming its minister further down
(11-17 Mar 2019 0.578). Asking also that the article's own person be new to the story (absent from its names)
keeps the veil debate together (0.450). The check is made with the saga check, on the story that would win, and
spares the same stories (late, recalled, or dating the article's event).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from veille.article import Article
from veille.link.minhash import fold

_WORD = re.compile(r"\w+")


def title_people(article: Article) -> frozenset[str]:
    """The folded surnames of the people (PER entities of the text) the title names: whose act the article is."""
    title = frozenset(_WORD.findall(fold(article.title or "")))
    return frozenset(name for e in article.entities if e.label == "PER"
                     and (name := surname(e.canonical or e.text)) is not None and name in title)


def surname(name: str) -> str | None:
    """The last word of a name of three letters or more ("Le Pen" -> "pen"): how a title names a person."""
    words = [w for w in _WORD.findall(fold(name)) if len(w) >= 3]
    return words[-1] if words else None


def another_act(people: frozenset[str], opening: Iterable[str], founders: Iterable[str]) -> bool:
    """Whether an article whose title names ``people``, and whose title and lead hold the folded words ``opening``,
    is another person's act than the one the story's ``founders`` (the people its first title named) stand for."""
    founders = frozenset(founders)
    return bool(people) and bool(founders) and founders.isdisjoint(opening)
