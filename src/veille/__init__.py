"""veille: open-source media monitoring — who said what, when, where, and how the story developed."""
from veille.article import Article, DateMention, Dateline, Entity, Event, Flags, Quote, RawPage

__all__ = ["Article", "DateMention", "Dateline", "Entity", "Event", "Flags", "Quote", "RawPage"]
__version__ = "0.1.0"
