// "Ask us to call you": a few big steps, one question each, then a review.
// All typing goes to CallbackForm (Python) through the on-screen keypad and
// keyboard; this screen only shows pages and words. "Thank you" appears
// only after CallbackForm.submit() says the request is safely stored.
import QtQuick
import Kiosk
import ui

Rectangle {
    id: root
    objectName: "callbackScreen"
    color: Theme.background

    property string topic: ""     // the procedure the patient came from, if any
    signal goHome()

    // phone | name | details | consent | review | thanks | failed
    property string page: CallbackForm.available ? "phone" : "failed"
    readonly property var pages: ["phone", "name", "details", "consent", "review"]
    readonly property int pageIndex: pages.indexOf(page)

    Component.onCompleted: CallbackForm.start(topic)
    Connections {
        target: CallbackForm
        // Wiped (language change, start over): begin again at the first question.
        function onCleared() {
            if (root.page !== "thanks" && root.page !== "failed")
                root.page = "phone"
        }
    }

    function phoneMessage(code) {
        switch (code) {
        case "empty": return qsTr("Please type your phone number.")
        case "too_short": return qsTr("This number is too short. Please include the area code.")
        case "too_long": return qsTr("This number is too long. Please check it.")
        case "not_a_number": return qsTr("Please use numbers only.")
        case "toll_free": return qsTr("Please give a number that reaches you, not a toll-free number.")
        case "premium": return qsTr("Please give your own phone number.")
        case "emergency": return qsTr("This is an emergency number. If you need help now, please tell the front desk.")
        case "not_local": return qsTr("Please give a phone number from this country.")
        case "": return ""
        default: return qsTr("This does not look like a phone number. Please check it.")
        }
    }
    function nameMessage(code) {
        switch (code) {
        case "too_long": return qsTr("Please use 50 letters or fewer.")
        case "not_printable": return qsTr("Please use letters only.")
        default: return ""
        }
    }
    function topicTitle(id) {
        return Procedures.details(id, Language.current).title || id
    }
    function languageName(code) {
        const found = Language.languages.find(l => l.code === code)
        return found ? found.name : code
    }

    TopBar {
        id: bar
        anchors.top: parent.top
        width: parent.width
        title: qsTr("Ask us to call you")
        onHomeClicked: root.goHome()
    }

    // Where the patient is, and a way back one question.
    Row {
        id: progress
        visible: root.pageIndex >= 0
        anchors.top: bar.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        spacing: Theme.spacing
        KioskButton {
            objectName: "formBack"
            text: "‹  " + qsTr("Back")
            kind: "secondary"
            enabled: root.pageIndex > 0
            onClicked: root.page = root.pages[root.pageIndex - 1]
        }
        StepIndicator {
            anchors.verticalCenter: parent.verticalCenter
            count: root.pages.length
            current: Math.max(0, root.pageIndex)
        }
    }

    Item {
        id: body
        anchors.top: progress.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin

        // 1. The phone number, on a keypad.
        Item {
            anchors.fill: parent
            visible: root.page === "phone"
            Column {
                width: parent.width * 0.5
                spacing: Theme.spacing * 1.5
                Text {
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: qsTr("What number should we call?")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                Rectangle {
                    width: parent.width
                    height: Theme.px(120)
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.px(3)
                    border.color: CallbackForm.phoneProblem ? Theme.problem : Theme.primary
                    Text {
                        objectName: "phoneField"
                        anchors.verticalCenter: parent.verticalCenter
                        x: Theme.px(32)
                        text: CallbackForm.phoneDisplay
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.px(64)
                        font.bold: true
                        color: Theme.text
                    }
                }
                Text {
                    objectName: "phoneProblem"
                    width: parent.width
                    // Room for two lines whether or not there is a message, so
                    // the Next button below never moves under a finger.
                    height: Theme.px(90)
                    wrapMode: Text.WordWrap
                    text: root.phoneMessage(CallbackForm.phoneProblem)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.problem
                }
                KioskButton {
                    objectName: "phoneNext"
                    width: Theme.px(360)
                    text: qsTr("Next") + "  ›"
                    fontSize: Theme.fontLead
                    onClicked: if (CallbackForm.checkPhone()) root.page = "name"
                }
            }
            Keypad {
                anchors.right: parent.right
                anchors.rightMargin: Theme.margin * 2
                anchors.verticalCenter: parent.verticalCenter
                onDigit: value => CallbackForm.pressDigit(value)
                onErase: CallbackForm.deleteDigit()
            }
        }

        // 2. A first name, optional, on a keyboard below the field.
        Column {
            anchors.fill: parent
            visible: root.page === "name"
            spacing: Theme.spacing
            Text {
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("What should we call you? You can skip this.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            Row {
                spacing: Theme.spacing
                Rectangle {
                    width: Theme.px(900)
                    height: Theme.px(100)
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.px(3)
                    border.color: CallbackForm.nameProblem ? Theme.problem : Theme.primary
                    Text {
                        objectName: "nameField"
                        anchors.verticalCenter: parent.verticalCenter
                        x: Theme.px(28)
                        width: parent.width - Theme.px(56)
                        elide: Text.ElideLeft
                        text: CallbackForm.name
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        color: Theme.text
                    }
                }
                KioskButton {
                    objectName: "nameNext"
                    width: Theme.px(380)
                    height: Theme.px(100)
                    text: (CallbackForm.name.trim() === "" ? qsTr("Skip") : qsTr("Next")) + "  ›"
                    fontSize: Theme.fontLead
                    onClicked: if (CallbackForm.checkName()) root.page = "details"
                }
            }
            Text {
                objectName: "nameProblem"
                visible: text !== ""
                text: root.nameMessage(CallbackForm.nameProblem)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.problem
            }
            Keyboard {
                anchors.horizontalCenter: parent.horizontalCenter
                capital: CallbackForm.name === "" || CallbackForm.name.endsWith(" ")
                onTyped: text => CallbackForm.typeText(text)
                onErase: CallbackForm.deleteChar()
            }
        }

        // 3. When, in which language, about what.
        Column {
            anchors.fill: parent
            visible: root.page === "details"
            spacing: Theme.spacing

            Text {
                text: qsTr("When is the best time to call?")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            Row {
                spacing: Theme.spacing
                Repeater {
                    model: ["morning", "afternoon", "evening", "any"]
                    delegate: KioskButton {
                        required property string modelData
                        objectName: "time-" + modelData
                        width: Theme.px(300)
                        text: Words.bestTime(modelData)
                        kind: "secondary"
                        selected: CallbackForm.bestTime === modelData
                        onClicked: CallbackForm.setBestTime(modelData)
                    }
                }
            }
            Text {
                text: qsTr("Which language should we speak?")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            Row {
                spacing: Theme.spacing
                Repeater {
                    model: Language.languages
                    delegate: KioskButton {
                        required property var modelData
                        objectName: "contact-" + modelData.code
                        width: Theme.px(300)
                        text: modelData.name
                        kind: "secondary"
                        selected: CallbackForm.contactLanguage === modelData.code
                        onClicked: CallbackForm.setContactLanguage(modelData.code)
                    }
                }
            }
            Text {
                text: qsTr("What would you like to talk about? Pick any.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            Row {
                spacing: Theme.spacing
                Repeater {
                    model: Procedures
                    delegate: KioskButton {
                        required property string procedureId
                        required property string tileTitle
                        objectName: "topic-" + procedureId
                        width: Theme.px(400)
                        text: procedureId === "overview" ? qsTr("Something else") : tileTitle
                        kind: "secondary"
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
                onClicked: root.page = "consent"
            }
        }

        // 4. Consent, unticked until the patient ticks it (R13).
        Column {
            anchors.fill: parent
            visible: root.page === "consent"
            spacing: Theme.spacing * 1.5
            Text {
                text: qsTr("May we call you?")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
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
                Text {
                    id: privacy
                    objectName: "privacyNote"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.px(28)
                    wrapMode: Text.WordWrap
                    text: CallbackForm.privacyText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
            }
            KioskButton {
                objectName: "consentNext"
                width: Theme.px(360)
                enabled: CallbackForm.consentGiven
                text: qsTr("Next") + "  ›"
                fontSize: Theme.fontLead
                onClicked: root.page = "review"
            }
            Text {
                visible: !CallbackForm.consentGiven
                text: qsTr("Tick the box to go on.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }

        // 5. What will be sent.
        Column {
            anchors.fill: parent
            visible: root.page === "review"
            spacing: Theme.spacing
            Text {
                text: qsTr("Please check your request")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
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
                    required property var modelData
                    spacing: Theme.spacing
                    Text {
                        width: Theme.px(300)
                        text: parent.modelData.label
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLead
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "review-" + parent.modelData.label
                        width: body.width - Theme.px(340)
                        wrapMode: Text.WordWrap
                        text: parent.modelData.value
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLead
                        font.bold: true
                        color: Theme.text
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
                    onClicked: root.page = "phone"
                }
                KioskButton {
                    objectName: "sendRequest"
                    width: Theme.px(460)
                    text: qsTr("Send my request")
                    kind: "callback"
                    fontSize: Theme.fontLead
                    onClicked: root.page = CallbackForm.submit() ? "thanks" : "failed"
                }
            }
        }

        // After sending: thanks, or the front desk if it could not be stored.
        Column {
            anchors.centerIn: parent
            width: Math.min(parent.width, Theme.px(1400))
            visible: root.page === "thanks" || root.page === "failed"
            spacing: Theme.margin

            Text {
                objectName: "outcomeTitle"
                width: parent.width
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                text: root.page === "thanks"
                      ? qsTr("Thank you. The clinic will call you.")
                      : qsTr("Please ask at the front desk.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primary
            }
            Text {
                width: parent.width
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                text: root.page === "thanks"
                      ? qsTr("Someone from our team will call you, usually within 2 working days. If you do not hear from us, please ask at the front desk.")
                      : qsTr("We could not take your request on this screen right now. The front desk will be glad to help you and write down your number.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLead
                lineHeight: 1.2
                color: Theme.text
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: root.page === "failed" && Clinic.phone !== ""
                text: qsTr("You can also call us at %1.").arg(Clinic.phone)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLead
                font.bold: true
                color: Theme.text
            }
            KioskButton {
                objectName: "outcomeDone"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.px(360)
                text: qsTr("Done")
                fontSize: Theme.fontLead
                onClicked: Session.startOver()
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: root.page === "thanks"
                text: qsTr("This screen will start over by itself in a moment.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }
    }

    // After "thank you", go back to the start for the next patient.
    Timer {
        running: root.page === "thanks"
        interval: 20000
        onTriggered: Session.startOver()
    }
}
