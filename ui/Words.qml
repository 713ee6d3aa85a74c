// The words for stored codes (a best time, a request's status), in the
// patient's or staff member's language: one place for every screen.
pragma Singleton
import QtQuick

QtObject {
    function bestTime(value) {
        switch (value) {
        case "morning": return qsTr("Morning")
        case "afternoon": return qsTr("Afternoon")
        case "evening": return qsTr("Evening")
        default: return qsTr("Any time")
        }
    }
    function status(value) {
        switch (value) {
        case "called": return qsTr("Called")
        case "done": return qsTr("Done")
        default: return qsTr("New")
        }
    }
}
