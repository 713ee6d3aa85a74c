"""Fixtures of the sync tests: a store with requests, a clock to move, a loopback receiver."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from kiosk.callbacks import new_request, record_consent
from tests.unit.sync.receiver import tls_server

START = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


class Clock:
    """A clock that only moves when told to."""

    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def make_request(n: int = 0, name: str | None = "Ana"):
    """A valid request with a fictional number (555-01xx)."""
    return new_request(
        phone_e164=f"+1212555{100 + n % 100:04d}",
        first_name=name,
        best_time="morning",
        language="en",
        topics=("y90",),
        consent=record_consent("I agree to be called.", "2026-11-en-1", "lobby-1", now=START),
    )


@pytest.fixture
def expect_warnings(caplog):
    """For tests that park or pause: the kiosk logs those at WARNING and ERROR."""
    caplog.set_level(logging.WARNING)
    return caplog


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def served(tmp_path):
    running = tls_server(tmp_path)
    yield running
    running.server.clear()
    if running.server.is_running():
        running.server.stop()
