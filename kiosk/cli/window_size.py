"""The demo window's size: one that fits the screen it opens on.

The kiosk itself runs full screen. The windowed demo used to open at a fixed
1920x1080, cut off on a 1366x768 laptop or a portrait monitor until resized;
now it opens at the design size when that fits, else scaled down to fit the
screen's free area with the screen's own shape (portrait stays portrait), and
``kiosk run --windowed --size 1080x1920`` tries a shape on purpose.
"""

import re

DESIGN_LANDSCAPE = (1920, 1080)
DESIGN_PORTRAIT = (1080, 1920)
SMALLEST = (640, 480)

# What a window may take of the free screen: room for the title bar and edges.
FIT = 0.92

_SIZE = re.compile(r"^\s*(\d{3,5})\s*[xX\u00d7]\s*(\d{3,5})\s*$")


def parse_size(text: str) -> tuple[int, int]:
    """``"1080x1920"`` -> ``(1080, 1920)``.

    Raises:
        ValueError: not ``WIDTHxHEIGHT``, or smaller than 640x480 (either way round).
    """
    found = _SIZE.match(text)
    if not found:
        raise ValueError(f"--size must be WIDTHxHEIGHT, e.g. 1080x1920, got {text!r}")
    width, height = int(found.group(1)), int(found.group(2))
    if min(width, height) < min(SMALLEST) or max(width, height) < max(SMALLEST):
        raise ValueError(f"--size must be at least {SMALLEST[0]}x{SMALLEST[1]}, got {text!r}")
    return width, height


def fitting_size(available: tuple[int, int]) -> tuple[int, int]:
    """The demo window for a screen whose free area is ``available`` (width, height)."""
    free_w, free_h = available
    design = DESIGN_PORTRAIT if free_h > free_w else DESIGN_LANDSCAPE
    room_w, room_h = int(free_w * FIT), int(free_h * FIT)
    if design[0] <= room_w and design[1] <= room_h:
        return design
    factor = min(room_w / design[0], room_h / design[1])
    return max(SMALLEST[0], round(design[0] * factor)), max(SMALLEST[1], round(design[1] * factor))
