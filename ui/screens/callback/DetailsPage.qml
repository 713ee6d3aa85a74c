// Call-back step 3: when to call, in which language, about what.
import QtQuick
import Kiosk
import ui

Column {
    id: root
    signal next()
    // Audio mode (Speech): each question with its choices.
    readonly property string spokenText: [
        timeQuestion.text, CallbackForm.bestTimes.map(time => Words.bestTime(time)).join(", "),
        languageQuestion.text, Language.languages.map(language => language.name).join(", "),
        topicQuestion.text,
        Array.from({ length: topicChoices.count }, (_, i) => (topicChoices.itemAt(i) as KioskButton)?.text ?? "").join(", ")
    ].join("\n")

    spacing: Theme.spacing

    Heading {
        id: timeQuestion
        width: root.width
        wrapMode: Text.WordWrap
        text: qsTr("When is the best time to call?")
    }
    Flow {   // wraps on a narrow (portrait) screen
        width: root.width
        spacing: Theme.spacing
        Repeater {
            model: CallbackForm.bestTimes
            delegate: KioskButton {
                required property string modelData
                objectName: "time-" + modelData
                width: Theme.tx(300)
                text: Words.bestTime(modelData)
                kind: "secondary"
                choice: "single"
                selected: CallbackForm.bestTime === modelData
                onClicked: CallbackForm.setBestTime(modelData)
            }
        }
    }
    Heading {
        id: languageQuestion
        width: root.width
        wrapMode: Text.WordWrap
        text: qsTr("Which language should we speak?")
    }
    Flow {   // wraps on a narrow (portrait) screen
        width: root.width
        spacing: Theme.spacing
        Repeater {
            model: Language.languages
            delegate: KioskButton {
                required property var modelData
                objectName: "contact-" + modelData.code
                width: Theme.tx(300)
                text: modelData.name
                kind: "secondary"
                choice: "single"
                selected: CallbackForm.contactLanguage === modelData.code
                onClicked: CallbackForm.setContactLanguage(modelData.code)
            }
        }
    }
    Heading {
        id: topicQuestion
        width: root.width
        wrapMode: Text.WordWrap
        text: qsTr("What would you like to talk about? Pick any.")
    }
    Flow {   // wraps on a narrow (portrait) screen
        width: root.width
        spacing: Theme.spacing
        Repeater {
            id: topicChoices
            model: Procedures
            delegate: KioskButton {
                required property string procedureId
                required property string tileTitle
                objectName: "topic-" + procedureId
                width: Theme.tx(400)
                text: procedureId === "overview" ? qsTr("Something else") : tileTitle
                kind: "secondary"
                choice: "multi"
                selected: CallbackForm.topics.indexOf(procedureId) >= 0
                onClicked: CallbackForm.toggleTopic(procedureId)
            }
        }
    }
    KioskButton {
        objectName: "detailsNext"
        width: Theme.px(360)
        text: qsTr("Next") + "  ›"
        fontSize: Theme.fontLead
        onClicked: root.next()
    }
}
