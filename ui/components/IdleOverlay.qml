// "Are you still there?" Shown when nobody has touched the screen for a while.
// Any touch anywhere cancels it (the app-wide idle filter sees every tap).
import QtQuick
import Kiosk
import ui

Rectangle {
    id: root
    color: Theme.scrim
    visible: Idle.warning
    opacity: visible ? 1 : 0
    // Audio mode (Speech): the warning aloud, once, when it appears.
    onVisibleChanged: if (visible) Speech.echo(question.text + "\n" + reason.text)

    // Nothing underneath may react while this shows (a TapHandler would only
    // watch passively; a MouseArea takes the press). The dismissing touch
    // itself is swallowed by kiosk.qml.idle.ActivityFilter.
    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1100))
        height: card.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: card
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 1.5

            Heading {
                id: question
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Are you still there?")
                font.pixelSize: Theme.fontTitle
            }
            BodyText {
                id: reason
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                objectName: "idleReason"
                text: Staff.open ? qsTr("Staff mode will lock soon, to keep the list private.")
                                 : qsTr("To keep your information private, this screen will start over soon.")
            }
            Heading {
                objectName: "idleCountdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: Words.seconds(Idle.secondsLeft)
                font.pixelSize: Theme.fontDisplay
                color: Theme.primary
            }
            KioskButton {
                objectName: "stillHereButton"
                anchors.horizontalCenter: parent.horizontalCenter
                text: Staff.open ? qsTr("Keep working") : qsTr("Yes, I am still here")
                fontSize: Theme.fontLead
                onClicked: Idle.stillHere()
            }
        }
    }
}
