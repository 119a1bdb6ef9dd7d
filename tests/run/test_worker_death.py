"""A worker process that dies (killed for memory, crashed in native code) does not end the ingest: its
tasks run again in a fresh pool, and only an article that kills a worker on its own is lost, as a failure."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

#: A stage that really ends its worker process: always on the title "poison", and the first time only on
#: "once:<path>" (a transient death, like a worker killed for memory). Importing it registers it, in the
#: executor and in the fork server that imports the stages' modules for the workers.
DYING_STAGE = '''
import os
from pathlib import Path

from veille import registry
from veille.stage import Stage


class Dying(Stage):
    name = "dying"
    requires = frozenset({"title"})
    assigns = frozenset({"text"})

    def process(self, article):
        if article.title == "poison":
            os._exit(7)
        if article.title.startswith("once:") and not Path(article.title[5:]).exists():
            Path(article.title[5:]).touch()
            os._exit(7)
        article.text = article.title.upper()
        return article


registry.STAGES["dying"] = "dying_stage:Dying"
'''

EXECUTOR = '''
import json, sys
import dying_stage
from veille.article import Article
from veille.run.pool import PooledPipeline
from veille.store.sqlite import SqliteStore

if __name__ == "__main__":
    pooled = PooledPipeline(SqliteStore(sys.argv[1]), ("dying",), workers=2)
    try:
        batches = [sys.argv[2:], ["la suite"]]
        texts, failures = [], []
        for number, titles in enumerate(batches):
            articles = [Article(source_id=f"b{number}-{n}", title=t) for n, t in enumerate(titles)]
            survivors, funnel = pooled.finish(pooled.start(articles))
            texts += [a.text for a in survivors]
            failures += [[f.where, f.reason] for f in funnel.failures]
    finally:
        pooled.close()
    print(json.dumps({"texts": texts, "failures": failures}))
'''


def test_a_dead_worker_loses_only_the_article_that_kills_it(tmp_path: Path) -> None:
    (tmp_path / "dying_stage.py").write_text(DYING_STAGE, encoding="utf-8")
    (tmp_path / "executor.py").write_text(EXECUTOR, encoding="utf-8")
    marker = tmp_path / "died-once"
    titles = ["un", "deux", f"once:{marker}", "trois", "quatre", "poison", "cinq", "six", "sept", "huit"]
    run = subprocess.run([sys.executable, str(tmp_path / "executor.py"), str(tmp_path / "pool.db"), *titles],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.splitlines()[-1])
    assert marker.exists()  # the transient death happened, and its article was run again
    assert result["texts"] == [t.upper() for t in titles if t != "poison"] + ["LA SUITE"]
    [(where, reason)] = result["failures"]
    assert where == "b0-5"
    assert reason.startswith("dying: the worker process died on this article")


STARTER = '''
import multiprocessing, sys
import dying_stage
from veille.run.pool import PooledPipeline
from veille.store.sqlite import SqliteStore

if __name__ == "__main__":
    pooled = PooledPipeline(SqliteStore(sys.argv[1]), ("dying",), workers=2)
    try:
        print(len(multiprocessing.active_children()))
    finally:
        pooled.close()
'''


def test_every_worker_is_running_before_the_first_article_is_handed_out(tmp_path: Path) -> None:
    """A worker the pool starts later, while its manager thread waits, can die unseen and hang the run;
    so all of them start with the pool's first call (the stage description)."""
    (tmp_path / "dying_stage.py").write_text(DYING_STAGE, encoding="utf-8")
    (tmp_path / "starter.py").write_text(STARTER, encoding="utf-8")
    run = subprocess.run([sys.executable, str(tmp_path / "starter.py"), str(tmp_path / "pool.db")],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["2"]
