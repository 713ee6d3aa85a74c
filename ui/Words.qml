// The words for stored codes (a best time, a request's status), in the
// patient's or staff member's language: one place for every screen.
pragma Singleton
import QtQuick
import Kiosk

QtObject {
    function bestTime(value) {
        switch (value) {
        case "morning": return qsTr("Morning")
        case "afternoon": return qsTr("Afternoon")
        case "evening": return qsTr("Evening")
        default: return qsTr("Any time")
        }
    }
    // A request's topic as the patient picked it: the short tile name, and
    // "Something else" for the overview (the form's own words for it).
    function topic(id) {
        if (id === "overview") return qsTr("Something else")
        return Procedures.details(id, Language.current).tileTitle || id
    }
    // A topic as patients see it on the home screen (for the usage chart).
    function topicViewed(id) {
        return Procedures.details(id, Language.current).title || id
    }
    // Where an export went: "USB drive KINGSTON", or the kiosk's own folder.
    function destination(label) {
        return label ? qsTr("USB drive %1").arg(label) : qsTr("the kiosk's export folder")
    }
    // Counts with the right word: "1 second", "7 seconds" / "1 segundo",
    // "7 segundos". English and Spanish both have just one and many.
    function seconds(n) {
        return n === 1 ? qsTr("1 second") : qsTr("%1 seconds").arg(n)
    }
    function days(n) {
        return n === 1 ? qsTr("1 day") : qsTr("%1 days").arg(n)
    }
    function minutes(n) {
        return n === 1 ? qsTr("1 minute") : qsTr("%1 minutes").arg(n)
    }
    function files(n) {
        return n === 1 ? qsTr("1 file") : qsTr("%1 files").arg(n)
    }
    function requests(n) {
        return n === 1 ? qsTr("1 request") : qsTr("%1 requests").arg(n)
    }
    // Who did something in the audit log, in words.
    function auditActor(row) {
        switch (row.actorKind) {
        case "schedule": return qsTr("The kiosk (nightly clean-up)")
        case "system": return qsTr("The kiosk")
        case "unknown": return qsTr("Someone")
        case "cli": return row.actor ? qsTr("%1 (IT, command line)").arg(row.actor) : qsTr("IT (command line)")
        default: return row.actor
        }
    }
    // The request an audit row is about: its masked number and when it came in.
    function auditRequest(row) {
        if (row.requestGone) return qsTr("a request that has since been deleted")
        return qsTr("the request from %1, received %2").arg(row.request).arg(row.requestTime)
    }
    // One audit row as a sentence (kiosk/qml/staff_audit.py gives the facts).
    function auditEntry(row) {
        const who = auditActor(row)
        switch (row.action) {
        case "unlock": return qsTr("%1 signed in.").arg(who)
        case "lock": return qsTr("%1 locked staff mode.").arg(who)
        case "pin_failed":
            return row.reason === "unknown_name"
                ? qsTr("A PIN was typed for a name that is not a staff member.")
                : qsTr("%1 typed a wrong PIN (%2 in a row).").arg(who).arg(row.failures)
        case "lockout": return qsTr("%1's account was locked after %2 wrong PINs.").arg(who).arg(row.failures)
        case "status_change":
            return row.outcome === "not_reached"
                ? qsTr("%1 could not reach %2.").arg(who).arg(auditRequest(row))
                : qsTr("%1 marked %2 as %3.").arg(who).arg(auditRequest(row)).arg(status(row.status))
        case "export":
            return qsTr("%1 exported %2 as %3.").arg(who).arg(requests(Number(row.rows)))
                                                 .arg(row.format.toUpperCase())
        case "auto_close":
            return row.reason === "not_reached"
                ? qsTr("%1 closed %2: nobody answered %3 calls.").arg(who).arg(auditRequest(row)).arg(row.tries)
                : qsTr("%1 closed %2: nobody was reached in %3.").arg(who).arg(auditRequest(row))
                      .arg(days(Number(row.days)))
        case "purge":
            if (row.count === "")
                return qsTr("%1 deleted old export files: %2.").arg(who).arg(files(Number(row.export_files)))
            return row.max_days === ""
                ? qsTr("%1 deleted %2 done more than %3 days ago.").arg(who)
                      .arg(requests(Number(row.count))).arg(row.retention_days)
                : qsTr("%1 deleted %2 done more than %3 ago or made more than %4 ago.").arg(who)
                      .arg(requests(Number(row.count))).arg(days(Number(row.retention_days)))
                      .arg(days(Number(row.max_days)))
        case "staff_added": return qsTr("%1 added %2 as a staff member.").arg(who).arg(row.member)
        case "staff_removed": return qsTr("%1 removed the staff member %2.").arg(who).arg(row.member)
        case "pin_reset": return qsTr("%1 set a new PIN for %2.").arg(who).arg(row.member)
        case "account_unlocked": return qsTr("%1 unlocked the account of %2.").arg(who).arg(row.member)
        case "sync_retry": return qsTr("%1 asked for held-back requests to be sent again.").arg(who)
        case "sync_resume": return qsTr("%1 started sending to the clinic again.").arg(who)
        case "sync_wiped":
            return qsTr("The numbers and names of %1 already sent to the clinic were deleted.")
                       .arg(requests(Number(row.count)))
        case "demo_request": return qsTr("%1 made a practice request (not a patient).").arg(who)
        default: return qsTr("%1: another action.").arg(who)
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
