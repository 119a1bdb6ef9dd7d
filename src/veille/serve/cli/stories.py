"""Terminal views of stories: `veille stories`, `veille timeline STORY_ID`, `veille quotes --speaker NAME`.

Thin adapters: the store reads the stories and quotes, link/timelines.py merges a story's
events and link/provenance.py traces a speaker's quotes; these commands only print.
"""
from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console

from veille.extract.person_key import person_key
from veille.link.provenance import trace_quotes
from veille.link.timelines import merge_timeline
from veille.serve.cli.main import db_option, found, read_store
from veille.store.base import Store, ViewFilters

MAX_QUOTES = 5000
"""A speaker's quotes read for provenance: the first appearances need them side by side."""


def _echo_json(record: Any) -> None:
    click.echo(json.dumps(record, ensure_ascii=False))


@click.command("stories")
@db_option
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Stories still running on or after this date.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Stories started on or before this date.")
@click.option("--site", help="Only stories with an article of this outlet.")
@click.option("--limit", type=click.IntRange(1, 200), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story instead of a table.")
def stories_command(db: str | None, date_from: str | None, date_to: str | None, site: str | None, limit: int,
                    as_json: bool) -> None:
    """The latest stories: label, dates, articles (copies folded, counted apart) and outlets."""
    filters = ViewFilters(date_from=date_from, date_to=date_to, site=site)
    page = read_store(db, lambda store: store.view_home(filters, limit=limit, offset=0))
    stories = [{**s, "articles": s["article_count"] - s["copies"], "outlet_count": len(s["outlets"])}
               for s in page["stories"]["items"]]
    if as_json:
        for story in stories:
            _echo_json(story)
        return
    console = Console(highlight=False)
    console.print(f"{page['stories']['total']} story(ies)", markup=False, style="bold")
    for s in stories:
        copies = f" (+{s['copies']} copies)" if s["copies"] else ""
        console.print(f"{s['story_id']}  {(s['first_date'] or '')[:10]} → {(s['last_date'] or '')[:10]}  "
                      f"{s['articles']} article(s){copies} · {s['outlet_count']} outlet(s)", markup=False, style="dim")
        console.print(f"    {s['label'] or '(untitled)'}", markup=False)


def story_timeline(store: Store, story_id: str) -> dict[str, Any] | None:
    """The story's fields and its merged timeline, or None when there is no such story."""
    story = store.view_story(story_id)
    if story is None:
        return None
    members = story.pop("members")
    records = story.pop("records")
    return {**story, "timeline": merge_timeline(records, [m for m in members if m["duplicate_of"]])}


@click.command("timeline")
@click.argument("story_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per entry instead of text.")
def timeline_command(story_id: str, db: str | None, as_json: bool) -> None:
    """A story's dated events, one entry per event with every outlet that reported it."""
    story = found(read_store(db, lambda store: story_timeline(store, story_id)), f"error: no story {story_id!r}")
    if as_json:
        for entry in story["timeline"]:
            _echo_json(entry)
        return
    console = Console(highlight=False)
    console.print(f"{story['label']}  ({story['first_date'][:10]} → {story['last_date'][:10]})", markup=False,
                  style="bold")
    for entry in story["timeline"]:
        console.print(f"{entry['date'] or 'undated'}  {entry['text']}", markup=False)
        for source in entry["sources"]:
            copies = f" (+{len(source['copies'])} copies)" if source["copies"] else ""
            console.print(f"    - {source['site'] or '?'} · {(source['published'] or '')[:10]} · "
                          f"{source['article_id']}{copies}", markup=False, style="dim")


def speaker_quotes(store: Store, name: str) -> dict[str, Any] | None:
    """Every quote of the person named (through the person key: "Sergei" finds "Sergueï"), traced."""
    for key in dict.fromkeys((person_key(name), name.strip())):
        person = store.view_person(key, limit=200, offset=0)
        if person is None:
            continue
        quotes = list(person["quotes"])
        while len(quotes) < min(int(person["total"]), MAX_QUOTES):
            more = store.view_person(key, limit=200, offset=len(quotes))
            if not more or not more["quotes"]:
                break
            quotes += more["quotes"]
        return {"key": person["key"], "name": person["name"], "total": person["total"],
                "quotes": trace_quotes(quotes)}
    return None


@click.command("quotes")
@click.option("--speaker", required=True, metavar="NAME", help="The person, in any usual spelling.")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per quote instead of text.")
def quotes_command(speaker: str, db: str | None, as_json: bool) -> None:
    """Every quote of one person by date, with its article and its provenance."""
    person = found(read_store(db, lambda store: speaker_quotes(store, speaker)), f"error: no quotes of {speaker!r}")
    quotes = person["quotes"]
    for entry in quotes:
        origin = entry["origin"]
        entry["first_seen_article"] = quotes[origin]["article_id"] if origin is not None else entry["article_id"]
    if as_json:
        for entry in quotes:
            _echo_json({k: v for k, v in entry.items() if k != "diff"})
        return
    console = Console(highlight=False)
    console.print(f"{person['name']}: {person['total']} quote(s)", markup=False, style="bold")
    for entry in quotes:
        console.print(f"{(entry['published'] or 'undated')[:10]}  {entry['site'] or '?'} · {entry['article_id']}",
                      markup=False, style="dim")
        console.print(f"    « {entry['text']} »", markup=False)
        if entry["status"] == "original" and entry.get("reported_by", 0) > 1:
            console.print(f"    first appearance · reported by {entry['reported_by']} outlet(s)", markup=False)
        elif entry["status"] != "original":
            flag = "ALTERED version" if entry["status"] == "altered" else "same quote"
            console.print(f"    {flag} of the one first seen in {entry['first_seen_article']}", markup=False,
                          style="yellow" if entry["status"] == "altered" else "dim")
