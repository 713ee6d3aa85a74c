// "Listen": audio mode for this patient (kiosk/qml/speech.py reads each screen
// aloud). Tapped again, it goes quiet; Start over turns it off for the next patient.
import QtQuick
import Kiosk
import ui

KioskButton {
    objectName: "listenButton"
    text: qsTr("Listen")
    kind: "secondary"
    selected: Speech.enabled
    fontSize: Theme.fontSmall
    onClicked: Speech.enabled = !Speech.enabled
}
