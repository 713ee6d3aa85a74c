"""``kiosk content check`` passes the shipped content and names the file of each problem (R22)."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main as cli
from kiosk.content import check, readability
from kiosk.paths import animations_dir, bundled_content_dir

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), target)
    return target


def run_check(content_dir: Path, today: dt.date = TODAY):
    return check.check(content_dir, ["en", "es"], animations_dir(), 12, today=today)


def test_shipped_content_passes():
    assert run_check(bundled_content_dir()) == []


def test_cli_passes_on_shipped_content(capsys):
    assert cli.main(["content", "check"]) == 0
    out = capsys.readouterr().out
    # The shipped stamps are drafts: the check passes the text but must not call it reviewed.
    assert "wait for a doctor's review" in out
    assert "content is ready" not in out
    assert "es y90" in out


def test_cli_calls_content_ready_only_once_a_doctor_has_stamped_every_file(content_copy, capsys):
    for toml in content_copy.glob("*/*.toml"):
        text = toml.read_text(encoding="utf-8")
        toml.write_text(text.replace('status = "draft"', 'status = "reviewed"'), encoding="utf-8")
    assert cli.main(["content", "check", "--content-dir", str(content_copy)]) == 0
    out = capsys.readouterr().out
    assert "content is ready and reviewed" in out


def test_cli_fails_on_a_broken_copy_and_names_the_file(content_copy, capsys):
    (content_copy / "es" / "tace.toml").write_text("title = \n", encoding="utf-8")
    assert cli.main(["content", "check", "--content-dir", str(content_copy)]) == 2
    out = capsys.readouterr().out
    assert f"{content_copy / 'es' / 'tace.toml'}:1: not valid TOML" in out
    assert "'tace' has no 'es' version" in out


def test_a_step_without_its_animation_step_is_named(content_copy):
    path = content_copy / "en" / "y90.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('"glow"', '"sparkle"'), encoding="utf-8"
    )
    problems = run_check(content_copy)
    messages = [str(p) for p in problems]
    assert any("step 6 is 'sparkle', but the animation's step 6 is 'glow'" in m for m in messages)
    assert any("differ from y90.toml in 'en'" in m for m in messages)
    assert all(p.line for p in problems)


def test_a_missing_step_is_a_count_mismatch(content_copy):
    path = content_copy / "es" / "overview.toml"
    text = path.read_text(encoding="utf-8")
    last = text.rindex("[[steps]]")
    end = text.index("[[sources]]", last)
    path.write_text(text[:last] + text[end:], encoding="utf-8")
    messages = [str(p) for p in run_check(content_copy)]
    assert any("4 steps, but animation 'overview' has 5" in m for m in messages)


def test_old_review_is_reported(content_copy):
    problems = run_check(content_copy, today=dt.date(2028, 1, 1))
    assert problems
    assert all("reviewed" in p.message or "next_review" in p.message for p in problems)


def test_cure_promise_is_reported(content_copy):
    path = content_copy / "en" / "ablation.toml"
    text = path.read_text(encoding="utf-8")
    # A list keeps its size (the loader enforces it), so an item is changed, not added.
    text = text.replace('benefits = [\n  "', 'benefits = [\n  "This treatment cures cancer. ', 1)
    path.write_text(text, encoding="utf-8")
    messages = [str(p) for p in run_check(content_copy)]
    assert any("do not promise a cure" in m for m in messages)


def test_hard_words_fail_the_reading_level(content_copy):
    path = content_copy / "en" / "tace.toml"
    hard = (
        'caption = "Transarterial chemoembolization necessitates multidisciplinary '
        'hepatological evaluation and individualized pharmacological administration."'
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [hard if line.startswith("caption = ") else line for line in lines]
    path.write_text("\n".join(lines), encoding="utf-8")
    messages = [str(p) for p in run_check(content_copy)]
    assert any("captions read at grade" in m for m in messages)


def test_readability_formulas_order_easy_and_hard_text():
    easy = "You go home the same day. You rest for a few days."
    hard = (
        "Postembolization syndrome characteristically manifests as fever and abdominal discomfort."
    )
    assert readability.flesch_kincaid_grade(easy) < 3 < readability.flesch_kincaid_grade(hard)
    assert readability.fernandez_huerta("Usted va a casa el mismo día.") > 90
    assert readability.syllables("radioembolización", "es") == 7
    assert readability.syllables("liver", "en") == 2
