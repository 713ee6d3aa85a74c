// The menu: one tile per topic, and "Ask us to call you".
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Rectangle {
    id: root
    objectName: "homeScreen"
    color: Theme.background

    signal openProcedure(string procedureId)
    signal openCallUs()
    signal openCompare()
    signal startOver()

    // Audio mode (Speech): the question, then every choice on the screen.
    readonly property string spokenText: [bar.title]
        .concat(Array.from({ length: tileRepeater.count }, (_, i) => (tileRepeater.itemAt(i) as Tile)?.heading ?? ""))
        .concat([compareTile.heading, callTile.heading]).join("\n")
    onSpokenTextChanged: Speech.say(spokenText)
    Component.onCompleted: Speech.say(spokenText)

    TopBar {
        id: bar
        anchors.top: parent.top
        width: parent.width
        title: qsTr("What would you like to learn about?")
        homeText: qsTr("Start over")
        onHomeClicked: root.startOver()
    }

    Grid {
        id: tiles
        anchors.top: bar.bottom
        anchors.topMargin: Theme.margin
        anchors.horizontalCenter: parent.horizontalCenter
        // Two columns on a landscape screen; one full-width column on a
        // portrait stand, so the tiles fill the height instead of its top third.
        columns: Theme.portrait ? 1 : 2
        spacing: Theme.spacing * 1.5

        readonly property int tileRows: Math.max(1, Math.ceil(tileRepeater.count / columns))
        readonly property int tileWidth: Theme.portrait ? root.width - 2 * Theme.margin
                                         : Math.min((root.width - 2 * Theme.margin - spacing) / 2, Theme.px(860))
        readonly property int tileHeight: Math.min((root.height - bar.height - 2 * Theme.margin - callTile.height - tileRows * spacing) / tileRows,
                                                   Theme.tx(Theme.portrait ? 300 : 320))
        readonly property int bottomWidth: Theme.portrait ? (tileWidth - spacing) / 2 : tileWidth

        Repeater {
            id: tileRepeater
            model: Procedures
            delegate: Tile {
                required property string procedureId
                required property string title
                required property string summary
                objectName: "tile-" + procedureId
                width: tiles.tileWidth
                height: tiles.tileHeight
                heading: title
                detail: summary
                picture: ["overview", "y90", "tace", "ablation"].includes(procedureId) ? Qt.resolvedUrl("../../resources/animations/previews/" + procedureId + ".svg") : ""
                onClicked: root.openProcedure(procedureId)
            }
        }
    }

    // Bottom row: compare the treatments, and the way to ask for a call.
    Tile {
        id: compareTile
        objectName: "tile-compare"
        anchors.top: tiles.bottom
        anchors.topMargin: tiles.spacing
        anchors.left: tiles.left
        width: tiles.bottomWidth
        height: callTile.height
        heading: qsTr("Compare the treatments")
        detail: qsTr("See them side by side.")
        onClicked: root.openCompare()
    }
    Tile {
        id: callTile
        objectName: "tile-callback"
        anchors.top: tiles.bottom
        anchors.topMargin: tiles.spacing
        anchors.right: tiles.right
        width: tiles.bottomWidth
        height: Math.max(Theme.px(160), implicitHeight, compareTile.implicitHeight)
        callback: true
        heading: qsTr("Ask us to call you")
        detail: qsTr("We can call you later to answer your questions.")
        onClicked: root.openCallUs()
    }
}
