// A big, plainly labelled touch button. Never smaller than Theme.touchMin.
// A button that is one of several choices says so: `choice: "single"` draws
// a round mark (pick one), `choice: "multi"` a square box (pick any); when
// selected it fills dark with a dot or a tick, so the chosen one shows at
// arm's length and not only by a thin border (WCAG 1.4.11: 3:1 for states).
// From a keyboard or number pad: Tab or the arrows bring the focus ring,
// Enter or Space presses it (keymoves.js).
import QtQuick
import ui
import "keymoves.js" as KeyMoves

Rectangle {
    id: root

    property string text: ""
    property string kind: "primary"   // primary | secondary | callback | quiet
    property string choice: ""        // "" | single | multi
    property bool selected: false
    property int fontSize: Theme.fontBody
    signal clicked()

    readonly property bool pressed: tap.pressed
    readonly property bool filled: enabled && selected
    readonly property color fill: {
        if (!enabled) return Theme.disabledFill
        if (selected) return pressed ? Theme.primaryPressed : Theme.selectedFill
        switch (kind) {
        case "callback": return pressed ? Theme.callbackPressed : Theme.callback
        case "secondary": return pressed ? Theme.primarySoft : Theme.surface
        case "quiet": return pressed ? Theme.primarySoft : "transparent"
        default: return pressed ? Theme.primaryPressed : Theme.primary
        }
    }
    readonly property color ink: {
        if (!enabled) return Theme.textDisabled
        if (selected || kind === "primary" || kind === "callback") return Theme.textOnPrimary
        return Theme.primary
    }
    readonly property int markSize: choice === "" ? 0 : Theme.px(44)
    readonly property int padding: Theme.px(choice === "" ? 40 : 24)

    implicitWidth: Math.max(Theme.px(200),
                            label.implicitWidth + 2 * padding + (markSize ? markSize + Theme.px(16) : 0))
    implicitHeight: Math.max(Theme.touchMin, label.implicitHeight + 2 * Theme.px(16))
    radius: Theme.radius
    color: fill
    border.width: kind === "secondary" || !enabled ? Theme.px(3) : 0
    border.color: enabled ? (selected ? Theme.selectedFill : Theme.choiceBorder) : Theme.choiceBorder
    scale: pressed ? 0.97 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.quick } }

    Accessible.role: choice === "single" ? Accessible.RadioButton
                   : choice === "multi" ? Accessible.CheckBox : Accessible.Button
    // Its words, without the ‹ › arrows drawn beside some of them.
    Accessible.name: label.text.replace(/[‹›]/g, "").trim()
    Accessible.checkable: choice !== "" || kind === "secondary"
    Accessible.checked: selected
    Accessible.onPressAction: root.clicked()

    activeFocusOnTab: true   // Qt passes over it while hidden or disabled
    Keys.onPressed: event => KeyMoves.handle(root, event, root.clicked)
    FocusRing {}

    // The mark: a ring (single) or a box (multi); a dot or a tick inside
    // when chosen, in the button's ink so it reads on the dark fill.
    Rectangle {
        id: mark
        objectName: "choiceMark"
        visible: root.choice !== ""
        x: root.padding
        anchors.verticalCenter: parent.verticalCenter
        width: root.markSize
        height: width
        radius: root.choice === "single" ? width / 2 : Theme.px(8)
        color: root.filled ? Theme.textOnPrimary : Theme.surface
        border.width: Theme.px(4)
        border.color: root.filled ? Theme.textOnPrimary : root.ink
        Rectangle {
            objectName: "choiceDot"
            visible: root.choice === "single" && root.selected
            anchors.centerIn: parent
            width: parent.width * 0.5
            height: width
            radius: width / 2
            color: Theme.selectedFill
        }
        Item {
            objectName: "choiceTick"
            visible: root.choice === "multi" && root.selected
            anchors.centerIn: parent
            width: parent.width * 0.64
            height: width
            Rectangle {
                x: parent.width * 0.05; y: parent.height * 0.5
                width: parent.width * 0.42; height: Theme.px(6); radius: height / 2
                rotation: 45; transformOrigin: Item.Left
                color: Theme.selectedFill
            }
            Rectangle {
                x: parent.width * 0.33; y: parent.height * 0.8
                width: parent.width * 0.75; height: Theme.px(6); radius: height / 2
                rotation: -55; transformOrigin: Item.Left
                color: Theme.selectedFill
            }
        }
    }

    BodyText {
        id: label
        text: root.text
        readonly property int lead: root.markSize ? root.padding + root.markSize + Theme.px(16) : 0
        x: lead ? lead : (root.width - width) / 2
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(implicitWidth, root.width - (lead ? lead + root.padding : 2 * Theme.px(24)))
        horizontalAlignment: lead ? Text.AlignLeft : Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: root.fontSize
        font.bold: true
        color: root.ink
    }

    TapHandler {
        id: tap
        enabled: root.enabled
        gesturePolicy: TapHandler.WithinBounds
        onTapped: root.clicked()
    }
}
