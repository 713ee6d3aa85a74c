"""``kiosk content check`` fails, naming file and line, on what would mislead a patient.

A frequency word that contradicts its number, unequal lists in English and
Spanish, and a procedure with no emergency tier; markup is covered in
test_check.py. Each test breaks one line of a copy of the shipped content.
"""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main as cli
from kiosk.content import check
from kiosk.paths import animations_dir, bundled_content_dir

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), target)
    return target


def run_check(content_dir: Path):
    return check.check(content_dir, ["en", "es"], animations_dir(), 12, today=TODAY)


def replace_line(path: Path, starts_with: str, new: str) -> int:
    """Replace the first line starting with ``starts_with``; its line number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(lines) if line.strip().startswith(starts_with))
    lines[number] = new
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return number + 1


def first_item_of(path: Path, key: str) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(f"{key} = ["))
    return lines[start + 1].strip()


@pytest.mark.parametrize(
    ("language", "item"),
    [
        ("en", '"Rarely, this can happen. It happens in about 1 in 5 people.",'),
        ("en", '"Uncommon: this can happen to 1 in 3 people.",'),
        ("es", '"Rara vez: esto puede pasar. Pasa en 1 de cada 5 personas.",'),
        ("es", '"Es común: le pasa a menos de 1 de cada 100 personas.",'),
    ],
)
def test_a_frequency_word_that_contradicts_its_number_is_named_by_line(
    content_copy, language, item
):
    path = content_copy / language / "tace.toml"
    line = replace_line(path, first_item_of(path, "side_effects_serious"), "  " + item)

    problems = [p for p in run_check(content_copy) if "contradicts" in p.message]

    assert [(p.path, p.line) for p in problems] == [(path, line)]
    assert "side_effects_serious" in problems[0].message


def test_a_number_that_agrees_with_its_word_passes(content_copy):
    path = content_copy / "en" / "tace.toml"
    replace_line(
        path,
        first_item_of(path, "side_effects_serious"),
        '  "Uncommon: this happens in about 1 in 10 people.",',
    )
    assert not [p for p in run_check(content_copy) if "contradicts" in p.message]


def test_unequal_list_counts_in_the_two_languages_are_named(content_copy):
    path = content_copy / "es" / "y90.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("questions = ["))
    count = next(n for n, line in enumerate(lines[start:]) if line == "]") - 1
    del lines[start + 1]  # one question fewer in Spanish
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    problems = [p for p in run_check(content_copy) if "questions has" in p.message]

    assert [(p.path, p.line) for p in problems] == [(path, start + 1)]
    assert f"questions has {count - 1} items, y90.toml in 'en' has {count}" in problems[0].message


def test_unequal_compare_rows_are_named(content_copy):
    path = content_copy / "es" / "compare.toml"
    text = path.read_text(encoding="utf-8")
    last = text.rindex("[[rows]]")
    stamp = text.index("# The review stamp")
    path.write_text(text[:last] + text[stamp:], encoding="utf-8")

    problems = [p for p in run_check(content_copy) if p.path == path]

    assert problems and "rows" in problems[0].message and problems[0].line


@pytest.mark.parametrize("broken", ["missing", "empty"])
def test_a_procedure_without_an_emergency_tier_fails(content_copy, capsys, broken):
    path = content_copy / "en" / "ablation.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("call_emergency = [")
    end = text.index("]\n", start) + 2
    replacement = "" if broken == "missing" else "call_emergency = []\n"
    path.write_text(text[:start] + replacement + text[end:], encoding="utf-8")

    assert cli.main(["content", "check", "--content-dir", str(content_copy)]) == 2
    out = capsys.readouterr().out
    assert f"{path}" in out
    assert "call_emergency" in out
    if broken == "empty":
        assert f"{path}:{text[:start].count(chr(10)) + 1}:" in out
