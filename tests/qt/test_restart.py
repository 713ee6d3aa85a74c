"""Planned restarts happen only at an idle moment, and only when due (R21)."""

import datetime as dt
import logging

from kiosk.runtime.restart import RestartPlanner
from kiosk.system.memory import tree_pss_mib


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def planner(qapp, *, memory=100.0, limit=500, hour=-1, idle=True, clock=None):
    quits: list[int] = []
    state = {"idle": idle, "memory": memory}
    made = RestartPlanner(
        memory_limit_mb=limit,
        restart_hour=hour,
        is_idle=lambda: state["idle"],
        quit_app=quits.append,
        measure=lambda: state["memory"],
        now=clock or Clock(dt.datetime(2026, 11, 26, 12, 0)),
    )
    return made, state, quits


def test_memory_over_the_limit_restarts_only_when_idle(qapp, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    made, state, quits = planner(qapp, memory=900, idle=False)
    made.check()
    assert quits == [] and "memory" in made.reason  # a patient is using it: wait
    state["idle"] = True
    made.check()
    assert quits == [0]


def test_memory_under_the_limit_does_nothing(qapp):
    made, _, quits = planner(qapp, memory=100)
    made.check()
    assert quits == [] and made.reason == ""


def test_nightly_hour_restarts_once_after_running_a_while(qapp, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    clock = Clock(dt.datetime(2026, 11, 26, 3, 10))
    made, _, quits = planner(qapp, hour=3, clock=clock)
    made.check()
    assert quits == []  # just (re)started in that hour: not again
    clock.now = dt.datetime(2026, 11, 27, 3, 5)
    made.check()
    assert quits == [0]


def test_process_tree_memory_is_measured():
    import os

    used = tree_pss_mib(os.getpid())
    assert used is not None and used > 10
