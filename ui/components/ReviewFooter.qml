// Who checked this text and when, and what it is not: on every procedure screen.
// A draft says plainly that no doctor has reviewed it yet. Above the stamp, on
// the procedure screens, the one thing to do when feeling unwell while waiting.
import QtQuick
import ui

Rectangle {
    id: root

    property string reviewedBy: ""
    property string reviewedOn: ""
    property bool reviewDraft: false
    property string nextReview: ""
    property bool showUnwell: true

    // The whole stamp as one sentence list, so a test (and a screen reader) reads it at once.
    readonly property string stamp: {
        let words = root.reviewDraft
                ? qsTr("Draft — not yet reviewed by a doctor.")
                : qsTr("Reviewed by %1 on %2.").arg(root.reviewedBy).arg(root.reviewedOn)
        if (root.nextReview !== "")
            words += " " + qsTr("Next review by %1.").arg(root.nextReview)
        return words + " "
                + qsTr("This is general information, not medical advice. Your care team will tell you what is right for you.")
    }

    implicitHeight: lines.implicitHeight + 2 * Theme.px(16)
    color: Theme.note

    Column {
        id: lines
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.px(6)

        Caption {
            objectName: "unwellLine"
            visible: root.showUnwell
            width: parent.width
            wrapMode: Text.WordWrap
            font.bold: true
            color: Theme.problem
            text: qsTr("If you feel unwell while you wait, tell the front desk now.")
        }
        Caption {
            id: footerText
            objectName: "reviewStamp"
            width: parent.width
            wrapMode: Text.WordWrap
            text: root.stamp
        }
    }
}
