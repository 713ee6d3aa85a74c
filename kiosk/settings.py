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
import re
import reprlib
import socket
import tomllib
import typing
import unicodedata
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
SYNC_TARGETS = ("none", "webhook", "fhir", "folder")
RENDER_BACKENDS = ("auto", "software", "opengl")

DEFAULT = "default"  # origin of a value nobody set

# A take-home address is printed as a QR code: longer ones make the code too
# dense to scan at arm's length.
MAX_TAKE_HOME_URL = 200
# What an emergency number may hold: digits, and the separators people write.
_DIAL = re.compile(r"[0-9][0-9 ()+-]*")

# A config file is a few hundred bytes; anything much larger is not one.
MAX_CONFIG_BYTES = 256 * 1024
# A language as content packs name it (BCP 47 in lower-case primary form):
# "en", "es", "pt-BR", "zh-Hant". Never a path such as "/tmp" or "../es".
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
# Characters no setting may hold: they break the one-line error and the log,
# or reorder what the screen shows (bidirectional overrides).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_UNPRINTABLE_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})

# KIOSK_* variables that are not settings: the config file's location, and the
# packaging/test tools' own switches. Any other unknown KIOSK_* is a typo.
OTHER_ENV = frozenset({CONFIG_ENV, "KIOSK_DEBUG_BUILD", "KIOSK_UNPRUNED_BUILD", "KIOSK_PACKAGED"})


class SettingsError(Exception):
    """A setting with a bad value, or a config file that cannot be used."""

    def __init__(self, key: str, origin: str, problem: str) -> None:
        # Always one printable line, whatever the key, file name or value held.
        super().__init__(_one_line(f"{key}: {problem} (from {origin})"))
        self.key = key
        self.origin = origin
        self.problem = problem


def _unprintable(char: str) -> bool:
    return char in _BIDI_CONTROLS or unicodedata.category(char) in _UNPRINTABLE_CATEGORIES


def _one_line(text: str) -> str:
    return "".join(f"\\u{ord(c):04x}" if _unprintable(c) else c for c in text)


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


# Values quoted in errors are cut short: one readable line, never a dump.
_short = reprlib.Repr()
_short.maxstring = _short.maxother = _short.maxlong = 80
_short.maxlevel = 2


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
        required=True,
    )
    clinic_phone: str = _setting(
        "",
        "The clinic's phone number as patients should read it, e.g. '(555) 010-0199'. "
        "Leave empty to show no number.",
        max_length=30,
    )
    emergency_number: str = _setting(
        "911",
        "The emergency number patients should call, shown in 'Call 911 right away if...' "
        "on every topic (112 in much of Europe).",
        max_length=15,
        required=True,
        dial=True,
    )
    clinic_region: str = _setting(
        "US",
        "The clinic's country as a two-letter code (US, PR, MX, ...): patients' phone "
        "numbers must be valid numbers of this country.",
        region=True,
    )
    accepted_regions: list[str] = _setting(
        [],
        "Two-letter codes of the countries whose phone numbers patients may give. Empty: "
        "every country sharing the clinic's calling code (for US the whole +1 area: US, "
        "PR, VI, GU, MP, AS, CA, ...).",
        regions=True,
    )
    texts_enabled: bool = _setting(
        False,
        "Whether the clinic may answer a call-back request with a text message; the "
        "consent wording patients agree to says so only when this is on.",
    )
    retention_days: int = _setting(
        30,
        "Days a call-back request is kept after it is done (marked by staff, or closed "
        "by the kiosk); then it is purged.",
        minimum=1,
        maximum=3650,
    )
    retention_max_days: int = _setting(
        90,
        "Days after it was made that every call-back request is purged, whatever its "
        "status and whether or not it reached the clinic. At least retention_days and "
        "close_after_days.",
        minimum=1,
        maximum=3650,
    )
    close_after_not_reached: int = _setting(
        3,
        "Calls nobody answered ('Not reached') after which the kiosk closes a request "
        "by itself: it becomes done and staff stop calling.",
        minimum=1,
        maximum=20,
    )
    close_after_days: int = _setting(
        14,
        "Days after which a request nobody was reached for (still 'New') is closed by "
        "the kiosk: it becomes done and staff stop calling.",
        minimum=1,
        maximum=365,
    )
    kiosk_id: str = _setting(
        _default_kiosk_id,
        "A name for this kiosk, stored with each request (default: the computer's name).",
        max_length=64,
        required=True,
    )
    logo: Path | None = _setting(
        None,
        "A PNG or SVG logo shown on the welcome screen. Empty for none.",
        must_exist="file",
    )
    languages: list[str] = _setting(
        ["en", "es"],
        "Languages offered to patients, as codes of content packs in content_dir "
        "(language tags such as en, es, pt-BR).",
        language_tag=True,
    )
    default_language: str = _setting(
        "en",
        "The language shown to each new patient. Must be one of 'languages'.",
        language_tag=True,
    )
    idle_timeout: int = _setting(
        90,
        "Seconds without a touch before the kiosk asks 'Still there?'.",
        minimum=10,
        maximum=3600,
    )
    staff_idle_timeout: int = _setting(
        300,
        "Seconds without a touch in staff mode before it warns and then locks itself.",
        minimum=30,
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
    audio_private: bool = _setting(
        False,
        "The kiosk's sound reaches only the patient (a handset or headphones): in "
        "audio mode, digits typed on the phone page are spoken back. Otherwise each "
        "says 'digit entered' and no number is ever spoken aloud.",
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
    take_home_url_overview_en: str = _setting(
        "https://www.radiologyinfo.org/en",
        "The public page the take-home QR code opens for interventional oncology "
        "in general, in English. "
        "Empty: no QR code there.",
        max_length=MAX_TAKE_HOME_URL,
        public_url=True,
    )
    take_home_url_overview_es: str = _setting(
        "https://www.radiologyinfo.org/es",
        "The public page the take-home QR code opens for interventional oncology "
        "in general, in Spanish. "
        "Empty: no QR code there.",
        max_length=MAX_TAKE_HOME_URL,
        public_url=True,
    )
    take_home_url_y90_en: str = _setting(
        "https://www.radiologyinfo.org/en/info/radioembol",
        "The public page the take-home QR code opens for Y-90 radioembolization, in English. "
        "Empty: no QR code there.",
        max_length=MAX_TAKE_HOME_URL,
        public_url=True,
    )
    take_home_url_y90_es: str = _setting(
        "https://www.radiologyinfo.org/es/info/radioembol",
        "The public page the take-home QR code opens for Y-90 radioembolization, in Spanish. "
        "Empty: no QR code there.",
        max_length=MAX_TAKE_HOME_URL,
        public_url=True,
    )
    take_home_url_tace_en: str = _setting(
        "https://www.radiologyinfo.org/en/info/chemoembol",
        "The public page the take-home QR code opens for chemoembolization (TACE), in English. "
        "Empty: no QR code there.",
        max_length=MAX_TAKE_HOME_URL,
        public_url=True,
    )
    take_home_url_tace_es: str = _setting(
        "https://www.radiologyinfo.org/es/info/chemoembol",
        "The public page the take-home QR code opens for chemoembolization (TACE), in Spanish. "
        "Empty: no QR code there.",
        max_length=MAX_TAKE_HOME_URL,
        public_url=True,
    )
    take_home_url_ablation_en: str = _setting(
        "https://www.radiologyinfo.org/en/info/rfa",
        "The public page the take-home QR code opens for tumor ablation, in English. "
        "Empty: no QR code there.",
        max_length=MAX_TAKE_HOME_URL,
        public_url=True,
    )
    take_home_url_ablation_es: str = _setting(
        "https://www.radiologyinfo.org/es/info/rfa",
        "The public page the take-home QR code opens for tumor ablation, in Spanish. "
        "Empty: no QR code there.",
        max_length=MAX_TAKE_HOME_URL,
        public_url=True,
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
    sync_target: str = _setting(
        "none",
        "Where call-back requests are sent: none, webhook, fhir or folder (docs/sync.md).",
        choices=SYNC_TARGETS,
    )
    sync_url: str = _setting(
        "",
        "The webhook or FHIR server's address: https://..., or http:// only to this "
        "computer (127.0.0.1, ::1, localhost).",
        max_length=2000,
        url=True,
    )
    sync_token_file: Path | None = _setting(
        None,
        "A file holding the bearer token the kiosk sends; readable by the kiosk user only.",
    )
    sync_ca_file: Path | None = _setting(
        None,
        "A PEM file of the clinic's own certificate authority, for its sync server. "
        "Empty to trust the system's authorities.",
    )
    sync_folder: Path | None = _setting(
        None,
        "The folder the folder target writes one file per request to (a local folder, "
        "a USB drive, a mounted share).",
    )
    sync_keep_days: int = _setting(
        0,
        "Days a delivered request keeps its phone number and name on the kiosk; then "
        "only a tombstone is left. 0: at once.",
        minimum=0,
        maximum=3650,
    )
    sync_warn_after: int = _setting(
        3600,
        "Seconds a request may wait to be delivered before 'kiosk doctor' warns.",
        minimum=60,
        maximum=30 * 86400,
    )
    sync_public_key: Path | None = _setting(
        None,
        "The clinic's public key (a PEM file made by 'kiosk sync keygen'). When set, "
        "each request's phone number and name are stored only sealed to it. Empty for none.",
        must_exist="file",
    )
    metrics_file: Path | None = _setting(
        None,
        "A Prometheus text file the kiosk keeps up to date for the clinic's monitoring. "
        "Empty: none.",
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
    if explicit is not None:
        if not str(explicit).strip():
            raise SettingsError("--config", "the command line", "is empty; give a file")
        path = Path(explicit)
        if not _is_file(path):
            raise SettingsError("--config", str(path), "no such file")
        return path
    if CONFIG_ENV in env:
        if not env[CONFIG_ENV].strip():
            raise SettingsError(CONFIG_ENV, "environment", "is empty; give a file or unset it")
        path = Path(env[CONFIG_ENV])
        if not _is_file(path):
            raise SettingsError(CONFIG_ENV, "environment", f"no such file: {path}")
        return path
    for candidate in default_config_candidates():
        if _is_file(candidate):
            return candidate
    return None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a name too long, or holding a NUL byte
        return False


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
                _clip(key), str(config_file), "unknown setting (see docs/configuration.md)"
            )

    known_env = {env_name(name) for name in known} | OTHER_ENV
    for name in sorted(env):
        if name.startswith(ENV_PREFIX) and name not in known_env:
            raise SettingsError(
                _clip(name),
                "environment",
                "unknown setting variable (see docs/configuration.md)",
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
            raw = fh.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise SettingsError("(file)", str(path), f"cannot read: {exc.strerror}") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise SettingsError("(file)", str(path), f"larger than {MAX_CONFIG_BYTES // 1024} KiB")
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark from Notepad is harmless
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SettingsError(
            "(file)", str(path), f"not UTF-8 text (line {line}); save it as UTF-8"
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError("(file)", str(path), f"not valid TOML: {exc}") from None
    except RecursionError:
        raise SettingsError("(file)", str(path), "not valid: nested too deeply") from None


def _kind(hint: Any) -> type:
    """The base type of a field: ``Path | None`` -> Path, ``list[str]`` -> list."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin is list:
        return list
    if args:
        kind: type = args[0]
        return kind
    return typing.cast(type, hint)


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
        except ValueError:  # also a number with more digits than Python will parse
            pass
    elif kind is list:
        items = [item.strip() for item in text.split(",") if item.strip()]
        return [item.upper() for item in items] if f.metadata.get("regions") else items
    elif kind is Path:
        return _path(f, hint, text, origin)
    else:
        return text.upper() if f.metadata.get("region") else text
    raise SettingsError(f.name, origin, f"expected {_KIND_WORDS[kind]}, got {_short.repr(raw)}")


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
        raise SettingsError(
            f.name, origin, f"expected {_KIND_WORDS[kind]}, got {_short.repr(value)}"
        )
    if kind is Path:
        return _path(f, hint, value.strip(), origin)
    if f.metadata.get("region"):
        return value.strip().upper()
    if f.metadata.get("regions"):
        return [item.strip().upper() for item in value]
    return list(value) if kind is list else value


# Longer than any path a file system takes (Linux PATH_MAX).
MAX_PATH_LENGTH = 4096


def _path(f: dataclasses.Field[Any], hint: Any, text: str, origin: str) -> Path | None:
    """A path setting's value: empty means none, where the table allows none."""
    if len(text) > MAX_PATH_LENGTH:
        raise SettingsError(f.name, origin, f"is longer than any path ({len(text)} characters)")
    if text:
        try:
            return Path(text).expanduser()
        except RuntimeError:  # "~nobody/...": no such user's home
            raise SettingsError(f.name, origin, f"no such home folder: {text}") from None
    if type(None) in typing.get_args(hint):
        return None
    raise SettingsError(f.name, origin, "must not be empty; give a folder")


def _check(f: dataclasses.Field[Any], value: Any, origin: str) -> None:
    """The per-field checks named in the table's metadata."""
    meta = f.metadata
    for text in _texts(value):
        bad = next((c for c in text if _unprintable(c)), None)
        if bad is not None:
            raise SettingsError(
                f.name, origin, f"holds a control character (U+{ord(bad):04X}); remove it"
            )
    if meta.get("required") and not value.strip():
        raise SettingsError(f.name, origin, "must not be empty or blank")
    if meta.get("language_tag"):
        codes = value if isinstance(value, list) else [value]
        for code in codes:
            if not LANGUAGE_TAG.fullmatch(code):
                raise SettingsError(
                    f.name,
                    origin,
                    f"{_short.repr(code)} is not a language code such as en, es or pt-BR",
                )
        if len(set(codes)) != len(codes):
            raise SettingsError(f.name, origin, "names a language twice")
    if "minimum" in meta and value < meta["minimum"]:
        raise SettingsError(f.name, origin, f"must be at least {meta['minimum']}, got {value}")
    if "maximum" in meta and value > meta["maximum"]:
        raise SettingsError(f.name, origin, f"must be at most {meta['maximum']}, got {value}")
    if "max_length" in meta and len(value) > meta["max_length"]:
        raise SettingsError(f.name, origin, f"must be at most {meta['max_length']} characters")
    if meta.get("url") and value and not value.lower().startswith(("https://", "http://")):
        raise SettingsError(f.name, origin, f"{_short.repr(value)} is not an https:// address")
    if meta.get("public_url") and value and not re.fullmatch(r"https://[^\s/?#]+\S*", value):
        raise SettingsError(
            f.name, origin, f"{_short.repr(value)} is not an https:// address (no spaces)"
        )
    if meta.get("dial") and value and not _DIAL.fullmatch(value):
        raise SettingsError(
            f.name, origin, f"{_short.repr(value)} is not a number to dial, such as 911 or 112"
        )
    if meta.get("region") and value not in _phone_regions():
        raise SettingsError(
            f.name,
            origin,
            f"{_short.repr(value)} is not a two-letter country code such as US, PR or MX",
        )
    for code in value if meta.get("regions") else ():
        if code not in _phone_regions():
            raise SettingsError(
                f.name,
                origin,
                f"{_short.repr(code)} is not a two-letter country code such as US, PR or MX",
            )
    if "choices" in meta and value not in meta["choices"]:
        raise SettingsError(f.name, origin, f"must be one of {', '.join(meta['choices'])}")
    if value is not None and "must_exist" in meta:
        try:
            problem = _path_problem(Path(value), meta["must_exist"])
        except (OSError, ValueError) as exc:  # a name too long for the file system, say
            problem = f"cannot be used ({getattr(exc, 'strerror', None) or exc})"
        if problem:
            raise SettingsError(f.name, origin, f"{problem}: {_clip(str(value))}")


def _texts(value: Any) -> list[str]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    if isinstance(value, str | Path):
        return [str(value)]
    return []


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
            # Blame the key somebody set: a moved content_dir, or a new language.
            key = "languages" if origins["languages"] != DEFAULT else "content_dir"
            raise SettingsError(
                key,
                origins[key],
                f"no content pack for {code!r} in content_dir {_clip(str(settings.content_dir))}",
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
    # The consent promises both: deleted retention_days after it is done, and
    # always by retention_max_days; and closed after close_after_days.
    for shorter in ("retention_days", "close_after_days"):
        if settings.retention_max_days < getattr(settings, shorter):
            raise SettingsError(
                "retention_max_days",
                origins["retention_max_days"],
                f"must not be shorter than {shorter} ({getattr(settings, shorter)} days)",
            )
    if settings.staff_idle_timeout < settings.idle_timeout:
        raise SettingsError(
            "staff_idle_timeout",
            origins["staff_idle_timeout"],
            f"must not be shorter than idle_timeout ({settings.idle_timeout} s)",
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
