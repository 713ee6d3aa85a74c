// Call-back step 4: consent, unticked until the patient ticks it (R13).
import QtQuick
import Kiosk
import ui

Column {
    id: root
    signal next()

    spacing: Theme.spacing * 1.5
    Heading {
        text: qsTr("May we call you?")
        font.pixelSize: Theme.fontTitle
    }
    CheckBox {
        objectName: "consentBox"
        width: parent.width
        text: CallbackForm.consentText
        checked: CallbackForm.consentGiven
        onToggled: checked => CallbackForm.setConsent(checked)
    }
    Rectangle {
        width: parent.width
        height: privacy.implicitHeight + 2 * Theme.px(20)
        radius: Theme.radius
        color: Theme.note
        Caption {
            id: privacy
            objectName: "privacyNote"
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.px(28)
            wrapMode: Text.WordWrap
            text: CallbackForm.privacyText
        }
    }
    KioskButton {
        objectName: "consentNext"
        width: Theme.px(360)
        enabled: CallbackForm.consentGiven
        text: qsTr("Next") + "  ›"
        fontSize: Theme.fontLead
        onClicked: root.next()
    }
    BodyText {
        visible: !CallbackForm.consentGiven
        text: qsTr("Tick the box to go on.")
        color: Theme.textMuted
    }
}
