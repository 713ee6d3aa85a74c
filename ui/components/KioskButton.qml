// A big, plainly labelled touch button. Never smaller than Theme.touchMin.
import QtQuick
import ui

Rectangle {
    id: root

    property string text: ""
    property string kind: "primary"   // primary | secondary | callback | quiet
    property bool selected: false
    property int fontSize: Theme.fontBody
    signal clicked()

    readonly property bool pressed: tap.pressed
    readonly property color fill: {
        if (!enabled) return Theme.primarySoft
        switch (kind) {
        case "callback": return pressed ? Theme.callbackPressed : Theme.callback
        case "secondary": return pressed || selected ? Theme.primarySoft : Theme.surface
        case "quiet": return pressed ? Theme.primarySoft : "transparent"
        default: return pressed ? Theme.primaryPressed : Theme.primary
        }
    }

    implicitWidth: Math.max(Theme.px(200), label.implicitWidth + 2 * Theme.px(40))
    implicitHeight: Math.max(Theme.touchMin, label.implicitHeight + 2 * Theme.px(16))
    radius: Theme.radius
    color: fill
    border.width: kind === "secondary" ? Theme.px(3) : 0
    border.color: selected ? Theme.primary : Theme.border
    opacity: enabled ? 1.0 : 0.6
    scale: pressed ? 0.97 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.quick } }

    Accessible.role: Accessible.Button
    Accessible.name: label.text
    Accessible.onPressAction: root.clicked()

    BodyText {
        id: label
        text: root.text
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - 2 * Theme.px(24))
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: root.fontSize
        font.bold: true
        color: (root.kind === "primary" || root.kind === "callback") && root.enabled
               ? Theme.textOnPrimary : Theme.primary
    }

    TapHandler {
        id: tap
        enabled: root.enabled
        gesturePolicy: TapHandler.WithinBounds
        onTapped: root.clicked()
    }
}
