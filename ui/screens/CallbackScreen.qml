// "Ask us to call you": the number, then one review page with the consent
// tick and Send. The optional answers (name, best time, language, topics)
// have defaults and are changed from the review: "Change" opens that page
// and its Next comes back to the review, so nobody re-taps the whole form.
// All typing goes to CallbackForm (Python) through the on-screen keypad and
// keyboard; this screen only switches between its pages, one file each in
// ui/screens/callback/. "Thank you" appears only after CallbackForm.submit()
// says the request is safely stored.
import QtQuick
import Kiosk
import ui

Rectangle {
    id: root
    objectName: "callbackScreen"
    color: Theme.background

    property string topic: ""     // the procedure the patient came from, if any
    signal goHome()

    // phone | review | name | details | thanks | failed
    property string page: CallbackForm.available ? "phone" : "failed"
    // The steps every patient goes through; name and details are opened
    // from the review and count as part of it.
    readonly property var pages: ["phone", "review"]
    readonly property int pageIndex: page === "name" || page === "details" ? 1 : pages.indexOf(page)

    // Audio mode (Speech): the shown page's questions and choices, as it changes.
    readonly property string spokenText: {
        switch (page) {
        case "phone": return phonePage.spokenText
        case "name": return namePage.spokenText
        case "details": return detailsPage.spokenText
        case "review": return reviewPage.spokenText
        default: return outcomePage.spokenText
        }
    }
    onSpokenTextChanged: Speech.say(spokenText)

    Component.onCompleted: {
        CallbackForm.start(topic)
        Speech.say(bar.title + "\n" + spokenText)
    }

    // A USB number pad or keyboard types on the phone and name pages, wherever
    // the focus ring is (keys a control does not use come up to here).
    focus: true
    Keys.onPressed: event => {
        if (root.page === "phone") phonePage.typeKey(event)
        else if (root.page === "name") namePage.typeKey(event)
    }
    // The control that had the focus may be on the page just left.
    onPageChanged: root.forceActiveFocus()
    Connections {
        target: CallbackForm
        // Wiped (language change, start over): begin again at the first question.
        function onCleared() {
            if (root.page !== "thanks" && root.page !== "failed")
                root.page = "phone"
        }
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
            enabled: root.page !== "phone"
            // From a page opened by "Change", Back returns to the review.
            onClicked: root.page = root.page === "review" ? "phone" : "review"
        }
        StepIndicator {
            anchors.verticalCenter: parent.verticalCenter
            count: root.pages.length
            current: Math.max(0, root.pageIndex)
        }
    }

    // One page per question (ui/screens/callback/); only the current one shows.
    Item {
        id: body
        anchors.top: progress.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin

        PhonePage {
            id: phonePage
            anchors.fill: parent
            visible: root.page === "phone"
            onNext: root.page = "review"
        }
        NamePage {
            id: namePage
            anchors.fill: parent
            visible: root.page === "name"
            onNext: root.page = "review"
        }
        DetailsPage {
            id: detailsPage
            anchors.fill: parent
            visible: root.page === "details"
            onNext: root.page = "review"
        }
        ReviewPage {
            id: reviewPage
            anchors.fill: parent
            visible: root.page === "review"
            onChange: page => root.page = page
            onSubmitted: stored => root.page = stored ? "thanks" : "failed"
        }
        OutcomePage {
            id: outcomePage
            anchors.fill: parent
            visible: root.page === "thanks" || root.page === "failed"
            thanks: root.page === "thanks"
        }
    }

    // After "thank you", go back to the start for the next patient.
    Timer {
        running: root.page === "thanks"
        interval: 20000
        onTriggered: Session.startOver()
    }
}
