// A big, plainly drawn checkbox with its words beside it; unticked until tapped.
import QtQuick
import ui
import "keymoves.js" as KeyMoves

Rectangle {
    id: root
    property alias text: label.text
    property bool checked: false
    signal toggled(bool checked)

    implicitHeight: Math.max(Theme.touchMin, label.implicitHeight + 2 * Theme.px(20))
    radius: Theme.radius
    color: checked ? Theme.primarySoft : Theme.surface
    border.width: Theme.px(3)
    border.color: Theme.primary

    Accessible.role: Accessible.CheckBox
    Accessible.name: label.text
    Accessible.checked: checked
    Accessible.checkable: true
    Accessible.onToggleAction: root.toggled(!root.checked)
    Accessible.onPressAction: root.toggled(!root.checked)

    activeFocusOnTab: true   // Qt passes over it while hidden
    Keys.onPressed: event => KeyMoves.handle(root, event, () => root.toggled(!root.checked))
    FocusRing {}

    Rectangle {
        id: box
        x: Theme.px(24)
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.px(64)
        height: width
        radius: Theme.px(10)
        color: root.checked ? Theme.primary : Theme.surface
        border.width: Theme.px(4)
        border.color: Theme.primary
        // The tick, drawn (no font has to carry a check-mark glyph).
        Item {
            anchors.centerIn: parent
            width: parent.width * 0.6
            height: width
            visible: root.checked
            Rectangle {
                x: parent.width * 0.05; y: parent.height * 0.5
                width: parent.width * 0.42; height: Theme.px(8); radius: height / 2
                rotation: 45; transformOrigin: Item.Left
                color: Theme.textOnPrimary
            }
            Rectangle {
                x: parent.width * 0.33; y: parent.height * 0.8
                width: parent.width * 0.75; height: Theme.px(8); radius: height / 2
                rotation: -55; transformOrigin: Item.Left
                color: Theme.textOnPrimary
            }
        }
    }
    BodyText {
        id: label
        anchors.left: box.right
        anchors.leftMargin: Theme.px(24)
        anchors.right: parent.right
        anchors.rightMargin: Theme.px(24)
        anchors.verticalCenter: parent.verticalCenter
        wrapMode: Text.WordWrap
    }
    TapHandler {
        gesturePolicy: TapHandler.WithinBounds
        // Ask; the owner decides (and `checked` follows its binding, so a
        // form that is wiped shows an empty box again).
        onTapped: root.toggled(!root.checked)
    }
}
