"""One explicit table of stages: name -> "module:Class", imported only when used.

No registration by import side effects: this table is the whole list, and a test walks it.
"""
from __future__ import annotations

import importlib

from veille.errors import PipelineError
from veille.stage import Stage

STAGES: dict[str, str] = {
    # 2. clean: raw -> text, boilerplate, flags, dateline, lang, published
    "html": "veille.clean.html:HtmlExtractor",
    "dump_header": "veille.clean.dump:DumpHeaderParser",
    "repair": "veille.clean.repair:TextRepairer",
    "boilerplate": "veille.clean.boilerplate:BoilerplateCleaner",
    "site_boilerplate": "veille.link.site_boilerplate:SiteBoilerplateLinker",
    "dateline": "veille.clean.dateline:DatelineParser",
    "mt_residue": "veille.clean.mt_residue:ResidueDetector",
    "lang": "veille.clean.lang:LanguageIdentifier",
    "published": "veille.clean.published:PublishedDateResolver",
    # 3. extract: spaCy once per batch -> quotes, speakers, entities, dates, events
    "nlp": "veille.extract.nlp:NlpExtractor",
    # 4. link: cross-article state, through the store's index, in publication order
    "dedup": "veille.link.dedup:NearDuplicateLinker",
    "stories": "veille.link.stories:StoryLinker",
}

#: What loads a stage's model ahead of its first batch (preloads.py, run/pool.py). For the stages the workers
#: run, a module their fork server imports (it can only import modules); for the executor's, a function
#: ("module:function") it runs in a thread while it waits for that server.
WORKER_PRELOADS: dict[str, str] = {
    "lang": "veille.clean.lang_preload",
    "nlp": "veille.extract.pipeline_preload",
}
EXECUTOR_PRELOADS: dict[str, str] = {
    "stories": "veille.link.embeddings:preload_encoder",
}

#: The ingest stage list, in order.
DEFAULT_STAGES: tuple[str, ...] = (
    "html",
    "dump_header",
    "repair",
    "boilerplate",
    "site_boilerplate",
    "dateline",
    "mt_residue",
    "lang",
    "published",
    "nlp",
    "dedup",
    "stories",
)


def load_stage_class(name: str) -> type[Stage]:
    try:
        target = STAGES[name]
    except KeyError:
        raise PipelineError(f"unknown stage {name!r}; known: {', '.join(sorted(STAGES))}") from None
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if cls.name != name:
        raise PipelineError(f"{target} declares name {cls.name!r}, registered as {name!r}")
    return cls


def build_stages(names: tuple[str, ...] = DEFAULT_STAGES) -> list[Stage]:
    return [load_stage_class(name)() for name in names]
