"""Every control tells assistive technology what it is and what it says (issue 15, point 4).

Read through Qt's own accessibility layer (QAccessible, the interfaces Qt's
AT-SPI bridge hands to Orca on Linux): on home, a procedure step and the
phone page, in English and Spanish, every control the keyboard can reach is
in the tree with a control role and a non-empty name in the screen's
language, and the animation carries the step's caption as its description.

This is the fast, in-process half; tests/e2e/test_atspi.py reads the same
tree over the real AT-SPI bus from a separate kiosk process.
"""

import pytest
from PySide6.QtGui import QAccessible

from tests.gui.conftest import item, settle
from tests.gui.test_keyboard import tab_order
from tests.gui.test_shapes import go_to

Role = QAccessible.Role
CONTROLS = {Role.Button, Role.CheckBox, Role.RadioButton}
ARROWS = "\u2039\u203a"  # the ‹ › drawn beside Back, Next and Home  # noqa: RUF003


def accessible_tree(kiosk) -> dict:
    """objectName -> (role, name, description) for each shown node under the window."""
    nodes: dict = {}

    def walk(node) -> None:
        for n in range(node.childCount()):
            child = node.child(n)
            if child is None or child.state().invisible:
                continue
            thing = child.object()
            if thing is not None and thing.objectName():
                nodes.setdefault(
                    thing.objectName(),
                    (
                        child.role(),
                        child.text(QAccessible.Text.Name),
                        child.text(QAccessible.Text.Description),
                    ),
                )
            walk(child)

    walk(QAccessible.queryAccessibleInterface(kiosk.window))
    return nodes


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("name", ["home", "procedure", "phone"])
def test_every_control_has_a_role_and_a_name(kiosk, qtbot, name, language):
    go_to(kiosk, qtbot, language, name)
    settle(kiosk.window, qtbot)
    controls = tab_order(kiosk)
    nodes = accessible_tree(kiosk)
    assert len(controls) >= 10
    for control in controls:
        assert control in nodes, f"{control} is not in the accessibility tree"
        role, spoken, _ = nodes[control]
        assert role in CONTROLS, f"{control}: role {role}"
        assert spoken.strip(), f"{control} has no name"
        assert not set(ARROWS) & set(spoken), f"{control}: {spoken!r} reads an arrow"
        shown = item(kiosk.window, control).property("text")
        if shown and control != "aaButton":
            # What a screen reader says is what the patient sees, in the screen's language.
            assert spoken == shown.strip(ARROWS + " ")


def test_names_follow_the_language(kiosk, qtbot):
    go_to(kiosk, qtbot, "es", "home")
    nodes = accessible_tree(kiosk)
    assert nodes["aaButton"][1] == "Tamaño del texto y contraste"
    assert nodes["homeButton"][1] == "Empezar de nuevo"
    tile = item(kiosk.window, "tile-y90")
    assert nodes["tile-y90"][1].startswith(tile.property("heading"))
    assert tile.property("detail") in nodes["tile-y90"][1], "a tile says its title and summary"


def test_the_animation_is_described_by_the_step_caption(kiosk, qtbot):
    go_to(kiosk, qtbot, "es", "procedure")
    role, spoken, described = accessible_tree(kiosk)["animationFrame"]
    assert role == Role.Animation
    assert spoken == item(kiosk.window, "stepTitle").property("text")
    assert described == item(kiosk.window, "stepCaption").property("text")
    assert described
