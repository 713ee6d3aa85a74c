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
    // Counts with the right word: "1 second", "7 seconds" / "1 segundo",
    // "7 segundos". English and Spanish both have just one and many.
    function seconds(n) {
        return n === 1 ? qsTr("1 second") : qsTr("%1 seconds").arg(n)
    }
    function minutes(n) {
        return n === 1 ? qsTr("1 minute") : qsTr("%1 minutes").arg(n)
    }
    function requests(n) {
        return n === 1 ? qsTr("1 request") : qsTr("%1 requests").arg(n)
    }
    function status(value) {
        switch (value) {
        case "called": return qsTr("Called")
        case "done": return qsTr("Done")
        default: return qsTr("New")
        }
    }
}
