// Staff sign-in: tap your name, then type your own PIN on the keypad.
// The PIN itself lives in Staff (Python); this page shows only its length.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Item {
    id: root

    property string member: ""          // the name picked, "" while choosing
    property string message: ""         // the last sign-in outcome, in words

    function reset() {
        member = ""
        message = ""
    }

    BodyText {
        objectName: "noStaffAccounts"
        visible: !Staff.hasAccounts
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.margin
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("No staff accounts yet. Clinic IT creates the first one on this computer with:\n\nkiosk staff add YOUR-NAME --admin")
        font.pixelSize: Theme.fontLead
    }

    // Who are you?
    Column {
        visible: Staff.hasAccounts && root.member === ""
        anchors.centerIn: parent
        spacing: Theme.spacing
        Heading {
            text: qsTr("Tap your name")
            font.pixelSize: Theme.fontTitle
        }
        Flow {
            width: Math.min(Theme.px(1400), root.width - 2 * Theme.margin)
            spacing: Theme.spacing
            Repeater {
                model: Staff.members
                delegate: KioskButton {
                    required property var modelData
                    objectName: "member-" + modelData.name
                    // One size for every name, so a long one does not make the
                    // buttons uneven: room for two lines.
                    width: Theme.px(420)
                    height: Theme.px(150)
                    text: modelData.locked ? qsTr("%1 (locked)").arg(modelData.name) : modelData.name
                    kind: "secondary"
                    onClicked: {
                        root.member = modelData.name
                        root.message = ""
                        Staff.clearPin()
                    }
                }
            }
        }
    }

    // Your PIN.
    Row {
        visible: Staff.hasAccounts && root.member !== ""
        anchors.centerIn: parent
        spacing: Theme.margin * 2
        Column {
            spacing: Theme.spacing
            width: Theme.px(700)
            Heading {
                text: qsTr("PIN for %1").arg(root.member)
                font.pixelSize: Theme.fontTitle
            }
            Rectangle {
                width: parent.width
                height: Theme.px(110)
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.px(3)
                border.color: Theme.primary
                Text {
                    objectName: "pinDots"
                    anchors.centerIn: parent
                    textFormat: Text.PlainText
                    text: "●".repeat(Staff.pinLength)
                    font.pixelSize: Theme.fontTitle
                    color: Theme.text
                }
            }
            BodyText {
                objectName: "staffMessage"
                width: parent.width
                wrapMode: Text.WordWrap
                visible: text !== ""
                text: root.message
                font.bold: true
                color: Theme.problem
            }
            Row {
                spacing: Theme.spacing
                KioskButton {
                    objectName: "pinBack"
                    text: "‹  " + qsTr("Back")
                    kind: "secondary"
                    onClicked: {
                        root.member = ""
                        Staff.clearPin()
                    }
                }
                KioskButton {
                    objectName: "pinEnter"
                    width: Theme.px(300)
                    text: qsTr("Sign in")
                    onClicked: {
                        const result = Staff.signIn(root.member)
                        if (result.ok)
                            root.message = ""
                        else if (result.locked)
                            root.message = qsTr("This account is locked. Ask an administrator, or IT: kiosk staff unlock NAME")
                        else if (result.waitSeconds > 0)
                            root.message = qsTr("Too many wrong PINs. Please wait %1 and try again.").arg(Words.seconds(result.waitSeconds))
                        else if (result.retryAfter > 0)
                            root.message = qsTr("That PIN is not right. Please wait %1 before you try again.").arg(Words.seconds(result.retryAfter))
                        else
                            root.message = qsTr("That PIN is not right. Please try again.")
                    }
                }
            }
        }
        Keypad {
            onDigit: value => Staff.pressPinDigit(value)
            onErase: Staff.deletePinDigit()
        }
    }
}
