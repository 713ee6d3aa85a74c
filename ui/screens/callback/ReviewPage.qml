// Call-back step 5: what will be sent, and the button that sends it.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Column {
    id: root
    signal change()
    signal submitted(bool stored)   // stored: CallbackForm kept the request safely

    function topicTitle(id) {
        return Procedures.details(id, Language.current).title || id
    }
    function languageName(code) {
        const found = Language.languages.find(l => l.code === code)
        return found ? found.name : code
    }

    spacing: Theme.spacing
    Heading {
        text: qsTr("Please check your request")
        font.pixelSize: Theme.fontTitle
    }
    Repeater {
        model: [
            { label: qsTr("Phone"), value: CallbackForm.reviewPhone },
            { label: qsTr("Name"), value: CallbackForm.name.trim() || qsTr("(not given)") },
            { label: qsTr("Best time"), value: Words.bestTime(CallbackForm.bestTime) },
            { label: qsTr("Language"), value: root.languageName(CallbackForm.contactLanguage) },
            { label: qsTr("Topics"), value: CallbackForm.topics.length
                ? CallbackForm.topics.map(t => t === "overview" ? qsTr("Something else") : root.topicTitle(t)).join(", ")
                : qsTr("General questions") }
        ]
        delegate: Row {
            id: line
            required property var modelData
            spacing: Theme.spacing
            BodyText {
                width: Theme.px(300)
                text: line.modelData.label
                font.pixelSize: Theme.fontLead
                color: Theme.textMuted
            }
            BodyText {
                objectName: "review-" + line.modelData.label
                width: root.width - Theme.px(340)
                wrapMode: Text.WordWrap
                text: line.modelData.value
                font.pixelSize: Theme.fontLead
                font.bold: true
            }
        }
    }
    Row {
        spacing: Theme.spacing
        KioskButton {
            objectName: "reviewChange"
            width: Theme.px(460)
            text: qsTr("Change something")
            kind: "secondary"
            fontSize: Theme.fontLead
            onClicked: root.change()
        }
        KioskButton {
            objectName: "sendRequest"
            width: Theme.px(460)
            text: qsTr("Send my request")
            kind: "callback"
            fontSize: Theme.fontLead
            onClicked: root.submitted(CallbackForm.submit())
        }
    }
}
