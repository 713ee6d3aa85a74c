// Call-back step 1: the phone number, on a keypad. The number itself lives
// in CallbackForm (Python); this page shows it and says what is wrong with it.
import QtQuick
import Kiosk
import ui

Item {
    id: root
    signal next()
    // Audio mode (Speech): the question; an error is said with it when it shows.
    readonly property string spokenText: question.text

    function phoneMessage(code) {
        switch (code) {
        case "empty": return qsTr("Please type your phone number.")
        case "too_short": return qsTr("This number is too short. Please include the area code.")
        case "too_long": return qsTr("This number is too long. Please check it.")
        case "not_a_number": return qsTr("Please use numbers only.")
        case "toll_free": return qsTr("Please give a number that reaches you, not a toll-free number.")
        case "premium": return qsTr("Please give your own phone number.")
        case "emergency": return qsTr("This is an emergency number. If you need help now, please tell the front desk.")
        // Say which numbers are accepted, never that the patient is foreign.
        case "not_local": return qsTr("We can call numbers that start with %1. Please check the number.").arg(CallbackForm.acceptedCodes)
        case "": return ""
        default: return qsTr("This does not look like a phone number. Please check it.")
        }
    }

    // From a number pad or keyboard: digits, Backspace (or Delete), and Enter for Next.
    function typeKey(event) {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            CallbackForm.pressDigit(String(event.key - Qt.Key_0))
        } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            CallbackForm.deleteDigit()
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            if (CallbackForm.checkPhone()) root.next()
        } else {
            return
        }
        event.accepted = true
    }

    // Landscape: the question and field on the left, the keypad on the
    // right. Portrait: the keypad right under the field it types into.
    Column {
        width: Theme.portrait ? parent.width : parent.width * 0.5
        spacing: Theme.spacing * 1.5
        Heading {
            id: question
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("What number should we call?")
            font.pixelSize: Theme.fontTitle
        }
        Rectangle {
            width: parent.width
            height: Theme.px(120)
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.px(3)
            border.color: CallbackForm.phoneProblem ? Theme.problem : Theme.primary
            Heading {
                objectName: "phoneField"
                anchors.verticalCenter: parent.verticalCenter
                x: Theme.px(32)
                text: CallbackForm.phoneDisplay
                font.pixelSize: Theme.px(64)
            }
        }
        Item {
            id: keypadSlot
            visible: Theme.portrait
            width: parent.width
            height: keypad.height
        }
        BodyText {
            id: problem
            objectName: "phoneProblem"
            width: parent.width
            // Room for two lines whether or not there is a message, so
            // the Next button below never moves under a finger.
            height: Theme.px(90)
            wrapMode: Text.WordWrap
            text: root.phoneMessage(CallbackForm.phoneProblem)
            font.bold: true
            color: Theme.problem
            onTextChanged: if (problem.text !== "") Speech.say(root.spokenText + "\n" + problem.text)
        }
        KioskButton {
            objectName: "phoneNext"
            width: Theme.px(360)
            text: qsTr("Next") + "  ›"
            fontSize: Theme.fontLead
            onClicked: {
                if (!CallbackForm.checkPhone())
                    return
                // Only where the clinic's audio is private (Speech withholds it otherwise).
                Speech.numberEntered(qsTr("Number entered, ending in %1."), CallbackForm.phoneDisplay)
                root.next()
            }
        }
    }
    Keypad {
        id: keypad
        parent: Theme.portrait ? keypadSlot : root
        x: Theme.portrait ? (parent.width - width) / 2 : parent.width - width - Theme.margin * 2
        y: Theme.portrait ? 0 : (parent.height - height) / 2
        onDigit: value => {
            CallbackForm.pressDigit(value)
            Speech.echoDigit(value, qsTr("Digit entered"))   // the digit itself only with private audio
        }
        onErase: {
            CallbackForm.deleteDigit()
            Speech.echo(qsTr("Deleted"))
        }
    }
}
