// Call-back step 2: a first name, optional, on a keyboard below the field.
import QtQuick
import Kiosk
import ui

Column {
    id: root
    signal next()
    // Audio mode (Speech): the question, and an error with it when one shows.
    readonly property string spokenText: question.text + "\n" + root.nameMessage(CallbackForm.nameProblem)

    function nameMessage(code) {
        switch (code) {
        case "too_long": return qsTr("Please use %1 letters or fewer.").arg(CallbackForm.nameMaxLength)
        case "not_printable": return qsTr("Please use letters only.")
        default: return ""
        }
    }

    // From a keyboard: letters (and space, hyphen, apostrophe), Backspace,
    // and Enter for Next (Skip).
    function typeKey(event) {
        if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            CallbackForm.deleteChar()
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            if (CallbackForm.checkName()) root.next()
        } else if (event.text.length === 1
                   && (event.text.toUpperCase() !== event.text.toLowerCase() || " '-".includes(event.text))) {
            // Capital at the start of each part, as the on-screen keys do.
            CallbackForm.typeText(letters.capital ? event.text.toUpperCase() : event.text)
        } else {
            return
        }
        event.accepted = true
    }

    spacing: Theme.spacing
    Heading {
        id: question
        width: parent.width
        wrapMode: Text.WordWrap
        text: qsTr("What should we call you? You can skip this.")
    }
    Row {
        spacing: Theme.spacing
        Rectangle {
            width: Math.min(Theme.px(900), root.width - nameNext.width - Theme.spacing)
            height: Theme.px(100)
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.px(3)
            border.color: CallbackForm.nameProblem ? Theme.problem : Theme.primary
            BodyText {
                objectName: "nameField"
                anchors.verticalCenter: parent.verticalCenter
                x: Theme.px(28)
                width: parent.width - Theme.px(56)
                elide: Text.ElideLeft
                text: CallbackForm.name
                font.pixelSize: Theme.fontTitle
            }
        }
        KioskButton {
            id: nameNext
            objectName: "nameNext"
            width: Theme.px(Theme.portrait ? 300 : 380)
            height: Theme.px(100)
            text: (CallbackForm.name.trim() === "" ? qsTr("Skip") : qsTr("Next")) + "  ›"
            fontSize: Theme.fontLead
            onClicked: if (CallbackForm.checkName()) root.next()
        }
    }
    BodyText {
        objectName: "nameProblem"
        visible: text !== ""
        text: root.nameMessage(CallbackForm.nameProblem)
        font.bold: true
        color: Theme.problem
    }
    Keyboard {
        id: letters
        width: root.width
        // A new part of the name starts after a space, hyphen or apostrophe:
        // "Ana-María", "O'Brien".
        capital: CallbackForm.name === "" || /[ '\-]$/.test(CallbackForm.name)
        onTyped: text => CallbackForm.typeText(text)
        onErase: CallbackForm.deleteChar()
    }
}
