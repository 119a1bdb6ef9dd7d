"""Where a reporting verb's noun-phrase object ends: at its first comma, unless what follows the comma carries the
object on.

"a demandé l'annulation du témoignage, de même que l'expertise" and "a annoncé des suppressions, du fait d'une
activité en berne" go on after a locution of ``rules/object_continuations.txt``; "réclament la démission du gouverneur,
Jean Dupont," and "a annoncé la mort de X, chef du groupe" go on through an apposition, a name or a role noun
without a determiner, which only says who the object's noun is; and a quotation after the comma carries on the
source's words ("a dénoncé une « manipulation », « une campagne orchestrée »"). Anything else after the comma (a
gerund, a clause, a circumstance) is the journalist's, so the object stops there, as it always did.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from veille.extract.entity_rules import role_words
from veille.extract.quote_layout import MARK_CHARS
from veille.extract.verb_shapes import listed_objects

#: Punctuation that ends an object as a comma does.
_STOPS = (",", ";")
#: Words a name apposition may hold between its capitalised words ("Abou Bakr Al-Baghdadi", "Charles de Gaulle").
_NAME_PARTICLES = frozenset({"de", "du", "d'", "d’", "-", "el", "al", "ben", "van", "von", "la", "le"})


def object_end(start: int, sentence: Span, continuations: Sequence[tuple[str, ...]],
               inside_mark: Callable[[int], bool]) -> int:
    """The character where the object starting at token ``start`` ends: the first comma or semicolon outside a
    quotation or brackets that nothing carries on after, else the sentence's end."""
    comma = _next_stop(start, sentence, inside_mark)
    while comma is not None:
        if listed_objects(comma.i + 1, sentence):
            return sentence.end_char
        following = _next_stop(comma.i + 1, sentence, inside_mark)
        if not _carries_on(comma.i + 1, following.i if following is not None else sentence.end, sentence, continuations):
            return comma.idx
        comma = following
    return sentence.end_char


def _next_stop(start: int, sentence: Span, inside_mark: Callable[[int], bool]) -> Token | None:
    """The next comma or semicolon outside quotation marks and brackets ("en Afrique (Angola, Zimbabwe, Gabon)")."""
    depth = 0
    for token in sentence.doc[start: sentence.end]:
        depth += (token.text == "(") - (token.text == ")" and depth > 0)
        if depth == 0 and token.text in _STOPS and not inside_mark(token.idx):
            return token
    return None


def _carries_on(start: int, end: int, sentence: Span, continuations: Sequence[tuple[str, ...]]) -> bool:
    """Does the stretch between a comma and the next one continue the object: a locution of ``continuations``, a
    quotation, a name, or a role noun without a determiner?"""
    doc = sentence.doc
    if start >= end:
        return False
    words = [t.lower_ for t in doc[start: min(end, start + 4)]]
    if any(tuple(words[: len(c)]) == c for c in continuations) or doc[start].text[:1] in MARK_CHARS:
        return True  # "a dénoncé une « manipulation », « une campagne orchestrée »": the quotations go on
    tokens = [t for t in doc[start:end] if not (t.is_punct and t.i == sentence.end - 1)]
    if not tokens or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False
    if doc[start].text[:1].isupper() and doc[start].pos_ == "PROPN":
        return all(t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES for t in tokens)
    return doc[start].text[:1].islower() and doc[start].lower_ in role_words()
