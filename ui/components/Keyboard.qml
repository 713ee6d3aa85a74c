// A large on-screen keyboard for a first name, with the letters Spanish needs.
// It sits below the field it types into, so it never covers it.
pragma ComponentBehavior: Bound
import QtQuick
import ui

Column {
    id: root
    signal typed(string text)
    signal erase()

    // Capital at the start of each part of a name (the page decides), and
    // Shift for one letter the other way ("McDonald", "de la Cruz").
    property bool capital: true
    property bool shifted: false
    readonly property bool upper: capital !== shifted
    spacing: Theme.px(12)
    // Ten keys in the widest row: as big as the design (bigger with larger
    // text), or as fits the width.
    readonly property int key: Math.min(Theme.tx(104), Math.floor((width - 9 * Theme.px(10)) / 10))

    Repeater {
        model: ["QWERTYUIOP", "ASDFGHJKLÑ", "ZXCVBNM'-", "ÁÉÍÓÚÜ"]
        delegate: Row {
            id: keyRow
            required property string modelData
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.px(10)
            Repeater {
                model: keyRow.modelData.split("")
                delegate: KioskButton {
                    required property string modelData
                    readonly property string letter: root.upper ? modelData : modelData.toLowerCase()
                    objectName: "letter-" + modelData
                    width: root.key
                    height: root.key
                    text: letter
                    kind: "secondary"
                    fontSize: Theme.fontHeading
                    onClicked: {
                        root.typed(letter)
                        root.shifted = false
                    }
                }
            }
        }
    }
    Row {
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: Theme.px(10)
        KioskButton {
            objectName: "letter-shift"
            width: root.key * 2
            height: root.key
            // The keys show the case they will type; Shift lights up while on.
            text: qsTr("Shift")
            kind: "secondary"
            selected: root.shifted
            onClicked: root.shifted = !root.shifted
        }
        KioskButton {
            objectName: "letter-space"
            width: root.key * 5
            height: root.key
            text: qsTr("Space")
            kind: "secondary"
            onClicked: {
                root.typed(" ")
                root.shifted = false
            }
        }
        KioskButton {
            objectName: "letter-delete"
            width: root.key * 2
            height: root.key
            text: qsTr("Delete")
            kind: "secondary"
            onClicked: root.erase()
        }
    }
}
