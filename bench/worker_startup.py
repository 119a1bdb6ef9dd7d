"""CPU seconds a worker process spends before its first article: imports, then loading its stages' models.

Each round starts a fresh interpreter, which builds the whole stage list (importing every stage's
module) and sets up the per-article stages (spaCy's model, the language model, the rule files).
``--workers N`` (run/pool.py) pays the imports once, in the fork server its N workers are forked
from, and the setup in each worker. With 1,000 articles over two workers, each second here is a
millisecond per article in the throughput bench's CPU figure.
Prints numbers only.

    python bench/worker_startup.py [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys

_WORKER = """
import json, time
started = time.process_time()
from veille.pipeline import Pipeline
from veille.registry import DEFAULT_STAGES, build_stages
from veille.stage import IndexedStage
stages = build_stages(DEFAULT_STAGES)
imported = time.process_time()
Pipeline([s for s in stages if not isinstance(s, IndexedStage)]).setup()
print(json.dumps({"imports": imported - started, "setup": time.process_time() - imported}))
"""


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for _ in range(args.rounds):
        before = children_cpu()
        output = subprocess.run([sys.executable, "-c", _WORKER], check=True, capture_output=True, text=True).stdout
        parts = json.loads(output.strip().splitlines()[-1])
        print(f"imports {parts['imports']:5.2f} s  setup {parts['setup']:5.2f} s  "
              f"whole process {children_cpu() - before:5.2f} s CPU")


if __name__ == "__main__":
    main()
