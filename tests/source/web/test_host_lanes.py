"""Host lanes on a real thread pool: one host's tasks in turn, other hosts meanwhile, queued tasks cancellable."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from veille.source.web.host_lanes import HostLanes

WAIT = 5.0  # seconds a test waits for an event that should come at once


def test_a_host_waiting_on_a_slow_answer_does_not_hold_up_other_hosts() -> None:
    release = threading.Event()
    with ThreadPoolExecutor(max_workers=4) as pool:
        lanes = HostLanes(pool)
        slow = lanes.submit("lent.example", lambda: release.wait(WAIT) and "lent")
        fast = lanes.submit("vif.example", lambda: "vif")
        assert fast.result(timeout=WAIT) == "vif"
        assert not slow.done()
        release.set()
        assert slow.result(timeout=WAIT) == "lent"


def test_one_hosts_tasks_run_one_at_a_time_in_the_order_given() -> None:
    running = 0
    most = 0
    order: list[int] = []
    lock = threading.Lock()
    started = threading.Event()
    release = threading.Event()

    def task(number: int) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
            order.append(number)
        if number == 0:
            started.set()
            release.wait(WAIT)
        with lock:
            running -= 1
        return number

    with ThreadPoolExecutor(max_workers=4) as pool:
        lanes = HostLanes(pool)
        futures = [lanes.submit("Journal.example" if n % 2 else "journal.example", lambda n=n: task(n))
                   for n in range(5)]
        assert started.wait(WAIT)
        assert order == [0]  # the others wait behind it although three threads are free
        release.set()
        assert [future.result(timeout=WAIT) for future in futures] == [0, 1, 2, 3, 4]
    assert most == 1
    assert order == [0, 1, 2, 3, 4]


def test_an_error_goes_to_its_own_future_and_the_lane_goes_on() -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        lanes = HostLanes(pool)
        broken = lanes.submit("journal.example", lambda: 1 / 0)
        after = lanes.submit("journal.example", lambda: "suite")
        with pytest.raises(ZeroDivisionError):
            broken.result(timeout=WAIT)
        assert after.result(timeout=WAIT) == "suite"


def test_cancel_drops_queued_tasks_and_lets_the_running_one_finish() -> None:
    release = threading.Event()
    started = threading.Event()
    ran: list[str] = []

    def first() -> str:
        started.set()
        release.wait(WAIT)
        ran.append("premier")
        return "premier"

    with ThreadPoolExecutor(max_workers=2) as pool:
        lanes = HostLanes(pool)
        running = lanes.submit("journal.example", first)
        queued = lanes.submit("journal.example", lambda: ran.append("second") or "second")
        assert started.wait(WAIT)
        lanes.cancel()
        release.set()
        assert running.result(timeout=WAIT) == "premier"
        assert queued.cancelled()
    assert ran == ["premier"]
