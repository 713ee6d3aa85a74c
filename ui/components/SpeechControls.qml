// While audio mode is on: say it again, be quiet, say it slower.
import QtQuick
import Kiosk
import ui

Row {
    spacing: Theme.px(16)
    visible: Speech.enabled

    KioskButton {
        objectName: "speechRepeat"
        text: qsTr("Repeat")
        kind: "secondary"
        fontSize: Theme.fontSmall
        onClicked: Speech.repeat()
    }
    KioskButton {
        objectName: "speechStop"
        text: qsTr("Stop")
        kind: "secondary"
        fontSize: Theme.fontSmall
        onClicked: Speech.stop()
    }
    KioskButton {
        objectName: "speechSlower"
        text: qsTr("Slower")
        kind: "secondary"
        fontSize: Theme.fontSmall
        enabled: !Speech.slowest
        onClicked: Speech.slower()
    }
}
