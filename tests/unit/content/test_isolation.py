"""One bad content file hides one topic, never the kiosk (R22, issue 10 point 3).

Each corruption below crashed ``kiosk content check`` and ``kiosk run`` with a
traceback, or was reported by the check and still shown. Here each one hides
exactly its topic (in every language), is named with its file by the check, and
the same validation decides what the kiosk offers.
"""

import dataclasses
import datetime as dt
import logging
import shutil
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk import content, settings
from kiosk.cli import main as cli
from kiosk.paths import animations_dir, bundled_content_dir

LANGUAGES = ("en", "es")
ALL_TOPICS = ["overview", "y90", "tace", "ablation"]


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), target)
    return target


def offered(content_dir: Path, languages=LANGUAGES) -> content.Offered:
    return content.examine(content_dir, languages, animations_dir())


def shown(result: content.Offered) -> dict[str, list[str]]:
    return {code: [p.id for p in pack.procedures] for code, pack in result.packs.items()}


def replace_in(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def latin1(path: Path) -> None:
    text = path.read_text(encoding="utf-8").replace("order", "# señal\norder", 1)
    path.write_bytes(text.encode("latin-1", errors="replace"))


def utf16(path: Path) -> None:
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))


def deeply_nested(path: Path) -> None:
    path.write_text(
        path.read_text(encoding="utf-8") + "\nextra = " + "[" * 3000 + "]" * 3000 + "\n",
        encoding="utf-8",
    )


def drop_last_step(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    last = text.rindex("[[steps]]")
    path.write_text(text[:last] + text[text.index("[[sources]]", last) :], encoding="utf-8")


def missing_animation(path: Path) -> None:
    replace_in(path, 'animation = "tace"', 'animation = "no-such-animation"')


def image_in_caption(path: Path) -> None:
    replace_in(path, 'caption = "', 'caption = "<img src=\\"http://127.0.0.1:9/x.png\\"> ')


# (what is done, to which file, a word the problem must hold)
CORRUPTIONS: list[tuple[Callable[[Path], None], str, str]] = [
    (latin1, "es/tace.toml", "not UTF-8"),
    (utf16, "en/tace.toml", "not UTF-8"),
    (deeply_nested, "es/tace.toml", "nested too deeply"),
    (drop_last_step, "es/tace.toml", "7 steps, but animation 'tace' has 8"),
    (missing_animation, "en/tace.toml", "no animation 'no-such-animation'"),
    (image_in_caption, "es/tace.toml", "markup '<img'"),
]


@pytest.mark.parametrize(
    ("corrupt", "name", "words"), CORRUPTIONS, ids=[c[0].__name__ for c in CORRUPTIONS]
)
def test_a_bad_file_hides_its_topic_everywhere_and_the_check_names_it(
    content_copy, capsys, corrupt, name, words
):
    path = content_copy / name
    corrupt(path)

    result = offered(content_copy)
    assert shown(result) == {code: ["overview", "y90", "ablation"] for code in LANGUAGES}
    assert any(p.path == path and words in p.message for p in result.problems), result.problems

    assert cli.main(["content", "check", "--content-dir", str(content_copy)]) == 2
    out, err = capsys.readouterr()
    assert any(line.startswith(f"{path}") and words in line for line in out.splitlines()), out
    assert "Traceback" not in out + err


def test_what_the_check_calls_broken_is_never_shown(content_copy):
    """Every topic named by a problem that hides topics is absent from every offered pack."""
    latin1(content_copy / "es" / "tace.toml")
    deeply_nested(content_copy / "en" / "y90.toml")
    image_in_caption(content_copy / "es" / "ablation.toml")
    result = offered(content_copy)
    named = {p.path.stem for p in result.problems}
    assert named == {"tace", "y90", "ablation"}
    for pack in result.packs.values():
        assert named.isdisjoint(p.id for p in pack.procedures)


def test_the_encoding_problem_points_at_the_line_with_the_bad_byte(content_copy):
    path = content_copy / "en" / "tace.toml"
    lines = path.read_text(encoding="utf-8").encode("ascii", errors="replace").splitlines()
    lines.insert(9, "# señal".encode("latin-1"))  # the only byte that is not UTF-8: line 10
    path.write_bytes(b"\n".join(lines))
    (problem,) = [p for p in offered(content_copy).problems if p.path == path]
    assert problem.line == 10


def test_markup_is_named_with_its_line(content_copy):
    path = content_copy / "en" / "y90.toml"
    replace_in(path, 'summary = "', 'summary = "Read &amp; learn. ')
    (problem,) = [p for p in offered(content_copy).problems if p.path == path]
    assert "markup '&amp;'" in problem.message
    assert path.read_text(encoding="utf-8").splitlines()[problem.line - 1].startswith("summary")


@pytest.mark.parametrize("text", ["Q&A", "AT&T", "a & b", "5 > 3", "{clinic}"])
def test_plain_text_that_looks_a_little_like_markup_passes(content_copy, text):
    replace_in(content_copy / "en" / "y90.toml", 'summary = "', f'summary = "{text} ')
    assert [p for p in offered(content_copy).problems] == []


def rows_not_tables(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    rows, stamp = text.index("[[rows]]"), text.index("[review]")  # the stamp stays
    path.write_text(text[:rows] + 'rows = ["label and cells"]\n' + text[stamp:], "utf-8")


def markup_in_consent(path: Path) -> None:
    replace_in(path, 'version = "', 'version = "<b>1</b>')


def number_as_welcome(path: Path) -> None:
    replace_in(path, 'welcome = "', 'welcome = 3\nold_welcome = "')


@pytest.mark.parametrize(
    ("name", "corrupt", "words"),
    [
        ("compare.toml", rows_not_tables, "rows[1] must be a table"),
        ("consent.toml", markup_in_consent, "markup '<b'"),
        ("pack.toml", number_as_welcome, "welcome must be text, not 3"),
    ],
)
def test_a_bad_shared_file_is_reported_and_the_topics_still_show(
    content_copy, name, corrupt, words
):
    path = content_copy / "es" / name
    corrupt(path)
    result = offered(content_copy)
    assert [(p.path, words in p.message) for p in result.problems] == [(path, True)]
    assert shown(result) == {code: ALL_TOPICS for code in LANGUAGES}


def test_languages_that_disagree_on_the_steps_hide_the_topic_in_both(content_copy, tmp_path):
    """Even with no animation manifest to compare against, a patient switching language
    mid-topic must never land on other steps: the topic is hidden in both."""
    replace_in(content_copy / "es" / "y90.toml", '"glow"', '"beads"')
    result = content.examine(content_copy, LANGUAGES, tmp_path / "no-animations")
    assert shown(result) == {code: ["overview", "tace", "ablation"] for code in LANGUAGES}
    messages = [str(p) for p in result.problems]
    assert any("cannot read the animation manifest" in m for m in messages)
    assert any("y90.toml" in m and "differ from y90.toml in 'en'" in m for m in messages)


def test_a_wholly_broken_language_is_dropped_and_the_kiosk_runs_in_the_other(
    content_copy, caplog, capsys, tmp_path, monkeypatch
):
    from kiosk import app

    for path in (content_copy / "es").glob("*.toml"):
        latin1(path) if path.name != "pack.toml" else utf16(path)
    loaded = settings.load(
        env={"KIOSK_CONTENT_DIR": str(content_copy), "KIOSK_DATA_DIR": str(tmp_path)}
    )
    with caplog.at_level(logging.ERROR):
        adjusted, packs = app.load_content(loaded.settings)
    assert list(packs) == ["en"]
    assert [p.id for p in packs["en"].procedures] == ALL_TOPICS
    assert adjusted.languages == ["en"]
    assert "language 'es' is not offered" in caplog.text

    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(content_copy))
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    cli.main(["doctor"])
    (line,) = [row for row in capsys.readouterr().out.splitlines() if "] content:" in row]
    assert line.startswith("[warning]")
    assert "language 'es' is not offered" in line


def test_when_the_default_language_is_dropped_the_next_one_is_the_default(
    content_copy, tmp_path, caplog
):
    caplog.set_level(logging.WARNING)  # this test expects a logged warning
    from kiosk import app

    for path in (content_copy / "en").glob("*.toml"):
        path.write_bytes(b"\xff\xfe\x00")
    loaded = settings.load(
        env={"KIOSK_CONTENT_DIR": str(content_copy), "KIOSK_DATA_DIR": str(tmp_path)}
    )
    adjusted, packs = app.load_content(loaded.settings)
    assert (adjusted.languages, adjusted.default_language) == (["es"], "es")
    assert [p.id for p in packs["es"].procedures] == ALL_TOPICS


def test_no_usable_language_at_all_stops_start_up_with_one_line(
    content_copy, tmp_path, capsys, monkeypatch
):
    from kiosk import app

    for path in content_copy.glob("*/*.toml"):
        path.write_text("not toml at all", encoding="utf-8")
    loaded = settings.load(
        env={"KIOSK_CONTENT_DIR": str(content_copy), "KIOSK_DATA_DIR": str(tmp_path)}
    )
    with pytest.raises(app.StartupError) as caught:
        app.load_content(dataclasses.replace(loaded.settings))
    message = str(caught.value)
    assert "\n" not in message
    assert "no usable content in any language (en, es)" in message

    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(content_copy))
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    assert cli.main(["doctor"]) == 2
    (line,) = [row for row in capsys.readouterr().out.splitlines() if "] content:" in row]
    assert line.startswith("[broken ]")
    assert "the kiosk cannot start" in line


# A tiny TOML writer for the type fuzz below: only what the content files hold.
def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | dt.date):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f'"{k}" = {_toml_value(v)}' for k, v in value.items()) + "}"


WRONG_VALUES = [0, -1, True, "", "x", [], [1], [[]], [{}], {}, {"a": 1}, dt.date(2026, 1, 1)]


@pytest.mark.parametrize(
    "key",
    sorted(
        tomllib.loads((bundled_content_dir() / "en" / "tace.toml").read_text(encoding="utf-8"))
    ),
)
def test_any_wrong_type_for_any_key_hides_the_topic_without_a_traceback(content_copy, key):
    path = content_copy / "en" / "tace.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    original = data[key]
    for wrong in WRONG_VALUES:
        if type(wrong) is type(original) and wrong == original:
            continue
        data[key] = wrong
        path.write_text(
            "\n".join(f'"{k}" = {_toml_value(v)}' for k, v in data.items()), encoding="utf-8"
        )
        result = offered(content_copy, ("en",))
        ids = [p.id for p in result.packs["en"].procedures] if result.packs else []
        if "tace" in ids:
            # Only a value of the right type may pass (an empty text, say).
            assert type(wrong) is type(original), (key, wrong)
        else:
            assert any(p.path == path for p in result.problems), (key, wrong)
