// A QR code a patient scans with their phone to read the same topic at home,
// in the language on screen. The address is the clinic's fixed page for the
// topic (Clinic.takeHome); nothing about the patient is in it. Nothing shows
// when the clinic set no address.
import QtQuick
import Kiosk
import ui

Column {
    id: root
    objectName: "takeHomeQr"

    required property string topic
    // At least this wide on screen: about 5 cm on a 24" 1080p screen, so an
    // older phone camera reads it from arm's length.
    property int minimumSize: Theme.px(260)

    readonly property var code: Clinic.takeHome(topic, Language.current)
    readonly property string url: code.url || ""
    readonly property int modules: code.modules || 1
    // Whole pixels per module keep every edge sharp for the camera.
    readonly property int codeSize: modules * Math.max(1, Math.ceil(minimumSize / modules))

    // Drawn and ready for a camera (a test waits on it before it reads the screen).
    readonly property bool ready: image.status === Image.Ready

    visible: url !== ""
    spacing: Theme.px(12)
    width: Math.max(codeSize, Theme.px(380))

    Image {
        id: image
        objectName: "takeHomeCode"
        anchors.horizontalCenter: parent.horizontalCenter
        width: root.codeSize
        height: root.codeSize
        sourceSize.width: root.codeSize
        sourceSize.height: root.codeSize
        source: root.code.source || ""
        smooth: false
        fillMode: Image.PreserveAspectFit
        Accessible.name: qsTr("QR code to read this at home")
    }
    Caption {
        objectName: "takeHomeCaption"
        width: parent.width
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Scan with your phone camera to read this at home")
    }
}
