"""Language identification with py3langid, as an ISO 639-1 code.

The model is loaded once per worker in ``setup``. Only the start of the body is read: a
thousand characters decide the language as well as the whole page, at a fraction of the cost
(the answer was the same as from 2,000 characters on 12,000 OrangeSum articles and the 32
pages of the extraction corpora, for 70 % of the time). Too little text to judge leaves
``lang`` empty rather than guessed.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from py3langid.langid import MODEL_FILE
from py3langid.langid import LanguageIdentifier as _Model

from veille.article import Article
from veille.preloads import take
from veille.stage import Stage

LANGID_KEY = "py3langid"


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageConfig:
    languages: Sequence[str] | None = None
    """Restrict the answer to these ISO 639-1 codes; None keeps all the model's 97 languages."""
    sample_chars: int = 1000
    min_letters: int = 20
    min_confidence: float = 0.5


def load_model() -> _Model:
    """py3langid's model over all its languages (``setup`` restricts a copy it takes; lang_preload.py)."""
    return _Model.from_model_file(MODEL_FILE, norm_probs=True)


def _has_letters(text: str, count: int) -> bool:
    """Whether ``text`` holds ``count`` letters; stops at the last one needed, not at the end of the text."""
    return count <= 0 or next(islice((c for c in text if c.isalpha()), count - 1, None), None) is not None


class LanguageIdentifier(Stage):
    name = "lang"
    version = 2  # 2: judged on the first 1,000 characters, not 2,000
    requires = frozenset({"text"})
    assigns = frozenset({"lang"})

    def __init__(self, config: LanguageConfig | None = None) -> None:
        self.config = config or LanguageConfig()
        self._model: _Model | None = None

    def setup(self) -> None:
        if self._model is None:
            model = take(LANGID_KEY, load_model)  # loaded by the workers' fork server, if one ran
            if self.config.languages:
                model.set_languages(list(self.config.languages))
            self._model = model

    def identify(self, text: str) -> str | None:
        """The language of ``text``, or None when there is too little of it or the model hesitates."""
        self.setup()
        sample = text[: self.config.sample_chars]
        if not _has_letters(sample, self.config.min_letters):
            return None
        lang, confidence = self._model.classify(sample)
        return lang if confidence >= self.config.min_confidence else None

    def process(self, article: Article) -> Article:
        article.lang = self.identify(article.text)
        return article
