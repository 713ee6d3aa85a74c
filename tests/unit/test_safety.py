"""R19: the kiosk names root and a disabled web sandbox as unsafe."""

from kiosk.system import safety


def test_disabled_sandbox_is_named(monkeypatch):
    monkeypatch.setattr(safety, "is_root", lambda: False)
    assert safety.problems({}) == []
    assert "sandbox" in safety.problems({"QTWEBENGINE_DISABLE_SANDBOX": "1"})[0]
    assert "sandbox" in safety.problems({"QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"})[0]


def test_root_is_named(monkeypatch):
    monkeypatch.setattr(safety, "is_root", lambda: True)
    assert "root" in safety.problems({})[0]


def test_debugging_port_and_foreign_switches_are_named(monkeypatch):
    monkeypatch.setattr(safety, "is_root", lambda: False)
    assert "debugging port" in safety.problems({"QTWEBENGINE_REMOTE_DEBUGGING": "9222"})[0]
    flags = {"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-pinch --single-process"}
    assert "--single-process" in safety.problems(flags)[0]
    ours = {"QTWEBENGINE_CHROMIUM_FLAGS": " ".join(safety.ALLOWED_CHROMIUM_FLAGS)}
    assert safety.problems(ours) == []
