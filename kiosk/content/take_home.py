"""Take-home QR codes: a topic's public page, as a vector QR code made offline.

The address is the clinic's setting for that topic and language (by default a
RadiologyInfo.org patient page); nothing about the patient is ever added to it.
segno draws the code as SVG with its quiet zone; the screen scales it to a
whole number of pixels per module so every module edge stays sharp.
"""

import functools
from dataclasses import dataclass

from kiosk.settings import Settings

# The quiet zone the QR standard asks for, in modules, on every side.
QUIET_ZONE = 4


@dataclass(frozen=True)
class TakeHomeCode:
    url: str
    svg_uri: str  # data:image/svg+xml,... one module per unit
    modules: int  # width (= height) in modules, quiet zone included


def take_home_url(settings: Settings, topic: str, language: str) -> str:
    """The configured address for this topic and language, or "" for none."""
    value = getattr(settings, f"take_home_url_{topic}_{language}".replace("-", "_"), "")
    return value if isinstance(value, str) else ""


@functools.lru_cache(maxsize=32)
def make_code(url: str) -> TakeHomeCode:
    """The QR code of ``url``: error correction M survives a glare spot or a scuff."""
    import segno  # ~25-40 ms to import; the welcome screen shows no code

    code = segno.make(url, error="m", micro=False, boost_error=False)
    width, _ = code.symbol_size(scale=1, border=QUIET_ZONE)
    svg = code.svg_data_uri(
        scale=1, border=QUIET_ZONE, dark="#000000", light="#ffffff", xmldecl=False
    )
    return TakeHomeCode(url=url, svg_uri=svg, modules=int(width))
