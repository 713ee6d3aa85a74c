// After sending: thanks, or the front desk if the request could not be stored.
// Either way the clinic's number when it is set, and after thanks a QR code
// to read about the treatments at home (the overview's public page).
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
        // Beside the words in landscape, under them in portrait.
        Flow {
            width: parent.width
            spacing: Theme.margin
            BodyText {
                id: outcomeText
                objectName: "outcomeText"
                width: takeHome.visible && !Theme.portrait
                       ? parent.width - Math.max(takeHome.codeSize, Theme.px(380)) - parent.spacing
                       : parent.width
                wrapMode: Text.WordWrap
                horizontalAlignment: takeHome.visible && !Theme.portrait ? Text.AlignLeft : Text.AlignHCenter
                text: root.thanks
                      ? qsTr("Someone from our team will call you, usually within 2 working days. If you do not hear from us, please ask at the front desk.")
                      : qsTr("We could not take your request on this screen right now. The front desk will be glad to help you and write down your number.")
                font.pixelSize: Theme.fontLead
                lineHeight: 1.2
            }
            TakeHomeQr {
                id: takeHome
                width: Theme.portrait ? parent.width : Math.max(codeSize, Theme.px(380))
                visible: root.thanks && url !== ""
                topic: "overview"
            }
        }
        BodyText {
            objectName: "outcomePhone"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: Clinic.phone !== ""
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
