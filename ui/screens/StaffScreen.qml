// The front desk's screens, over everything: sign in with your own PIN, then
// the call-back list, its counts, exports and the last 30 days at a glance.
// Opened by the hidden gesture on the welcome screen; "Lock" or the idle
// timeout closes it and the patient side starts over.
import QtQuick
import Kiosk
import ui

Rectangle {
    id: root
    objectName: "staffScreen"
    color: Theme.background

    property string member: ""          // the name picked on the sign-in page
    property string message: ""         // the last sign-in or export outcome, in words
    property string filterStatus: "new"
    property int filterDays: 0
    property string openRow: ""         // the request whose number is shown in full
    property bool exporting: false
    property bool adminPage: false

    Connections {
        target: Staff
        function onOpenChanged() {
            if (!Staff.open) {
                root.member = ""
                root.message = ""
                root.openRow = ""
                root.exporting = false
                root.adminPage = false
            }
        }
    }


    // Nothing of the patient screens underneath may react (a MouseArea takes
    // the press; a bare TapHandler would only watch).
    MouseArea { anchors.fill: parent }

    Rectangle {
        id: bar
        width: parent.width
        height: Theme.topBarHeight
        color: Theme.primary
        Text {
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            text: Staff.signedIn ? qsTr("Staff: %1").arg(Staff.staffName) : qsTr("Staff sign-in")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.textOnPrimary
        }
        Row {
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacing
            KioskButton {
                objectName: "staffAdmin"
                visible: Staff.signedIn && Staff.isAdmin
                text: qsTr("Accounts and audit log")
                kind: "secondary"
                onClicked: { root.adminPage = true; root.exporting = false }
            }
            KioskButton {
                objectName: "staffExport"
                visible: Staff.signedIn
                text: qsTr("Export the list")
                kind: "secondary"
                onClicked: {
                    root.exporting = true
                    root.adminPage = false
                    Staff.refreshDestinations()
                }
            }
            KioskButton {
                objectName: "staffLock"
                text: Staff.signedIn ? qsTr("Lock") : qsTr("Close")
                kind: "secondary"
                onClicked: Staff.lock()
            }
        }
    }

    // ---------------------------------------------------------------- sign in
    Item {
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        visible: !Staff.signedIn

        Text {
            objectName: "noStaffAccounts"
            visible: !Staff.hasAccounts
            anchors.centerIn: parent
            width: parent.width - 4 * Theme.margin
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("No staff accounts yet. Clinic IT creates the first one on this computer with:\n\nkiosk staff add YOUR-NAME --admin")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLead
            color: Theme.text
        }

        // Who are you?
        Column {
            visible: Staff.hasAccounts && root.member === ""
            anchors.centerIn: parent
            spacing: Theme.spacing
            Text {
                text: qsTr("Tap your name")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Flow {
                width: Theme.px(1400)
                spacing: Theme.spacing
                Repeater {
                    model: Staff.members
                    delegate: KioskButton {
                        required property var modelData
                        objectName: "member-" + modelData.name
                        width: Theme.px(320)
                        text: modelData.locked ? qsTr("%1 (locked)").arg(modelData.name) : modelData.name
                        kind: "secondary"
                        onClicked: {
                            root.member = modelData.name
                            root.message = ""
                            Staff.clearPin()
                        }
                    }
                }
            }
        }

        // Your PIN.
        Row {
            visible: Staff.hasAccounts && root.member !== ""
            anchors.centerIn: parent
            spacing: Theme.margin * 2
            Column {
                spacing: Theme.spacing
                width: Theme.px(700)
                Text {
                    text: qsTr("PIN for %1").arg(root.member)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                Rectangle {
                    width: parent.width
                    height: Theme.px(110)
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.px(3)
                    border.color: Theme.primary
                    Text {
                        objectName: "pinDots"
                        anchors.centerIn: parent
                        text: "●".repeat(Staff.pinLength)
                        font.pixelSize: Theme.fontTitle
                        color: Theme.text
                    }
                }
                Text {
                    objectName: "staffMessage"
                    width: parent.width
                    wrapMode: Text.WordWrap
                    visible: text !== ""
                    text: root.message
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.problem
                }
                Row {
                    spacing: Theme.spacing
                    KioskButton {
                        objectName: "pinBack"
                        text: "‹  " + qsTr("Back")
                        kind: "secondary"
                        onClicked: {
                            root.member = ""
                            Staff.clearPin()
                        }
                    }
                    KioskButton {
                        objectName: "pinEnter"
                        width: Theme.px(300)
                        text: qsTr("Sign in")
                        onClicked: {
                            const result = Staff.signIn(root.member)
                            if (result.ok)
                                root.message = ""
                            else if (result.locked)
                                root.message = qsTr("This account is locked. Ask an administrator, or IT: kiosk staff unlock NAME")
                            else if (result.waitSeconds > 0)
                                root.message = qsTr("Too many wrong PINs. Please wait %1 seconds and try again.").arg(result.waitSeconds)
                            else if (result.retryAfter > 0)
                                root.message = qsTr("That PIN is not right. Please wait %1 seconds before you try again.").arg(result.retryAfter)
                            else
                                root.message = qsTr("That PIN is not right. Please try again.")
                        }
                    }
                }
            }
            Keypad {
                onDigit: value => Staff.pressPinDigit(value)
                onErase: Staff.deletePinDigit()
            }
        }
    }

    // ---------------------------------------------------------------- dashboard
    Item {
        id: dashboard
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        visible: Staff.signedIn && !root.exporting && !root.adminPage

        readonly property var counts: Staff.requests.counts

        Column {
            id: summary
            width: parent.width
            spacing: Theme.spacing

            Text {
                visible: Staff.databaseNotice !== ""
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("The database could not be read when the kiosk started. It was moved aside to %1 and a new one was started. Please tell IT.").arg(Staff.databaseNotice)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.problem
            }
            Row {
                spacing: Theme.spacing
                Repeater {
                    model: [
                        { key: "new", days: 0, label: qsTr("New: %1").arg(dashboard.counts["new"] || 0) },
                        { key: "called", days: 0, label: qsTr("Called: %1").arg(dashboard.counts["called"] || 0) },
                        { key: "done", days: 0, label: qsTr("Done: %1").arg(dashboard.counts["done"] || 0) },
                        { key: "", days: 0, label: qsTr("All") }
                    ]
                    delegate: KioskButton {
                        required property var modelData
                        objectName: "filter-" + (modelData.key || "all")
                        text: modelData.label
                        kind: "secondary"
                        selected: root.filterStatus === modelData.key
                        onClicked: {
                            root.filterStatus = modelData.key
                            Staff.setFilter(root.filterStatus, root.filterDays)
                        }
                    }
                }
                Repeater {
                    model: [
                        { days: 1, label: qsTr("Today") },
                        { days: 7, label: qsTr("7 days") },
                        { days: 0, label: qsTr("Any date") }
                    ]
                    delegate: KioskButton {
                        required property var modelData
                        objectName: "days-" + modelData.days
                        text: modelData.label
                        kind: "secondary"
                        selected: root.filterDays === modelData.days
                        onClicked: {
                            root.filterDays = modelData.days
                            Staff.setFilter(root.filterStatus, root.filterDays)
                        }
                    }
                }
            }
            Text {
                visible: Staff.requests.oldestWaiting !== ""
                text: qsTr("Oldest waiting since %1").arg(Staff.requests.oldestWaiting)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }

        // The list, newest first. Tap a row to see the whole number and act on it.
        ListView {
            id: list
            objectName: "requestList"
            anchors.top: summary.bottom
            anchors.topMargin: Theme.spacing
            anchors.bottom: parent.bottom
            width: parent.width * 0.68
            clip: true
            spacing: Theme.px(10)
            model: Staff.requests
            boundsBehavior: Flickable.StopAtBounds

            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Nothing here.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLead
                color: Theme.textMuted
            }

            delegate: Rectangle {
                id: row
                required property string requestId
                required property string received
                required property string firstName
                required property string maskedPhone
                required property string phone
                required property string bestTime
                required property var topics
                required property string language
                required property string status
                required property string updated
                readonly property bool opened: root.openRow === requestId

                objectName: "request-" + requestId
                width: list.width
                height: content.implicitHeight + 2 * Theme.px(16)
                radius: Theme.radius
                color: opened ? Theme.primarySoft : Theme.surface
                border.width: Theme.px(2)
                border.color: Theme.border

                TapHandler { onTapped: root.openRow = row.opened ? "" : row.requestId }

                Column {
                    id: content
                    x: Theme.px(20)
                    y: Theme.px(16)
                    width: parent.width - Theme.px(40)
                    spacing: Theme.px(10)
                    Row {
                        spacing: Theme.spacing
                        Text {
                            objectName: "rowPhone"
                            width: Theme.px(330)
                            text: row.opened ? row.phone : row.maskedPhone
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontLead
                            font.bold: true
                            color: Theme.text
                        }
                        Text {
                            width: Theme.px(240)
                            elide: Text.ElideRight
                            text: row.firstName || "—"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                        Text {
                            text: row.received + "  ·  " + Words.bestTime(row.bestTime) + "  ·  "
                                  + row.language.toUpperCase() + "  ·  " + Words.status(row.status)
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                    }
                    Text {
                        visible: row.opened
                        text: qsTr("Topics: %1").arg(row.topics.length
                                  ? row.topics.map(t => Procedures.details(t, Language.current).tileTitle || t).join(", ")
                                  : qsTr("general"))
                              + (row.updated ? "   ·   " + qsTr("Last change: %1").arg(row.updated) : "")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                    }
                    Row {
                        visible: row.opened
                        spacing: Theme.spacing
                        KioskButton {
                            objectName: "markCalled"
                            text: qsTr("Called")
                            kind: "secondary"
                            fontSize: Theme.fontSmall
                            onClicked: Staff.setStatus(row.requestId, "called")
                        }
                        KioskButton {
                            objectName: "markNotReached"
                            text: qsTr("Not reached")
                            kind: "secondary"
                            fontSize: Theme.fontSmall
                            onClicked: Staff.setStatus(row.requestId, "not_reached")
                        }
                        KioskButton {
                            objectName: "markDone"
                            text: qsTr("Done")
                            fontSize: Theme.fontSmall
                            onClicked: Staff.setStatus(row.requestId, "done")
                        }
                    }
                }
            }
        }

        // The last 30 days: what patients looked at, and requests per day.
        Column {
            anchors.top: summary.bottom
            anchors.topMargin: Theme.spacing
            anchors.left: list.right
            anchors.leftMargin: Theme.margin
            anchors.right: parent.right
            spacing: Theme.px(12)

            Text {
                text: qsTr("Topics viewed, last 30 days")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLead
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: Staff.usage.views || []
                delegate: Row {
                    required property var modelData
                    spacing: Theme.px(12)
                    readonly property int most: Math.max(1, ...(Staff.usage.views || []).map(v => v.count))
                    Text {
                        width: Theme.px(150)
                        elide: Text.ElideRight
                        text: Procedures.details(modelData.subject, Language.current).tileTitle
                              || modelData.subject
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                    }
                    Rectangle {
                        width: Theme.px(260) * parent.modelData.count / parent.most
                        height: Theme.px(28)
                        anchors.verticalCenter: parent.verticalCenter
                        color: Theme.primary
                    }
                    Text {
                        text: modelData.count
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                    }
                }
            }
            Text {
                text: qsTr("Call-back requests per day, last 30 days")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.text
            }
            Row {
                id: perDay
                objectName: "requestsPerDay"
                height: Theme.px(120)
                spacing: Theme.px(3)
                readonly property var days: Staff.usage.requestsPerDay || []
                readonly property int most: Math.max(1, ...days.map(d => d.count))
                Repeater {
                    model: perDay.days
                    delegate: Rectangle {
                        required property var modelData
                        anchors.bottom: parent.bottom
                        width: Theme.px(11)
                        height: Math.max(Theme.px(2), perDay.height * modelData.count / perDay.most)
                        color: modelData.count > 0 ? Theme.callback : Theme.border
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- export
    Column {
        anchors.top: bar.bottom
        anchors.topMargin: Theme.margin
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1400))
        visible: Staff.signedIn && root.exporting
        spacing: Theme.spacing

        property string format: "xlsx"

        // A stick plugged in while this page is open appears within seconds.
        Timer {
            running: parent.visible
            interval: 2000
            repeat: true
            onTriggered: Staff.refreshDestinations()
        }

        Text {
            text: qsTr("Export the call-back list")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Row {
            spacing: Theme.spacing
            Repeater {
                model: [
                    { key: "xlsx", label: qsTr("Excel") },
                    { key: "csv", label: qsTr("CSV") },
                    { key: "pdf", label: qsTr("PDF to print") }
                ]
                delegate: KioskButton {
                    required property var modelData
                    objectName: "format-" + modelData.key
                    width: Theme.px(300)
                    text: modelData.label
                    kind: "secondary"
                    selected: parent.parent.format === modelData.key
                    onClicked: parent.parent.format = modelData.key
                }
            }
        }
        Text {
            text: qsTr("Save it to:")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLead
            color: Theme.text
        }
        Flow {
            width: parent.width
            spacing: Theme.spacing
            Repeater {
                model: Staff.destinations
                delegate: KioskButton {
                    required property var modelData
                    required property int index
                    objectName: "destination-" + index
                    text: modelData.label || qsTr("This computer (exports folder)")
                    onClicked: {
                        root.message = ""
                        const result = Staff.exportTo(parent.parent.format, modelData.path)
                        root.message = result.ok
                            ? qsTr("Requests saved: %1, in %2").arg(result.rows).arg(result.file)
                            : qsTr("The export did not work. Please try another place, or tell IT.")
                    }
                }
            }
        }
        Text {
            objectName: "exportMessage"
            width: parent.width
            wrapMode: Text.WrapAnywhere
            visible: text !== ""
            text: root.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        KioskButton {
            objectName: "exportBack"
            text: "‹  " + qsTr("Back to the list")
            kind: "secondary"
            onClicked: { root.exporting = false; root.message = "" }
        }
    }

    // ---------------------------------------------------------------- admins
    Flickable {
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        visible: Staff.signedIn && root.adminPage
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
                onClicked: root.adminPage = false
            }
            Text {
                text: qsTr("Locked accounts")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            Text {
                visible: !Staff.members.some(m => m.locked)
                text: qsTr("None.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
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
            Text {
                text: qsTr("Audit log (latest 50)")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            Text {
                objectName: "auditCheck"
                readonly property string problem: root.adminPage ? Staff.auditCheck() : ""
                width: parent.width
                wrapMode: Text.WordWrap
                text: problem === "" ? qsTr("The log is intact: no row was changed or removed.")
                                     : qsTr("The log was changed: %1. Tell IT.").arg(problem)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: problem === "" ? Theme.text : Theme.problem
            }
            Repeater {
                model: root.adminPage ? Staff.auditRows() : []
                delegate: Text {
                    required property var modelData
                    width: adminColumn.width
                    wrapMode: Text.WordWrap
                    text: modelData.at + "   " + modelData.actor + "   " + modelData.action
                          + (modelData.detail ? "   (" + modelData.detail + ")" : "")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
            }
        }
    }
}
