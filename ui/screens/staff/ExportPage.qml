// Staff: save the call-back list as Excel, CSV or PDF to this computer or a USB stick.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Item {
    id: root
    signal back()

    property string format: "xlsx"
    property string message: ""         // the last export outcome, in words

    function reset() {
        message = ""
    }

    // A stick plugged in while this page is open appears within seconds.
    Timer {
        running: root.visible
        interval: 2000
        repeat: true
        onTriggered: Staff.refreshDestinations()
    }

    Column {
        anchors.top: parent.top
        anchors.topMargin: Theme.margin
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1400))
        spacing: Theme.spacing

        Heading {
            text: qsTr("Export the call-back list")
            font.pixelSize: Theme.fontTitle
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
                    choice: "single"
                    selected: root.format === modelData.key
                    onClicked: root.format = modelData.key
                }
            }
        }
        BodyText {
            text: qsTr("Save it to:")
            font.pixelSize: Theme.fontLead
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
                    text: modelData.label ? qsTr("USB drive %1").arg(modelData.label)
                                          : qsTr("This kiosk's export folder")
                    onClicked: {
                        root.message = ""
                        const result = Staff.exportTo(root.format, modelData.path)
                        root.message = result.ok
                            ? qsTr("%1 saved to %2, in the file %3.").arg(Words.requests(result.rows))
                                  .arg(Words.destination(result.drive)).arg(result.fileName)
                            : qsTr("The export did not work. Please try another place, or tell IT.")
                    }
                }
            }
        }
        BodyText {
            objectName: "exportMessage"
            width: parent.width
            wrapMode: Text.Wrap
            visible: text !== ""
            text: root.message
            font.bold: true
        }
        KioskButton {
            objectName: "exportBack"
            text: "‹  " + qsTr("Back to the list")
            kind: "secondary"
            onClicked: {
                root.message = ""
                root.back()
            }
        }
    }
}
