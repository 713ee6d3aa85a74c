// How to reach the clinic: tell the front desk, or call the clinic's number.
import QtQuick
import Kiosk
import ui

Rectangle {
    id: root
    objectName: "callUsScreen"
    color: Theme.background
    signal goHome()

    TopBar {
        id: bar
        anchors.top: parent.top
        width: parent.width
        title: qsTr("Ask us to call you")
        onHomeClicked: root.goHome()
    }

    Column {
        anchors.top: bar.bottom
        anchors.topMargin: Theme.margin * 2
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 4 * Theme.margin, Theme.px(1300))
        spacing: Theme.margin

        Text {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("We are happy to talk with you about your treatment.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Text {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Please tell the front desk that you would like a call. They will write down the best number and time to reach you.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLead
            lineHeight: 1.2
            color: Theme.text
        }
        Text {
            visible: Clinic.phone !== ""
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("You can also call us at %1.").arg(Clinic.phone)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLead
            font.bold: true
            color: Theme.primary
        }
        KioskButton {
            text: qsTr("Back to the topics")
            onClicked: root.goHome()
        }
    }
}
