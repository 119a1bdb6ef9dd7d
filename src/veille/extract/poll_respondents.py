"""A share of a poll's respondents is no source: "34 % des femmes interrogées estiment …", "60% des interrogés
considèrent que …", "Un total de 19% se disent …".

The annotators credit what a poll or study says to the institute a cue names ("révèle un sondage Odoxa"), never
to the percentage of people who answered it; a clause whose subject is such a share is the poll's result as the
journalist tells it, so the quote readers drop it.
"""
from __future__ import annotations

import re

#: A mention that opens with a share ("60%", "34 % des femmes", "Un total de 19%", "près de 40 pour cent des sondés").
_SHARE = re.compile(r"^(?:(?:un total de|près de|plus de|moins de|seuls?|seulement|environ|quelque)\s+)?"
                    r"\d+(?:[.,]\d+)?\s?(?:%|pour\s?cent\b)", re.IGNORECASE)


def is_poll_share(mention: str | None) -> bool:
    """Whether a speaker mention is a share of respondents rather than a source."""
    return mention is not None and _SHARE.match(mention.strip()) is not None
