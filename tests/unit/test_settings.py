"""The settings table: defaults, the TOML file, KIOSK_* overrides, and clear errors (R23)."""

import re
from pathlib import Path

import pytest

from kiosk import settings
from tests.conftest import REPO


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_are_valid_and_come_from_nowhere(tmp_path):
    loaded = settings.load(env={"KIOSK_DATA_DIR": str(tmp_path)})
    assert loaded.config_file is None
    assert loaded.settings.languages == ["en", "es"]
    assert loaded.settings.idle_timeout == 90
    assert loaded.origins["idle_timeout"] == settings.DEFAULT
    assert loaded.origins["data_dir"] == "environment variable KIOSK_DATA_DIR"


def test_config_file_sets_values_and_env_overrides_it(tmp_path):
    config = write_config(
        tmp_path,
        'clinic_name = "Riverside Cancer Care"\nidle_timeout = 120\nfullscreen = false\n',
    )
    env = {"KIOSK_IDLE_TIMEOUT": "45", "KIOSK_DATA_DIR": str(tmp_path / "data")}
    loaded = settings.load(config, env=env)
    assert loaded.settings.clinic_name == "Riverside Cancer Care"
    assert loaded.settings.fullscreen is False
    assert loaded.settings.idle_timeout == 45
    assert loaded.origins["clinic_name"] == str(config)
    assert loaded.origins["idle_timeout"] == "environment variable KIOSK_IDLE_TIMEOUT"


def test_config_is_found_through_kiosk_config_variable(tmp_path):
    config = write_config(tmp_path, 'clinic_phone = "(555) 010-0199"\n')
    loaded = settings.load(env={"KIOSK_CONFIG": str(config), "KIOSK_DATA_DIR": str(tmp_path)})
    assert loaded.config_file == config
    assert loaded.settings.clinic_phone == "(555) 010-0199"


def test_config_is_found_in_the_user_config_dir(isolated_environment, tmp_path):
    folder = isolated_environment / "xdg_config_home" / "io-kiosk"
    folder.mkdir(parents=True)
    (folder / "kiosk.toml").write_text("idle_timeout = 300\n", encoding="utf-8")
    loaded = settings.load(env={"KIOSK_DATA_DIR": str(tmp_path)})
    assert loaded.settings.idle_timeout == 300


@pytest.mark.parametrize(
    ("env", "key", "words"),
    [
        ({"KIOSK_IDLE_TIMEOUT": "abc"}, "idle_timeout", "expected a whole number, got 'abc'"),
        ({"KIOSK_IDLE_TIMEOUT": "3"}, "idle_timeout", "must be at least 10"),
        ({"KIOSK_FULLSCREEN": "maybe"}, "fullscreen", "expected true or false"),
        ({"KIOSK_LOG_LEVEL": "LOUD"}, "log_level", "must be one of"),
        ({"KIOSK_LOGO": "/nowhere/logo.png"}, "logo", "no such file"),
        ({"KIOSK_CONTENT_DIR": "/nowhere"}, "content_dir", "no such folder"),
        ({"KIOSK_LANGUAGES": "en,fr"}, "languages", "no content pack for 'fr'"),
        ({"KIOSK_DEFAULT_LANGUAGE": "de"}, "default_language", "is not one of languages"),
        ({"KIOSK_IDLE_WARNING": "95"}, "idle_warning", "must be shorter than idle_timeout"),
        # Issue 10: each of these was accepted, or gave a traceback.
        ({"KIOSK_KIOSK_ID": ""}, "kiosk_id", "must not be empty or blank"),
        ({"KIOSK_KIOSK_ID": "   "}, "kiosk_id", "must not be empty or blank"),
        ({"KIOSK_KIOSK_ID": "front\x1b[2Jdesk"}, "kiosk_id", "control character (U+001B)"),
        ({"KIOSK_CLINIC_NAME": "Clinic\u202e"}, "clinic_name", "control character (U+202E)"),
        ({"KIOSK_DATA_DIR": ""}, "data_dir", "must not be empty"),
        ({"KIOSK_CONTENT_DIR": " "}, "content_dir", "must not be empty"),
        ({"KIOSK_LANGUAGES": "en,/tmp"}, "languages", "'/tmp' is not a language code"),
        ({"KIOSK_LANGUAGES": "en,../content/es"}, "languages", "is not a language code"),
        ({"KIOSK_LANGUAGES": "en,es,en"}, "languages", "names a language twice"),
        ({"KIOSK_DEFAULT_LANGUAGE": "../es"}, "default_language", "is not a language code"),
        # Issue 11: the privacy promise's numbers must make sense together.
        ({"KIOSK_CLOSE_AFTER_NOT_REACHED": "0"}, "close_after_not_reached", "at least 1"),
        ({"KIOSK_CLOSE_AFTER_DAYS": "0"}, "close_after_days", "at least 1"),
        ({"KIOSK_RETENTION_MAX_DAYS": "0"}, "retention_max_days", "at least 1"),
        (
            {"KIOSK_RETENTION_MAX_DAYS": "20"},
            "retention_max_days",
            "must not be shorter than retention_days (30 days)",
        ),
        (
            {"KIOSK_RETENTION_DAYS": "7", "KIOSK_RETENTION_MAX_DAYS": "10"},
            "retention_max_days",
            "must not be shorter than close_after_days (14 days)",
        ),
    ],
)
def test_bad_environment_values_name_the_key_and_variable(tmp_path, env, key, words):
    with pytest.raises(settings.SettingsError) as caught:
        settings.load(env={"KIOSK_DATA_DIR": str(tmp_path), **env})
    assert caught.value.key == key
    assert words in str(caught.value)
    if env and key in {k.removeprefix("KIOSK_").lower() for k in env}:
        assert f"KIOSK_{key.upper()}" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ("idle_timout = 60\n", "idle_timout", "unknown setting"),
        ('idle_timeout = "sixty"\n', "idle_timeout", "expected a whole number"),
        ('languages = "en"\n', "languages", "expected a list of text"),
        ("fullscreen = 1\n", "fullscreen", "expected true or false"),
        ('default_language = "/tmp"\n', "default_language", "is not a language code"),
        ('content_dir = ""\n', "content_dir", "must not be empty"),
        ('kiosk_id = "  "\n', "kiosk_id", "must not be empty or blank"),
        ('languages = ["/tmp"]\n', "languages", "is not a language code"),
    ],
)
def test_bad_file_values_name_the_key_and_file(tmp_path, text, key, words):
    config = write_config(tmp_path, text)
    with pytest.raises(settings.SettingsError) as caught:
        settings.load(config, env={"KIOSK_DATA_DIR": str(tmp_path)})
    assert caught.value.key == key
    assert words in str(caught.value)
    assert str(config) in str(caught.value)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("kiosk_id = 'Clínica'\n".encode("latin-1"), "not UTF-8 text (line 1)"),
        (("x = " + "[" * 5000 + "]" * 5000).encode(), "nested too deeply"),
    ],
)
def test_a_config_file_that_is_not_utf8_or_too_deep_names_the_file(tmp_path, content, words):
    config = tmp_path / "kiosk.toml"
    config.write_bytes(content)
    with pytest.raises(settings.SettingsError, match=re.escape(words)) as caught:
        settings.load(config, env={})
    assert str(config) in str(caught.value)


def test_language_tags_with_regions_and_scripts_are_accepted(tmp_path):
    content = tmp_path / "content"
    for code in ("en", "pt-BR", "zh-Hant"):
        (content / code).mkdir(parents=True)
    loaded = settings.load(
        env={
            "KIOSK_DATA_DIR": str(tmp_path / "data"),
            "KIOSK_CONTENT_DIR": str(content),
            "KIOSK_LANGUAGES": "en,pt-BR,zh-Hant",
        }
    )
    assert loaded.settings.languages == ["en", "pt-BR", "zh-Hant"]


def test_invalid_toml_names_the_file(tmp_path):
    config = write_config(tmp_path, "idle_timeout = = 3\n")
    with pytest.raises(settings.SettingsError, match="not valid TOML") as caught:
        settings.load(config, env={})
    assert str(config) in str(caught.value)


def test_missing_explicit_config_file_is_an_error(tmp_path):
    with pytest.raises(settings.SettingsError, match="no such file"):
        settings.load(tmp_path / "absent.toml", env={})


def test_unwritable_data_dir_is_refused(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(settings.SettingsError, match="data_dir"):
        settings.load(env={"KIOSK_DATA_DIR": str(blocker / "data")})


def test_every_setting_is_documented_and_docs_name_no_other():
    docs = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^### `(\w+)`", docs, flags=re.MULTILINE))
    names = {f.name for f in settings.table()}
    assert documented == names
    for f in settings.table():
        assert settings.env_name(f.name) in docs, f"{f.name}: env variable not documented"
        assert f.metadata["help"], f"{f.name}: no help text in the table"


def test_a_misspelled_variable_is_an_error_not_ignored(tmp_path):
    with pytest.raises(settings.SettingsError) as caught:
        settings.load(env={"KIOSK_DATA_DIR": str(tmp_path), "KIOSK_IDLE_TIMOUT": "30"})
    assert caught.value.key == "KIOSK_IDLE_TIMOUT"


def test_region_is_a_real_country_code_in_any_case(tmp_path):
    loaded = settings.load(env={"KIOSK_DATA_DIR": str(tmp_path), "KIOSK_CLINIC_REGION": "mx"})
    assert loaded.settings.clinic_region == "MX"
    with pytest.raises(settings.SettingsError, match="country code"):
        settings.load(env={"KIOSK_DATA_DIR": str(tmp_path), "KIOSK_CLINIC_REGION": "XX"})


def test_accepted_regions_are_real_country_codes_in_any_case(tmp_path):
    env = {"KIOSK_DATA_DIR": str(tmp_path)}
    assert settings.load(env=env).settings.accepted_regions == []
    loaded = settings.load(env={**env, "KIOSK_ACCEPTED_REGIONS": "mx, us"})
    assert loaded.settings.accepted_regions == ["MX", "US"]
    with pytest.raises(settings.SettingsError, match=r"accepted_regions.*'XX'"):
        settings.load(env={**env, "KIOSK_ACCEPTED_REGIONS": "US,XX"})


def test_described_values_paste_back_into_a_config_file(tmp_path):
    import tomllib

    loaded = settings.load(env={"KIOSK_DATA_DIR": str(tmp_path)})
    text = "\n".join(f"{key} = {value}" for key, value, _ in settings.describe(loaded))
    parsed = tomllib.loads(text)
    assert parsed["fullscreen"] is True
    assert parsed["languages"] == ["en", "es"]
    assert parsed["idle_timeout"] == 90
