"""The demo window opens at a size that fits the screen; --size tries a shape (issue 13)."""

import pytest

from kiosk.cli.main import main
from kiosk.cli.window_size import fitting_size, parse_size


@pytest.mark.parametrize(
    ("free", "window"),
    [
        ((2560, 1440), (1920, 1080)),  # the design size fits
        ((1920, 1200), (1766, 993)),  # room left for the title bar and edges
        ((1366, 728), (1189, 669)),  # a small laptop: scaled down, never cut off
        ((1080, 1880), (973, 1729)),  # a portrait monitor: a portrait window
        ((2160, 3840), (1080, 1920)),
    ],
)
def test_the_window_fits_the_free_screen_in_its_shape(free, window):
    width, height = fitting_size(free)
    assert (width, height) == window
    assert width <= free[0] and height <= free[1]
    assert (width > height) == (free[0] > free[1])


def test_size_is_width_by_height():
    assert parse_size("1080x1920") == (1080, 1920)
    assert parse_size(" 1366X768 ") == (1366, 768)
    for bad in ("1080", "big", "100x100", "1080x1920x2"):
        with pytest.raises(ValueError, match="--size"):
            parse_size(bad)


def test_a_bad_size_is_one_line_and_exit_2(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    assert main(["run", "--windowed", "--size", "huge"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--size" in err[0]
    assert main(["run", "--size", "1080x1920"]) == 2
    assert "--windowed" in capsys.readouterr().err
