// After sending: thanks, or the front desk if the request could not be stored.
import QtQuick
import Kiosk
import ui

Item {
    id: root
    property bool thanks: false     // false: it could not be stored
    // Audio mode (Speech): the outcome and what happens next.
    readonly property string spokenText: outcomeTitle.text + "\n" + outcomeText.text

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width, Theme.px(1400))
        spacing: Theme.margin

        Heading {
            id: outcomeTitle
            objectName: "outcomeTitle"
            width: parent.width
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            text: root.thanks
                  ? qsTr("Thank you. The clinic will call you.")
                  : qsTr("Please ask at the front desk.")
            font.pixelSize: Theme.fontTitle
            color: Theme.primary
        }
        BodyText {
            id: outcomeText
            width: parent.width
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            text: root.thanks
                  ? qsTr("Someone from our team will call you, usually within 2 working days. If you do not hear from us, please ask at the front desk.")
                  : qsTr("We could not take your request on this screen right now. The front desk will be glad to help you and write down your number.")
            font.pixelSize: Theme.fontLead
            lineHeight: 1.2
        }
        BodyText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: !root.thanks && Clinic.phone !== ""
            text: qsTr("You can also call us at %1.").arg(Clinic.phone)
            font.pixelSize: Theme.fontLead
            font.bold: true
        }
        KioskButton {
            objectName: "outcomeDone"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.px(360)
            text: qsTr("Done")
            fontSize: Theme.fontLead
            onClicked: Session.startOver()
        }
        BodyText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: root.thanks
            text: qsTr("This screen will start over by itself in a moment.")
            color: Theme.textMuted
        }
    }
}
