"""The data of each page, as JSON-safe dicts: what /api returns and what the templates render.

One function per page, over the store's ``view_*`` reads; the web routes add presentation
(highlight segments, chart geometry) and nothing else, so the API and the HTML never differ.
"""
from __future__ import annotations

import calendar
from collections import Counter
from typing import Any

from veille.link.provenance import trace_quotes
from veille.link.timelines import merge_timeline
from veille.store.base import Store, ViewFilters


def findable(key: str) -> bool:
    """Whether an id or key from a URL can name anything: none holds NUL (PostgreSQL text cannot),
    and asking PostgreSQL about one is an error rather than "not found"."""
    return "\x00" not in key


def home_data(store: Store, filters: ViewFilters, *, limit: int, offset: int) -> dict[str, Any]:
    return store.view_home(filters, limit=limit, offset=offset)


def story_data(store: Store, story_id: str) -> dict[str, Any] | None:
    """Timeline of events with their sources, articles with copies folded, quotes by speaker, entities."""
    if not findable(story_id):
        return None
    story = store.view_story(story_id)
    if story is None:
        return None
    records = story.pop("records")
    members = story.pop("members")
    story["articles"] = fold_copies(members)
    story["timeline"] = merge_timeline(records, [m for m in members if m["duplicate_of"]])
    story["speakers"] = quotes_by_speaker(records)
    entities: Counter[tuple[str, str, str]] = Counter()
    for record in records:
        for key in {(e.get("entity_id") or e.get("canonical") or e["text"], e.get("canonical") or e["text"], e["label"])
                    for e in record.get("entities") or []}:
            entities[key] += 1
    story["entities"] = [{"key": k, "name": n, "label": lab, "articles": c}
                         for (k, n, lab), c in entities.most_common(30)]
    return story


def fold_copies(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Originals in date order, each with its copies listed under it (a copy whose original is
    outside the story stands on its own)."""
    originals = {m["id"]: {**m, "copies": []} for m in members if not m["duplicate_of"]}
    folded: list[dict[str, Any]] = []
    for member in members:
        original = originals.get(member["duplicate_of"] or "")
        if original is not None:
            original["copies"].append(member)
        elif not member["duplicate_of"]:
            folded.append(originals[member["id"]])
        else:
            folded.append({**member, "copies": []})
    return folded


def quotes_by_speaker(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for record in records:
        for quote in record.get("quotes") or []:
            key = quote.get("speaker_id") or quote.get("speaker") or ""
            group = groups.setdefault(key, {"key": key or None, "name": quote.get("speaker"), "quotes": []})
            group["quotes"].append({"text": quote.get("text"), "type": quote.get("type"), "article_id": record["id"],
                                    "site": record.get("site"), "published": record.get("published")})
    named = [g for k, g in groups.items() if k]
    named.sort(key=lambda g: (-len(g["quotes"]), g["name"] or ""))
    return named + ([groups[""]] if "" in groups else [])


def person_data(store: Store, speaker_key: str, *, limit: int, offset: int) -> dict[str, Any] | None:
    if not findable(speaker_key):
        return None
    person = store.view_person(speaker_key, limit=limit, offset=offset)
    if person is None:
        return None
    person["quotes"] = trace_quotes(person["quotes"])
    first = person["quotes"][0] if person["quotes"] and offset == 0 else None
    person["first_seen"] = first and {k: first[k] for k in ("article_id", "site", "published")}
    person["outlets"] = sorted({q["site"] for q in person["quotes"] if q.get("site")})
    return person


def article_data(store: Store, article_id: str) -> dict[str, Any] | None:
    if not findable(article_id):
        return None
    article = store.get(article_id)
    if article is None:
        return None
    record = article.to_record()
    speakers: dict[str, str] = {}
    for quote in article.quotes:
        if quote.speaker:
            speakers.setdefault(quote.speaker_id or quote.speaker, quote.speaker)
    record["speakers"] = [{"key": k, "name": n} for k, n in speakers.items()]
    return record


def search_data(store: Store, query: str, filters: ViewFilters, *, limit: int, offset: int) -> dict[str, Any]:
    result = store.view_search(query, filters, limit=limit, offset=offset)
    for month in result.get("facets", {}).get("month", []):  # the date range a month facet filters by
        year, number = (int(part) for part in month["value"].split("-"))
        month["date_from"] = f"{month['value']}-01"
        month["date_to"] = f"{month['value']}-{calendar.monthrange(year, number)[1]:02d}"
    return {"query": query, **result}

