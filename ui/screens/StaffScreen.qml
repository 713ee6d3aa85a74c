// The front desk's screens, over everything: sign in with your own PIN, then
// the call-back list, its counts, exports and the last 30 days at a glance.
// Opened by the hidden gesture on the welcome screen; "Lock" or the idle
// timeout closes it and the patient side starts over. This file holds the
// bar and switches pages; each page is a file in ui/screens/staff/.
import QtQuick
import Kiosk
import ui

Rectangle {
    id: root
    objectName: "staffScreen"
    color: Theme.background

    property string page: "dashboard"   // once signed in: dashboard | export | admin

    // Main.qml destroys this screen when staff mode closes; forget all the
    // same in case it lingers for a frame.
    Connections {
        target: Staff
        function onOpenChanged() {
            if (!Staff.open) {
                root.page = "dashboard"
                signIn.reset()
                dashboard.reset()
                exportPage.reset()
            }
        }
    }

    // Nothing of the patient screens underneath may react (a MouseArea takes
    // the press; a bare TapHandler would only watch).
    MouseArea { anchors.fill: parent }

    Rectangle {
        id: bar
        width: parent.width
        // Portrait: the name on one line, the buttons under it.
        height: Theme.portrait ? title.height + actions.height + 3 * Theme.spacing : Theme.topBarHeight
        color: Theme.primary
        Heading {
            id: title
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            y: Theme.portrait ? Theme.spacing : (parent.height - height) / 2
            text: Staff.signedIn ? qsTr("Staff: %1").arg(Staff.staffName) : qsTr("Staff sign-in")
            color: Theme.textOnPrimary
        }
        Flow {
            id: actions
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            // Portrait: as wide as the bar, the buttons wrapping from the right.
            width: Theme.portrait ? parent.width - 2 * Theme.margin
                                  : parent.width - title.width - 3 * Theme.margin
            layoutDirection: Qt.RightToLeft   // so Lock stays at the right edge
            y: Theme.portrait ? title.y + title.height + Theme.spacing : (parent.height - height) / 2
            spacing: Theme.spacing
            KioskButton {
                objectName: "staffLock"
                text: Staff.signedIn ? qsTr("Lock") : qsTr("Close")
                kind: "secondary"
                onClicked: Staff.lock()
            }
            KioskButton {
                objectName: "staffAdmin"
                visible: Staff.signedIn && Staff.isAdmin
                text: qsTr("Accounts and audit log")
                kind: "secondary"
                onClicked: root.page = "admin"
            }
            KioskButton {
                objectName: "staffExport"
                visible: Staff.signedIn
                text: qsTr("Export the list")
                kind: "secondary"
                onClicked: {
                    root.page = "export"
                    Staff.refreshDestinations()
                }
            }
        }
    }

    SignInPage {
        id: signIn
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        visible: !Staff.signedIn
    }
    DashboardPage {
        id: dashboard
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        visible: Staff.signedIn && root.page === "dashboard"
    }
    ExportPage {
        id: exportPage
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        visible: Staff.signedIn && root.page === "export"
        onBack: root.page = "dashboard"
    }
    AdminPage {
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        visible: Staff.signedIn && root.page === "admin"
        onBack: root.page = "dashboard"
    }
}
