// The warning signs, in the order a patient must act on them: first when to
// call the emergency number at once, then when to call the care team (with
// the clinic's number when it is set), day or night.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Column {
    id: root

    property var callEmergency: []
    property var callYourTeam: []

    spacing: Theme.margin

    // Framed in dark red so it stands apart from the calmer lists; words, not colour, carry it.
    Rectangle {
        objectName: "emergencyTier"
        visible: root.callEmergency.length > 0
        width: parent.width
        height: emergencyList.implicitHeight + 2 * Theme.px(24)
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.px(4)
        border.color: Theme.problem

        DetailList {
            id: emergencyList
            x: Theme.px(24)
            y: Theme.px(24)
            width: parent.width - 2 * Theme.px(24)
            heading: qsTr("Call %1 right away if…").arg(Clinic.emergencyNumber)
            headingObjectName: "emergencyHeading"
            headingColor: Theme.problem
            items: root.callEmergency
        }
    }

    DetailList {
        width: parent.width
        heading: Clinic.phone !== ""
                 ? qsTr("Call your care team at %1, day or night, if…").arg(Clinic.phone)
                 : qsTr("Call your care team, day or night, if…")
        headingObjectName: "careTeamHeading"
        items: root.callYourTeam
    }
}
