"""The per-host interval: on a fake clock, waits computed, not slept; then real threads taking turns."""
from __future__ import annotations

import threading
import time

from veille.source.web.politeness import HostClock


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def ask(clock: HostClock, fake: FakeTime, host: str, *, takes: float = 0.0, crawl_delay: float | None = None) -> float:
    """One request to ``host`` lasting ``takes`` seconds; returns how long it had to wait first."""
    with clock.turn(host, crawl_delay=crawl_delay) as waited:
        fake.now += takes
    return waited


def test_second_request_to_a_host_waits_out_the_interval_and_other_hosts_do_not() -> None:
    fake = FakeTime()
    clock = HostClock(2.0, clock=fake.clock, sleep=fake.sleep)
    assert ask(clock, fake, "journal.example") == 0
    fake.now += 0.5
    assert ask(clock, fake, "autre.example") == 0
    assert ask(clock, fake, "JOURNAL.example") == 1.5  # host names are case-insensitive
    fake.now += 5
    assert ask(clock, fake, "journal.example") == 0
    assert fake.slept == [1.5]


def test_interval_counts_from_the_end_of_a_slow_answer() -> None:
    fake = FakeTime()
    clock = HostClock(2.0, clock=fake.clock, sleep=fake.sleep)
    ask(clock, fake, "lent.example", takes=10.0)
    assert ask(clock, fake, "lent.example") == 2.0


def test_crawl_delay_lengthens_the_interval_but_is_capped() -> None:
    fake = FakeTime()
    clock = HostClock(1.0, max_delay=30.0, clock=fake.clock, sleep=fake.sleep)
    ask(clock, fake, "lent.example")
    assert ask(clock, fake, "lent.example", crawl_delay=10) == 10
    assert ask(clock, fake, "lent.example", crawl_delay=86400) == 30
    assert ask(clock, fake, "lent.example", crawl_delay=0.1) == 1.0  # never shorter than the setting


def test_threads_asking_one_host_at_once_take_turns_an_interval_apart() -> None:
    clock = HostClock(0.2)
    spans: list[tuple[float, float]] = []
    lock = threading.Lock()

    def request() -> None:
        with clock.turn("journal.example"):
            began = time.monotonic()
            time.sleep(0.05)
            with lock:
                spans.append((began, time.monotonic()))

    threads = [threading.Thread(target=request) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    spans.sort()
    assert len(spans) == 3
    assert all(later[0] - earlier[1] >= 0.2 for earlier, later in zip(spans, spans[1:]))
