// Call-back step 2 of 2: what will be sent, each line with its own "Change",
// the consent tick (unticked until the patient ticks it, R13) and Send.
// The optional answers (name, best time, language, topics) start with
// sensible defaults, so a patient who only wants a call taps the tick and
// Send; "Change" opens that answer's page, whose Next comes back here.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Item {
    id: root
    signal change(string page)      // "phone" | "name" | "details"
    signal submitted(bool stored)   // stored: CallbackForm kept the request safely

    // Side by side when there is room, one above the other on a portrait stand.
    readonly property bool stacked: width < Theme.px(1500)
    readonly property int columnWidth: stacked ? width : (width - Theme.margin) / 2

    // Audio mode (Speech): every answer but the phone number (never aloud in a
    // waiting room), then the consent and what is missing.
    readonly property string spokenText: [reviewTitle.text]
        .concat(rows.model.filter(row => row.key !== "Phone").map(row => row.label + ": " + row.value))
        .concat([CallbackForm.consentText, CallbackForm.consentGiven ? sendButton.text : sendHint.text])
        .join("\n")

    function topicTitle(id) {
        return Procedures.details(id, Language.current).title || id
    }
    function languageName(code) {
        const found = Language.languages.find(l => l.code === code)
        return found ? found.name : code
    }

    Column {
        id: answers
        width: root.columnWidth
        spacing: Theme.px(12)
        Heading {
            id: reviewTitle
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Please check your request")
            font.pixelSize: Theme.fontTitle
        }
        Repeater {
            id: rows
            model: [
                { key: "Phone", label: qsTr("Phone"), page: "phone", value: CallbackForm.reviewPhone },
                { key: "Name", label: qsTr("Name"), page: "name",
                  value: CallbackForm.name.trim() || qsTr("(not given)") },
                { key: "Time", label: qsTr("Best time"), page: "details",
                  value: Words.bestTime(CallbackForm.bestTime) },
                { key: "Language", label: qsTr("Language"), page: "details",
                  value: root.languageName(CallbackForm.contactLanguage) },
                { key: "Topics", label: qsTr("Topics"), page: "details", value: CallbackForm.topics.length
                    ? CallbackForm.topics.map(t => t === "overview" ? qsTr("Something else") : root.topicTitle(t)).join(", ")
                    : qsTr("General questions") }
            ]
            delegate: Rectangle {
                id: line
                required property var modelData
                width: answers.width
                height: Math.max(change.height, words.implicitHeight) + Theme.px(16)
                color: Theme.surface
                radius: Theme.radius
                Column {
                    id: words
                    x: Theme.px(20)
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - change.width - Theme.px(52)
                    BodyText {
                        width: parent.width
                        text: line.modelData.label
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    BodyText {
                        objectName: "review-" + line.modelData.key
                        width: parent.width
                        wrapMode: Text.WordWrap
                        text: line.modelData.value
                        font.pixelSize: Theme.fontLead
                        font.bold: true
                    }
                }
                KioskButton {
                    id: change
                    objectName: "change-" + line.modelData.key
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.px(8)
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.px(220)
                    text: line.modelData.key === "Name" && !CallbackForm.name.trim()
                          ? qsTr("Add") : qsTr("Change")
                    kind: "secondary"
                    onClicked: root.change(line.modelData.page)
                }
            }
        }
    }

    Column {
        id: sending
        width: root.columnWidth
        x: root.stacked ? 0 : root.columnWidth + Theme.margin
        y: root.stacked ? answers.height + Theme.spacing * 1.5 : 0
        spacing: Theme.spacing
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
            id: sendButton
            objectName: "sendRequest"
            width: Math.min(parent.width, Theme.px(560))
            enabled: CallbackForm.consentGiven
            text: qsTr("Send my request")
            kind: "callback"
            fontSize: Theme.fontLead
            onClicked: root.submitted(CallbackForm.submit())
        }
        BodyText {
            id: sendHint
            objectName: "sendHint"
            width: parent.width
            wrapMode: Text.WordWrap
            visible: !CallbackForm.consentGiven
            text: qsTr("Tick the box to send.")
            color: Theme.textMuted
        }
    }
}
