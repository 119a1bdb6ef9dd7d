"""Models loaded ahead (preloads.py): handed to one stage, then forgotten; a failed preload is loaded again."""
from __future__ import annotations

import multiprocessing

import pytest

from veille.clean.lang import LANGID_KEY, LanguageIdentifier
from veille.extract.nlp import NlpExtractor
from veille.link.embeddings import ENCODER_KEY, SentenceEmbedder
from veille.preloads import preload, take
from veille.registry import EXECUTOR_PRELOADS, WORKER_PRELOADS
from veille.run import pool


def test_a_preloaded_model_is_taken_once_then_loaded_afresh() -> None:
    preload("essai:modèle", lambda: "préchargé")
    assert take("essai:modèle", lambda: "chargé") == "préchargé"
    assert take("essai:modèle", lambda: "chargé") == "chargé"


def test_a_second_preload_keeps_the_first_model() -> None:
    preload("essai:deux", lambda: "premier")
    preload("essai:deux", lambda: "second")
    assert take("essai:deux", lambda: "chargé") == "premier"


def test_a_failed_preload_is_loaded_again_so_the_stage_raises_its_own_error() -> None:
    def broken() -> str:
        raise OSError("modèle absent")

    preload("essai:cassé", broken)  # kept, not raised: in a fork server it would end every pool
    with pytest.raises(OSError, match="modèle absent"):
        take("essai:cassé", broken)


def test_stages_take_the_models_loaded_ahead_for_them() -> None:
    preload("spacy:fr_core_news_md", lambda: "pipeline préchargé")
    preload(LANGID_KEY, lambda: "langid préchargé")
    preload(ENCODER_KEY, lambda: "encodeur préchargé")
    nlp, lang = NlpExtractor(), LanguageIdentifier()
    nlp.setup()
    lang.setup()
    assert nlp.nlp == "pipeline préchargé"
    assert lang._model == "langid préchargé"
    assert SentenceEmbedder()._load() == "encodeur préchargé"


def test_the_fork_server_imports_the_workers_preload_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform")
    imported: list[list[str]] = []
    monkeypatch.setattr(type(multiprocessing.get_context("forkserver")), "set_forkserver_preload",
                        lambda self, names: imported.append(list(names)))
    pool._context(("lang", "nlp", "stories"))
    assert set(WORKER_PRELOADS.values()) <= set(imported[0])
    assert not set(EXECUTOR_PRELOADS.values()) & set(imported[0])


def test_the_executor_preloads_its_stages_models_in_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[object] = []
    monkeypatch.setattr(pool.threading, "Thread", lambda target, daemon: type(
        "T", (), {"start": lambda self: started.append(target)})())
    pool._preload_here(("nlp", "stories"))
    assert [f"{t.__module__}:{t.__name__}" for t in started] == [EXECUTOR_PRELOADS["stories"]]
