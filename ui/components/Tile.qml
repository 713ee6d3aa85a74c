// A large home-screen choice: a title, one line saying what is inside, and
// (when given) the topic's own picture, a still from its animation.
import QtQuick
import ui
import "keymoves.js" as KeyMoves

Rectangle {
    id: root

    property alias heading: titleText.text
    property alias detail: summaryText.text
    property bool callback: false
    // A still picture (resources/animations/previews/*.svg); none when empty.
    property url picture: ""
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
    // Title and summary, as one sentence each ("...oncology? Doctors use...").
    Accessible.name: !summaryText.text ? titleText.text
                   : titleText.text + (/[.?!]$/.test(titleText.text) ? " " : ". ") + summaryText.text
    Accessible.onPressAction: root.clicked()

    activeFocusOnTab: true   // Qt passes over it while hidden
    Keys.onPressed: event => KeyMoves.handle(root, event, root.clicked)
    FocusRing {}

    Image {
        id: pictureImage
        objectName: root.objectName + "-picture"
        // Only where the words keep room to breathe: on a small screen the type
        // floors make the words wrap, and a picture would push them out of the tile.
        // With the patient's larger text the words need the whole width.
        visible: root.picture.toString() !== "" && root.width >= 760 && Theme.textScale === 1
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.px(12)
        width: visible ? Math.min(height * 1100 / 700, root.width * 0.34) : 0
        source: root.picture
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectFit
        Accessible.ignored: true   // a still of the animation; the words say it all
        asynchronous: true
    }

    Column {
        id: words
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: pictureImage.visible ? pictureImage.left : parent.right
        anchors.leftMargin: Theme.px(32)
        anchors.rightMargin: Theme.px(32)
        // Less above and below than at the sides: on a short screen (1366x768) with
        // the bar's second line, a two-line title and summary still fit the tile.
        anchors.topMargin: Theme.px(20)
        anchors.bottomMargin: Theme.px(16)
        spacing: Theme.px(10)

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
