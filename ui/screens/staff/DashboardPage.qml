// Staff: the call-back list with its counts and filters, and the last 30 days at a glance.
// Tap a row to see the whole number and act on it.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Item {
    id: root

    property string filterStatus: "new"
    property int filterDays: 0
    property string openRow: ""         // the request whose number is shown in full
    readonly property var counts: Staff.requests.counts

    function reset() {
        openRow = ""
    }
    // Why a request is done without anyone marking it, or how often nobody answered:
    // the receptionist must see that the kiosk closed it, and why (kiosk/staff/closing.py).
    function statusNote(closedReason, notReached) {
        if (closedReason === "not_reached")
            return " " + qsTr("(closed by the kiosk: nobody answered %1 calls)").arg(notReached)
        if (closedReason === "no_contact")
            return " " + qsTr("(closed by the kiosk: nobody was reached in time)")
        if (notReached === 1)
            return " " + qsTr("(nobody answered 1 call)")
        if (notReached > 1)
            return " " + qsTr("(nobody answered %1 calls)").arg(notReached)
        return ""
    }

    Column {
        id: summary
        width: parent.width
        spacing: Theme.spacing

        Caption {
            objectName: "databaseNotice"
            visible: Staff.databaseNotice !== ""
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("The database could not be read when the kiosk started. It was moved aside to %1 and a new one was started. Please tell IT. The old file is deleted after %2.").arg(Staff.databaseNotice).arg(Words.days(Staff.retentionDays))
            font.bold: true
            color: Theme.problem
        }
        // Wraps onto a second line on a narrow (portrait) screen.
        Flow {
            width: parent.width
            spacing: Theme.spacing
            Repeater {
                // One filter per status the core defines (Staff.statuses), then "All".
                model: Staff.statuses.map(s => ({
                    key: s, days: 0,
                    label: qsTr("%1: %2", "a status filter and its count").arg(Words.status(s)).arg(root.counts[s] || 0)
                })).concat([{ key: "", days: 0, label: qsTr("All") }])
                delegate: KioskButton {
                    required property var modelData
                    objectName: "filter-" + (modelData.key || "all")
                    text: modelData.label
                    kind: "secondary"
                    choice: "single"
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
                    choice: "single"
                    selected: root.filterDays === modelData.days
                    onClicked: {
                        root.filterDays = modelData.days
                        Staff.setFilter(root.filterStatus, root.filterDays)
                    }
                }
            }
        }
        BodyText {
            visible: Staff.requests.oldestWaiting !== ""
            text: qsTr("Oldest waiting since %1").arg(Staff.requests.oldestWaiting)
            color: Theme.textMuted
        }
    }

    // The list, newest first.
    ListView {
        id: list
        objectName: "requestList"
        anchors.top: summary.bottom
        anchors.topMargin: Theme.spacing
        // Portrait: the list on top, the last 30 days below it; landscape: side by side.
        height: Theme.portrait ? (parent.height - summary.height - Theme.spacing) * 0.55
                               : parent.height - summary.height - Theme.spacing
        width: Theme.portrait ? parent.width : parent.width * 0.68
        clip: true
        spacing: Theme.px(10)
        model: Staff.requests
        boundsBehavior: Flickable.StopAtBounds

        BodyText {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("Nothing here.")
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
            required property bool sealed
            required property int notReached
            required property string closedReason
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
                // The details go under the number and name when the row is narrow.
                Flow {
                    width: parent.width
                    spacing: Theme.spacing
                    BodyText {
                        objectName: "rowPhone"
                        // A sealed request's number and name are on the kiosk only sealed:
                        // only the clinic opens them, so one label takes both places.
                        width: row.sealed ? Theme.px(330 + 240) + Theme.spacing : Theme.px(330)
                        elide: Text.ElideRight
                        text: row.sealed ? qsTr("Sealed for the clinic")
                                         : row.opened ? row.phone : row.maskedPhone
                        font.pixelSize: Theme.fontLead
                        font.bold: true
                    }
                    BodyText {
                        visible: !row.sealed
                        width: Theme.px(240)
                        elide: Text.ElideRight
                        text: row.firstName || "—"
                    }
                    Caption {
                        objectName: "rowStatus"
                        text: row.received + "  ·  " + Words.bestTime(row.bestTime) + "  ·  "
                              + row.language.toUpperCase() + "  ·  " + Words.status(row.status)
                              + root.statusNote(row.closedReason, row.notReached)
                        color: Theme.textMuted
                    }
                }
                Caption {
                    objectName: "rowTopics"
                    visible: row.opened
                    text: qsTr("Topics: %1").arg(row.topics.length
                              ? row.topics.map(t => Words.topic(t)).join(", ")
                              : qsTr("general"))
                          + (row.updated ? "   ·   " + qsTr("Last change: %1").arg(row.updated) : "")
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
        anchors.top: Theme.portrait ? list.bottom : summary.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: Theme.portrait ? parent.left : list.right
        anchors.leftMargin: Theme.portrait ? 0 : Theme.margin
        anchors.right: parent.right
        spacing: Theme.px(12)

        Heading {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Topics viewed, last 30 days")
            font.pixelSize: Theme.fontLead
        }
        Repeater {
            model: Staff.usage.views || []
            delegate: Row {
                id: bar
                required property var modelData
                spacing: Theme.px(12)
                readonly property int most: Math.max(1, ...(Staff.usage.views || []).map(v => v.count))
                Caption {
                    objectName: "viewedTopic"
                    width: Theme.px(300)
                    wrapMode: Text.WordWrap
                    text: Words.topicViewed(bar.modelData.subject)
                }
                Rectangle {
                    width: Theme.px(160) * bar.modelData.count / bar.most
                    height: Theme.px(28)
                    anchors.verticalCenter: parent.verticalCenter
                    color: Theme.primary
                }
                Caption {
                    text: bar.modelData.count
                }
            }
        }
        Caption {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Call-back requests per day, last 30 days")
            font.bold: true
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
        // Dates under the first, middle and last day, so a bar can be read
        // as a day ("12 Nov"), not counted from the right.
        Item {
            width: perDay.width
            height: Theme.px(40)
            Repeater {
                model: perDay.days.length ? [0, Math.floor((perDay.days.length - 1) / 2), perDay.days.length - 1] : []
                delegate: Caption {
                    required property int modelData
                    objectName: "dayLabel"
                    readonly property real middle: modelData * (Theme.px(11) + perDay.spacing) + Theme.px(5)
                    x: Math.max(0, Math.min(perDay.width - width, middle - width / 2))
                    readonly property var day: perDay.days[modelData]
                    text: day ? new Date(day.day + "T12:00:00")
                                    .toLocaleDateString(Qt.locale(Language.current), "d MMM") : ""
                    color: Theme.textMuted
                }
            }
        }

        // Sending to the clinic (only with a sync target): what waits, what the
        // clinic's side refused, and a way to send those again.
        Column {
            id: sync
            objectName: "syncPanel"
            visible: Staff.syncInfo.enabled === true
            width: parent.width
            spacing: Theme.px(8)
            readonly property var parkedRequests: Staff.syncInfo.parkedRequests || []

            Heading {
                text: qsTr("Sending to the clinic")
                font.pixelSize: Theme.fontLead
            }
            BodyText {
                objectName: "syncCounts"
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("%1 waiting to be sent, %2 held back.", "the sync's pending and parked counts")
                          .arg(Words.requests(Staff.syncInfo.pending || 0))
                          .arg(Words.requests(Staff.syncInfo.parked || 0))
            }
            Caption {
                objectName: "syncLastSuccess"
                width: parent.width
                wrapMode: Text.WordWrap
                text: Staff.syncInfo.lastSuccess
                      ? qsTr("Last sent: %1").arg(Staff.syncInfo.lastSuccess)
                      : qsTr("Nothing has been sent yet.")
                color: Theme.textMuted
            }
            Caption {
                objectName: "syncPaused"
                visible: (Staff.syncInfo.paused || "") !== ""
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("Sending is stopped until IT fixes it: %1").arg(Staff.syncInfo.paused)
                font.bold: true
                color: Theme.problem
            }
            Repeater {
                model: sync.parkedRequests
                delegate: Row {
                    id: parkedRow
                    required property var modelData
                    required property int index
                    spacing: Theme.px(12)
                    Caption {
                        objectName: "parkedRequest-" + parkedRow.index
                        width: sync.width - retry.width - parkedRow.spacing
                        wrapMode: Text.WordWrap
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Received %1, %2: %3", "a held-back request: time, number, why")
                                  .arg(parkedRow.modelData.received)
                                  .arg(parkedRow.modelData.maskedPhone || qsTr("sealed for the clinic"))
                                  .arg(parkedRow.modelData.reason)
                    }
                    KioskButton {
                        id: retry
                        objectName: "retryParked-" + parkedRow.index
                        text: qsTr("Try again")
                        kind: "secondary"
                        fontSize: Theme.fontSmall
                        onClicked: Staff.retrySync(parkedRow.modelData.requestId)
                    }
                }
            }
            KioskButton {
                objectName: "retryAllParked"
                visible: sync.parkedRequests.length > 1
                text: qsTr("Try all again")
                kind: "secondary"
                fontSize: Theme.fontSmall
                onClicked: Staff.retrySync("")
            }
        }
    }
}
