"""``Article.to_record`` is written out field by field for speed; it must say what the generic
dataclass conversion would, so a field added to Article and forgotten there fails here."""
from __future__ import annotations

from dataclasses import asdict

from veille.article import Article, Dateline, DateMention, Entity, Event, Flags, Quote, RawPage


def _full_article() -> Article:
    text = "LIMOGES (AFP) - « La ligne rouvrira le 3 mars », a assuré Marie Lenoir, directrice régionale."
    return Article(
        id="a1", source_id="essai/ligne", url="https://exemple.fr/ligne", site="Le Courrier du Test",
        section="Région", title="La ligne rouvre", published="2025-03-01", lang="fr", text=text,
        boilerplate=["Abonnez-vous"],
        flags=Flags(mt_residue=("traduit automatiquement",), damaged_chars=2, damaged=("Ã©",)),
        dateline=Dateline(raw="LIMOGES (AFP)", place="Limoges", agency="AFP", date=None),
        quotes=[Quote(type="direct", text="La ligne rouvrira le 3 mars", start=17, end=44, speaker="Marie Lenoir",
                      speaker_id="marie-lenoir", speaker_mention="Marie Lenoir", cue="a assuré", named=True)],
        entities=[Entity(text="Marie Lenoir", label="PER", start=58, end=70, canonical="Marie Lenoir",
                         entity_id="marie-lenoir")],
        dates=[DateMention(text="le 3 mars", start=35, end=44, value="2025-03-03")],
        events=[Event(date="2025-03-03", text="La ligne rouvre")],
        story_id="s1", duplicate_of="a0", fingerprint="f" * 64,
        raw=RawPage(format="text", content=text), extra={"auteur": {"nom": "Lenoir", "tags": ["rail", 3]}},
        trace={"nlp": 2},
    )


def test_to_record_says_what_asdict_says_without_the_internal_fields() -> None:
    article = _full_article()
    expected = asdict(article)
    for internal in ("raw", "trace", "fingerprint"):
        expected.pop(internal)
    expected["flags"] = {"mt_residue": ["traduit automatiquement"], "damaged_chars": 2, "damaged": ["Ã©"]}
    record = article.to_record()
    assert record == expected
    assert list(record) == list(expected)  # the stored JSON keeps the field order


def test_to_record_shares_no_mutable_value_with_the_article() -> None:
    article = _full_article()
    record = article.to_record()
    record["extra"]["auteur"]["tags"].append("bus")
    record["boilerplate"].append("Publicité")
    assert article.extra["auteur"]["tags"] == ["rail", 3]
    assert article.boilerplate == ["Abonnez-vous"]
