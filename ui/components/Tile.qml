// A large home-screen choice: a title and one line saying what is inside.
import QtQuick
import ui

Rectangle {
    id: root

    property alias heading: titleText.text
    property alias detail: summaryText.text
    property bool callback: false
    signal clicked()

    // What the words need; a screen may give more, never less (tests/gui/test_shapes.py).
    implicitHeight: words.implicitHeight + 2 * Theme.px(32)
    radius: Theme.radius
    color: callback ? (tap.pressed ? Theme.callbackPressed : Theme.callback)
                    : (tap.pressed ? Theme.primarySoft : Theme.surface)
    border.width: callback ? 0 : Theme.px(3)
    border.color: Theme.primary
    scale: tap.pressed ? 0.98 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.quick } }

    Accessible.role: Accessible.Button
    Accessible.name: titleText.text
    Accessible.onPressAction: root.clicked()

    Column {
        id: words
        anchors.fill: parent
        anchors.margins: Theme.px(32)
        spacing: Theme.px(16)

        Heading {
            id: titleText
            width: parent.width
            wrapMode: Text.WordWrap
            color: root.callback ? Theme.textOnPrimary : Theme.primary
        }
        Caption {
            id: summaryText
            width: parent.width
            wrapMode: Text.WordWrap
            color: root.callback ? Theme.textOnPrimary : Theme.text
            lineHeight: 1.15
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.WithinBounds
        onTapped: root.clicked()
    }
}
