// The keyboard focus ring: a thick line in Theme.focus just outside its
// parent control, shown while that control has the keyboard focus (Tab,
// arrow keys). Touch never shows it: a tap does not move the focus.
import QtQuick
import ui

Rectangle {
    objectName: "focusRing"
    anchors.fill: parent
    anchors.margins: -(Theme.focusWidth + Theme.px(3))
    visible: parent.activeFocus
    color: "transparent"
    radius: Theme.radius + Theme.focusWidth
    border.width: thickness
    border.color: ink
    // Read by tests/gui/test_keyboard.py (a border group is not readable from Python).
    readonly property int thickness: Theme.focusWidth
    readonly property color ink: Theme.focus
    z: 3
}
