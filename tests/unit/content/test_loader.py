"""Content packs load from the shipped files, and broken ones are reported, not fatal (R22)."""

import logging
import shutil
from pathlib import Path

import pytest

from kiosk import content
from kiosk.paths import bundled_content_dir

LANGUAGES = ("en", "es")


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), target)
    return target


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_pack_loads_without_problems(language):
    pack = content.load_pack(bundled_content_dir(), language)
    assert pack.problems == ()
    assert [p.id for p in pack.procedures] == ["overview", "y90", "tace", "ablation"]
    for procedure in pack.procedures:
        assert procedure.steps, procedure.id
        assert procedure.sources, procedure.id
        assert procedure.review.reviewed_by
    assert pack.comparison is not None


def test_languages_have_the_same_procedures_and_steps():
    en, es = (content.load_pack(bundled_content_dir(), code) for code in LANGUAGES)
    assert [p.id for p in en.procedures] == [p.id for p in es.procedures]
    for a, b in zip(en.procedures, es.procedures, strict=True):
        assert [s.animation_step for s in a.steps] == [s.animation_step for s in b.steps]


def test_pack_names_itself_in_its_own_language():
    assert content.load_pack(bundled_content_dir(), "es").name == "Español"


def test_malformed_toml_is_reported_with_file_and_line_and_the_rest_loads(content_copy):
    broken = content_copy / "en" / "tace.toml"
    lines = broken.read_text(encoding="utf-8").splitlines()
    lines[4] = 'title = "unterminated'
    broken.write_text("\n".join(lines), encoding="utf-8")

    pack = content.load_pack(content_copy, "en")

    assert [p.id for p in pack.procedures] == ["overview", "y90", "ablation"]
    (problem,) = pack.problems
    assert problem.path == broken
    assert problem.line == 5
    assert "not valid TOML" in problem.message


def test_missing_key_in_a_step_points_at_that_step(content_copy):
    path = content_copy / "en" / "y90.toml"
    text = path.read_text(encoding="utf-8")
    first_caption = text.index("caption =", text.index("[[steps]]"))
    end_of_line = text.index("\n", first_caption)
    path.write_text(text[:first_caption] + text[end_of_line + 1 :], encoding="utf-8")

    pack = content.load_pack(content_copy, "en")

    assert "y90" not in [p.id for p in pack.procedures]
    (problem,) = pack.problems
    assert "steps[1].caption is missing" in problem.message
    step_line = path.read_text(encoding="utf-8").splitlines()[problem.line - 1]
    assert step_line.strip() == "[[steps]]"


def test_wrong_type_and_unknown_key_are_reported(content_copy):
    path = content_copy / "en" / "ablation.toml"
    text = path.read_text(encoding="utf-8").replace("order = 4", 'order = "four"')
    path.write_text(text + '\ncolour = "blue"\n', encoding="utf-8")
    pack = content.load_pack(content_copy, "en")
    (problem,) = pack.problems
    assert "order must be a whole number" in problem.message
    assert str(problem).startswith(f"{path}:")


def test_id_must_match_file_name(content_copy):
    source = content_copy / "en" / "tace.toml"
    source.rename(content_copy / "en" / "tace-copy.toml")
    pack = content.load_pack(content_copy, "en")
    assert any("must match the file name" in p.message for p in pack.problems)


def test_a_topic_missing_in_one_language_is_hidden_in_all(content_copy, caplog):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    import dataclasses

    from kiosk import app, settings

    (content_copy / "es" / "tace.toml").unlink()
    loaded = settings.load(env={"KIOSK_CONTENT_DIR": str(content_copy)})
    _, packs = app.load_content(dataclasses.replace(loaded.settings))
    for pack in packs.values():
        assert [p.id for p in pack.procedures] == ["overview", "y90", "ablation"]
    assert "tace hidden" in caplog.text
