// Who checked this text and when, and what it is not: on every procedure screen.
import QtQuick
import ui

Rectangle {
    id: root

    property string reviewedBy: ""
    property string reviewedOn: ""

    implicitHeight: footerText.implicitHeight + 2 * Theme.px(16)
    color: Theme.note

    Caption {
        id: footerText
        objectName: "reviewStamp"
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        wrapMode: Text.WordWrap
        text: qsTr("Reviewed by %1 on %2.").arg(root.reviewedBy).arg(root.reviewedOn) + " "
              + qsTr("This is general information, not medical advice. Your care team will tell you what is right for you.")
    }
}
