// Staff, administrators only: unlock accounts, and read the audit log and its check.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Flickable {
    id: root
    signal back()

    contentHeight: adminColumn.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    Column {
        id: adminColumn
        width: parent.width
        spacing: Theme.spacing

        KioskButton {
            objectName: "adminBack"
            text: "‹  " + qsTr("Back to the list")
            kind: "secondary"
            onClicked: root.back()
        }
        Heading {
            text: qsTr("Locked accounts")
        }
        BodyText {
            visible: !Staff.members.some(m => m.locked)
            text: qsTr("None.")
            color: Theme.textMuted
        }
        Flow {
            width: parent.width
            spacing: Theme.spacing
            Repeater {
                model: Staff.members.filter(m => m.locked)
                delegate: KioskButton {
                    required property var modelData
                    objectName: "unlock-" + modelData.name
                    text: qsTr("Unlock %1").arg(modelData.name)
                    onClicked: Staff.unlockMember(modelData.name)
                }
            }
        }
        Heading {
            text: qsTr("Audit log (latest 50)")
        }
        BodyText {
            objectName: "auditCheck"
            // Checked again each time the page is shown.
            readonly property string problem: root.visible ? Staff.auditCheck() : ""
            width: parent.width
            wrapMode: Text.WordWrap
            text: problem === "" ? qsTr("The log is intact: no row was changed or removed.")
                                 : qsTr("The log was changed: %1. Tell IT.").arg(problem)
            font.bold: true
            color: problem === "" ? Theme.text : Theme.problem
        }
        Repeater {
            model: root.visible ? Staff.auditRows() : []
            delegate: BodyText {
                required property var modelData
                objectName: "auditEntry"
                width: adminColumn.width
                wrapMode: Text.WordWrap
                text: modelData.at + "   " + Words.auditEntry(modelData)
            }
        }
    }
}
