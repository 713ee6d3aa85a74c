"""Every setting the kiosk has, in one declarative table.

The table is the ``Settings`` dataclass below: each field is one setting with
its type, default and help text. Values come, lowest priority first, from the
defaults, one TOML file, and ``KIOSK_<NAME>`` environment variables. Any bad
value raises ``SettingsError``, which names the key and where the value came
from, so clinic IT sees one clear line instead of a traceback (R23).

``docs/configuration.md`` documents every field; a test keeps the two in step.
"""

import dataclasses
import os
import socket
import tomllib
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from kiosk import paths

APP_NAME = "io-kiosk"
ENV_PREFIX = "KIOSK_"
CONFIG_ENV = "KIOSK_CONFIG"
CONFIG_FILE_NAME = "kiosk.toml"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
RENDER_BACKENDS = ("auto", "software", "opengl")

DEFAULT = "default"  # origin of a value nobody set

# KIOSK_* variables that are not settings: the config file's location, and the
# packaging/test tools' own switches. Any other unknown KIOSK_* is a typo.
OTHER_ENV = frozenset({CONFIG_ENV, "KIOSK_DEBUG_BUILD", "KIOSK_UNPRUNED_BUILD", "KIOSK_PACKAGED"})


class SettingsError(Exception):
    """A setting with a bad value, or a config file that cannot be used."""

    def __init__(self, key: str, origin: str, problem: str) -> None:
        super().__init__(f"{key}: {problem} (from {origin})")
        self.key = key
        self.origin = origin
        self.problem = problem


def _setting(default: Any = None, help: str = "", **checks: Any) -> Any:
    """One row of the table: a dataclass field carrying its help text and checks."""
    meta = {"help": help, **checks}
    if callable(default):
        return field(default_factory=default, metadata=meta)
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


def _default_kiosk_id() -> str:
    return socket.gethostname() or "kiosk"


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Settings:
    """The effective configuration. Field order is the order in the docs."""

    clinic_name: str = _setting(
        "Interventional Oncology Clinic",
        "The clinic's name, shown large on the welcome screen.",
        max_length=60,
    )
    clinic_phone: str = _setting(
        "",
        "The clinic's phone number as patients should read it, e.g. '(555) 010-0199'. "
        "Leave empty to show no number.",
        max_length=30,
    )
    clinic_region: str = _setting(
        "US",
        "The clinic's country as a two-letter code (US, PR, MX, ...): patients' phone "
        "numbers must be valid numbers of this country.",
        region=True,
    )
    texts_enabled: bool = _setting(
        False,
        "Whether the clinic may answer a call-back request with a text message; the "
        "consent wording patients agree to says so only when this is on.",
    )
    retention_days: int = _setting(
        30,
        "Days a call-back request is kept after staff mark it done; then it is purged.",
        minimum=1,
        maximum=3650,
    )
    kiosk_id: str = _setting(
        _default_kiosk_id,
        "A name for this kiosk, stored with each request (default: the computer's name).",
        max_length=64,
    )
    logo: Path | None = _setting(
        None,
        "A PNG or SVG logo shown on the welcome screen. Empty for none.",
        must_exist="file",
    )
    languages: list[str] = _setting(
        ["en", "es"],
        "Languages offered to patients, as codes of content packs in content_dir.",
    )
    default_language: str = _setting(
        "en",
        "The language shown to each new patient. Must be one of 'languages'.",
    )
    idle_timeout: int = _setting(
        90,
        "Seconds without a touch before the kiosk asks 'Still there?'.",
        minimum=10,
        maximum=3600,
    )
    idle_warning: int = _setting(
        20,
        "Seconds the 'Still there?' countdown lasts before the kiosk starts over "
        "and forgets everything the patient entered.",
        minimum=5,
        maximum=300,
    )
    fullscreen: bool = _setting(
        True,
        "Kiosk mode: full screen, no window frame, keyboard escapes ignored. "
        "'kiosk run --windowed' turns it off for a demo.",
    )
    hide_cursor: bool = _setting(
        True,
        "Hide the mouse pointer in kiosk mode (touch screens need none).",
    )
    reduce_motion: bool = _setting(
        False,
        "Replace moving backgrounds and animations with still pictures.",
    )
    render_backend: str = _setting(
        "auto",
        "How Qt Quick draws: 'auto' uses OpenGL on a hardware GPU and Qt's software "
        "renderer without one; 'software' or 'opengl' forces one.",
        choices=RENDER_BACKENDS,
    )
    data_dir: Path = _setting(
        _default_data_dir,
        "Where the database and logs are kept. Must be writable by the kiosk user.",
        must_exist="writable-dir",
    )
    content_dir: Path = _setting(
        paths.bundled_content_dir,
        "The folder of content packs (one sub-folder per language).",
        must_exist="dir",
    )
    content_max_age_months: int = _setting(
        12,
        "How old a topic's clinical review may be before 'kiosk content check' "
        "and 'kiosk doctor' say it must be reviewed again.",
        minimum=1,
        maximum=60,
    )
    memory_limit_mb: int = _setting(
        1200,
        "Restart the kiosk at the next idle moment when its processes together use "
        "more memory than this (MiB). 0 turns the check off.",
        minimum=0,
        maximum=65536,
    )
    restart_hour: int = _setting(
        -1,
        "Restart the kiosk once a night at this local hour (0-23), at an idle moment, "
        "so it starts each day fresh. -1 turns it off.",
        minimum=-1,
        maximum=23,
    )
    log_level: str = _setting(
        "INFO",
        "How much to log: DEBUG, INFO, WARNING or ERROR.",
        choices=LOG_LEVELS,
    )

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


@dataclass(frozen=True)
class LoadedSettings:
    """The settings plus, for each key, where its value came from."""

    settings: Settings
    origins: Mapping[str, str]
    config_file: Path | None


def table() -> tuple[dataclasses.Field[Any], ...]:
    """The declarative table: one dataclass field per setting."""
    return dataclasses.fields(Settings)


def env_name(key: str) -> str:
    return ENV_PREFIX + key.upper()


def default_config_candidates() -> list[Path]:
    """Where the config file is looked for when neither --config nor KIOSK_CONFIG is given."""
    return [
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE_NAME,
        Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE_NAME,
    ]


def find_config_file(
    explicit: str | os.PathLike[str] | None, env: Mapping[str, str]
) -> Path | None:
    """Pick the one config file: --config, then $KIOSK_CONFIG, then the platform dirs."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise SettingsError("--config", str(path), "no such file")
        return path
    if env.get(CONFIG_ENV):
        path = Path(env[CONFIG_ENV])
        if not path.is_file():
            raise SettingsError(CONFIG_ENV, "environment", f"no such file: {path}")
        return path
    for candidate in default_config_candidates():
        if candidate.is_file():
            return candidate
    return None


def load(
    config: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> LoadedSettings:
    """Read defaults, the config file and the environment into validated settings.

    Args:
        config: an explicit config file (``--config``); must exist.
        env: the environment to read ``KIOSK_*`` from; ``os.environ`` by default.

    Raises:
        SettingsError: naming the first bad key and its origin.
    """
    env = os.environ if env is None else env
    config_file = find_config_file(config, env)
    file_values: dict[str, Any] = {}
    if config_file is not None:
        file_values = _read_toml(config_file)

    hints = typing.get_type_hints(Settings)
    known = {f.name for f in table()}
    for key in file_values:
        if key not in known:
            raise SettingsError(
                key, str(config_file), "unknown setting (see docs/configuration.md)"
            )

    known_env = {env_name(name) for name in known} | OTHER_ENV
    for name in sorted(env):
        if name.startswith(ENV_PREFIX) and name not in known_env:
            raise SettingsError(
                name, "environment", "unknown setting variable (see docs/configuration.md)"
            )

    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for f in table():
        if env_name(f.name) in env:
            origin = f"environment variable {env_name(f.name)}"
            values[f.name] = _from_text(f, hints[f.name], env[env_name(f.name)], origin)
        elif f.name in file_values:
            origin = str(config_file)
            values[f.name] = _from_toml(f, hints[f.name], file_values[f.name], origin)
        else:
            origin = DEFAULT
            continue
        _check(f, values[f.name], origin)
        origins[f.name] = origin

    settings = Settings(**values)
    for f in table():
        origins.setdefault(f.name, DEFAULT)
        if origins[f.name] == DEFAULT:
            _check(f, getattr(settings, f.name), DEFAULT)
    _check_together(settings, origins)
    return LoadedSettings(settings, origins, config_file)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError("(file)", str(path), f"not valid TOML: {exc}") from None
    except OSError as exc:
        raise SettingsError("(file)", str(path), f"cannot read: {exc.strerror}") from None


def _kind(hint: Any) -> type:
    """The base type of a field: ``Path | None`` -> Path, ``list[str]`` -> list."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin is list:
        return list
    if args:
        return args[0]  # type: ignore[no-any-return]
    return hint  # type: ignore[no-any-return]


_KIND_WORDS = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    list: "a list of text",
    Path: "a path",
}


def _from_text(f: dataclasses.Field[Any], hint: Any, raw: str, origin: str) -> Any:
    """Parse an environment variable's text into the field's type."""
    kind = _kind(hint)
    text = raw.strip()
    if kind is bool:
        lowered = text.lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
    elif kind is int:
        try:
            return int(text)
        except ValueError:
            pass
    elif kind is list:
        return [item.strip() for item in text.split(",") if item.strip()]
    elif kind is Path:
        return Path(text).expanduser() if text else None
    else:
        return text.upper() if f.metadata.get("region") else text
    raise SettingsError(f.name, origin, f"expected {_KIND_WORDS[kind]}, got {raw!r}")


def _from_toml(f: dataclasses.Field[Any], hint: Any, value: Any, origin: str) -> Any:
    """Check a TOML value has the field's type (TOML is already typed)."""
    kind = _kind(hint)
    ok = {
        bool: isinstance(value, bool),
        int: isinstance(value, int) and not isinstance(value, bool),
        list: isinstance(value, list) and all(isinstance(v, str) for v in value),
        Path: isinstance(value, str),
        str: isinstance(value, str),
    }[kind]
    if not ok:
        raise SettingsError(f.name, origin, f"expected {_KIND_WORDS[kind]}, got {value!r}")
    if kind is Path:
        return Path(value).expanduser() if value else None
    if f.metadata.get("region"):
        return value.strip().upper()
    return list(value) if kind is list else value


def _check(f: dataclasses.Field[Any], value: Any, origin: str) -> None:
    """The per-field checks named in the table's metadata."""
    meta = f.metadata
    if "minimum" in meta and value < meta["minimum"]:
        raise SettingsError(f.name, origin, f"must be at least {meta['minimum']}, got {value}")
    if "maximum" in meta and value > meta["maximum"]:
        raise SettingsError(f.name, origin, f"must be at most {meta['maximum']}, got {value}")
    if "max_length" in meta and len(value) > meta["max_length"]:
        raise SettingsError(f.name, origin, f"must be at most {meta['max_length']} characters")
    if meta.get("region") and value not in _phone_regions():
        raise SettingsError(
            f.name, origin, f"{value!r} is not a two-letter country code such as US, PR or MX"
        )
    if "choices" in meta and value not in meta["choices"]:
        raise SettingsError(f.name, origin, f"must be one of {', '.join(meta['choices'])}")
    if value is not None and "must_exist" in meta:
        problem = _path_problem(Path(value), meta["must_exist"])
        if problem:
            raise SettingsError(f.name, origin, f"{problem}: {value}")


def _phone_regions() -> frozenset[str]:
    import phonenumbers  # only needed when the setting is checked

    return frozenset(phonenumbers.SUPPORTED_REGIONS)


def _path_problem(path: Path, need: str) -> str | None:
    if need == "file":
        return None if path.is_file() else "no such file"
    if need == "dir":
        return None if path.is_dir() else "no such folder"
    # writable-dir: it exists and is writable, or it can be created.
    probe = path
    while not probe.exists():
        if probe.parent == probe:
            return "cannot be created"
        probe = probe.parent
    if not probe.is_dir():
        return "is not a folder"
    if not os.access(probe, os.W_OK | os.X_OK):
        return "is not writable"
    return None


def _check_together(settings: Settings, origins: Mapping[str, str]) -> None:
    """Checks that involve more than one key."""
    if not settings.languages:
        raise SettingsError("languages", origins["languages"], "must name at least one language")
    for code in settings.languages:
        if not (settings.content_dir / code).is_dir():
            raise SettingsError(
                "languages",
                origins["languages"],
                f"no content pack for {code!r} in {settings.content_dir}",
            )
    if settings.default_language not in settings.languages:
        raise SettingsError(
            "default_language",
            origins["default_language"],
            f"{settings.default_language!r} is not one of languages {settings.languages}",
        )
    if settings.idle_warning >= settings.idle_timeout:
        raise SettingsError(
            "idle_warning",
            origins["idle_warning"],
            f"must be shorter than idle_timeout ({settings.idle_timeout} s)",
        )


def describe(loaded: LoadedSettings) -> list[tuple[str, str, str]]:
    """Rows of (key, value written as TOML, origin) for ``kiosk config``.

    The values can be pasted into a config file as they are.
    """
    rows = []
    for f in table():
        rows.append((f.name, _as_toml(getattr(loaded.settings, f.name)), loaded.origins[f.name]))
    return rows


def _as_toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_as_toml(v) for v in value) + "]"
    if value is None:
        return '""'
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'
