// "Aa" on the top bar: opens a small panel where a patient makes the text
// larger, raises the contrast or stills the motion, for their visit only
// (kiosk/qml/access.py; Session.startOver puts the clinic's defaults back).
// The panel covers the window; Done, or a tap outside it, closes it.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

KioskButton {
    id: root
    objectName: "aaButton"
    text: "Aa"
    kind: "secondary"
    selected: panel.visible
    fontSize: Theme.fontLead
    Accessible.name: qsTr("Text size and contrast")
    onClicked: panel.open()

    Rectangle {
        id: panel
        objectName: "aaPanel"
        // Over the whole window, under the idle warning (z 10).
        parent: root.Window.contentItem
        anchors.fill: parent
        z: 8
        visible: false
        color: Theme.scrim

        function open() {
            visible = true
            firstChoice.forceActiveFocus()
        }
        function close() {
            visible = false
            root.forceActiveFocus()
        }

        MouseArea { anchors.fill: parent; onClicked: panel.close() }

        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, Theme.tx(1100))
            height: card.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.px(3)
            border.color: Theme.primary
            MouseArea { anchors.fill: parent }   // a tap on the card keeps it open

            Column {
                id: card
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                spacing: Theme.spacing

                Heading {
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: qsTr("Larger text")
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing
                    Repeater {
                        model: [
                            { scale: 1.0, label: qsTr("Normal") },
                            { scale: 1.3, label: qsTr("Larger") },
                            { scale: 1.6, label: qsTr("Largest") }
                        ]
                        delegate: KioskButton {
                            required property var modelData
                            required property int index
                            objectName: "textSize-" + index
                            text: modelData.label
                            kind: "secondary"
                            choice: "single"
                            selected: Math.abs(Access.textScale - modelData.scale) < 0.01
                            onClicked: Access.setTextScale(modelData.scale)
                            Component.onCompleted: if (index === 0) firstChoice.target = this
                            KeyNavigation.backtab: index === 0 ? done : null
                        }
                    }
                }
                KioskButton {
                    objectName: "highContrast"
                    width: parent.width
                    text: qsTr("High contrast")
                    kind: "secondary"
                    choice: "multi"
                    selected: Access.highContrast
                    onClicked: Access.setHighContrast(!Access.highContrast)
                }
                KioskButton {
                    objectName: "lessMotion"
                    width: parent.width
                    text: qsTr("Less motion")
                    kind: "secondary"
                    choice: "multi"
                    selected: Access.reduceMotion
                    onClicked: Access.setLessMotion(!Access.lessMotion)
                }
                KioskButton {
                    id: done
                    objectName: "aaDone"
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: qsTr("Done")
                    fontSize: Theme.fontLead
                    onClicked: panel.close()
                    // The focus ring stays inside the panel while it is open.
                    KeyNavigation.tab: firstChoice.target
                }
            }
        }

        // The first choice (made by the Repeater): where the focus starts.
        QtObject {
            id: firstChoice
            property Item target: null
            function forceActiveFocus() { if (target) target.forceActiveFocus() }
        }
    }
}
