"""The renderer choice (kiosk/system/render.py) and what `kiosk doctor` says about it.

A kiosk without a GPU that draws through software OpenGL burns a CPU core on
the welcome screen: IT must get the software renderer there without asking,
keep OpenGL on a real GPU, and see in the doctor which one is in use.
"""

import json

import pytest

from kiosk.cli import main as cli
from kiosk.system import render


@pytest.mark.parametrize(
    "gl_renderer",
    [
        "llvmpipe (LLVM 15.0.6, 256 bits)",
        "softpipe",
        "Software Rasterizer",
        "GDI Generic",
        "Microsoft Basic Render Driver",
        None,  # no OpenGL context at all
    ],
)
def test_auto_draws_in_software_without_a_gpu(gl_renderer):
    choice = render.choose("auto", gl_renderer)
    assert choice.backend == render.SOFTWARE
    assert "auto" in choice.reason


@pytest.mark.parametrize(
    "gl_renderer", ["Mesa Intel(R) UHD Graphics 620 (KBL GT2)", "NVIDIA GeForce GT 1030/PCIe/SSE2"]
)
def test_auto_keeps_opengl_on_a_hardware_gpu(gl_renderer):
    choice = render.choose("auto", gl_renderer)
    assert choice.backend == render.OPENGL
    assert gl_renderer in choice.reason


def test_the_setting_overrides_the_probe():
    assert render.choose("opengl", None).backend == render.OPENGL
    assert render.choose("software", "NVIDIA GeForce GT 1030").backend == render.SOFTWARE


def test_a_bad_render_backend_is_named_on_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("KIOSK_RENDER_BACKEND", "vulkan")
    code = cli.main(["doctor"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and "render_backend" in err[0]


def doctor_render(tmp_path, capsys, monkeypatch, setting="auto") -> dict:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("KIOSK_RENDER_BACKEND", setting)
    cli.main(["doctor", "--json"])
    checks = json.loads(capsys.readouterr().out)["checks"]
    return next(c for c in checks if c["name"] == "render")


def test_doctor_shows_the_renderer_the_kiosk_chose(tmp_path, capsys, monkeypatch):
    render.record(tmp_path, render.choose("auto", "llvmpipe (LLVM 15.0.6, 256 bits)"))
    check = doctor_render(tmp_path, capsys, monkeypatch)
    assert check["status"] == "ok"
    assert "software renderer" in check["detail"] and "llvmpipe" in check["detail"]


def test_doctor_before_the_first_start_names_the_setting(tmp_path, capsys, monkeypatch):
    check = doctor_render(tmp_path, capsys, monkeypatch)
    assert check["status"] == "ok"
    assert "render_backend = auto" in check["detail"]


def test_doctor_warns_when_the_setting_changed_since_the_start(tmp_path, capsys, monkeypatch):
    render.record(tmp_path, render.choose("auto", None))
    check = doctor_render(tmp_path, capsys, monkeypatch, setting="opengl")
    assert check["status"] == "warning"
    assert "restart the kiosk" in check["detail"]


def test_doctor_warns_about_forced_opengl_without_a_gpu(tmp_path, capsys, monkeypatch):
    render.record(tmp_path, render.choose("opengl", "llvmpipe (LLVM 15.0.6, 256 bits)"))
    check = doctor_render(tmp_path, capsys, monkeypatch, setting="opengl")
    assert check["status"] == "warning"
    assert "render_backend = auto" in check["detail"]


def test_the_next_start_reuses_the_probe_from_the_same_platform(tmp_path):
    # The probe loads the whole GL driver; a restart on the same box skips it.
    choice = render.choose("auto", "llvmpipe (LLVM 15.0.6, 256 bits)")
    render.record(tmp_path, choice, "xcb Qt 6.11.3")
    entry = render.recorded(tmp_path)
    assert render.known_renderer(entry, "xcb Qt 6.11.3") == (True, choice.gl_renderer)
    assert render.known_renderer(entry, "wayland Qt 6.11.3") == (False, None)
    assert render.known_renderer(entry, "xcb Qt 6.12.0") == (False, None)


def test_no_opengl_is_remembered_as_none_and_a_forced_setting_not_at_all(tmp_path):
    render.record(tmp_path, render.choose("auto", None), "offscreen Qt 6.11.3")
    assert render.known_renderer(render.recorded(tmp_path), "offscreen Qt 6.11.3") == (True, None)
    render.record(tmp_path, render.choose("software", None))  # nothing was probed
    assert render.known_renderer(render.recorded(tmp_path), "") == (False, None)


def test_a_changed_gpu_makes_the_next_start_probe_again(tmp_path):
    render.record(tmp_path, render.choose("auto", "llvmpipe"), "xcb Qt 6.11.3")
    render.forget_probe(tmp_path)
    assert render.known_renderer(render.recorded(tmp_path), "xcb Qt 6.11.3") == (False, None)
    assert render.recorded(tmp_path)["backend"] == "software"  # the doctor still sees it
