"""One lane per host on a shared thread pool: a host's requests one after another, hosts side by side.

A watcher following fifty outlets spends a round waiting: on each host's politeness interval
and on slow servers. Waiting on fifty hosts at once instead of in turn makes a round as long
as its slowest host rather than the sum of them all. Handing each request to the pool on its
own would not do that: thirty pages of one outlet would fill every thread, each asleep on that
host's clock, and the other hosts would wait behind them. So a host's requests queue in its
lane, which holds one thread at the most.
"""
from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, TypeVar

T = TypeVar("T")
_Task = tuple[Future[Any], Callable[[], Any]]


class HostLanes:
    """Runs tasks on ``pool``, at most one per host at a time, each host's in the order given."""

    def __init__(self, pool: Executor) -> None:
        self._pool = pool
        self._lock = threading.Lock()
        self._waiting: dict[str, deque[_Task]] = {}
        """Hosts whose lane is running, with the tasks queued behind the running one."""
        self._futures: list[Future[Any]] = []

    def submit(self, host: str, task: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        key = host.lower()
        with self._lock:
            self._futures.append(future)
            queue = self._waiting.get(key)
            if queue is not None:
                queue.append((future, task))
                return future
            self._waiting[key] = deque()
        self._pool.submit(self._run, key, future, task)
        return future

    def cancel(self) -> None:
        """Drop the tasks not started yet (the round was abandoned); running ones end on their own timeout."""
        with self._lock:
            futures, self._futures = self._futures, []
        for future in futures:
            future.cancel()

    def _run(self, key: str, future: Future[Any], task: Callable[[], Any]) -> None:
        while True:
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(task())
                except BaseException as exc:  # noqa: BLE001 - handed to whoever reads the future
                    future.set_exception(exc)
            with self._lock:
                queue = self._waiting[key]
                if not queue:
                    del self._waiting[key]
                    return
                future, task = queue.popleft()
