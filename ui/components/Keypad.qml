// A large telephone keypad: digits and Delete, nothing else. No system keyboard.
pragma ComponentBehavior: Bound
import QtQuick
import ui

Grid {
    id: root
    signal digit(string value)
    signal erase()

    columns: 3
    spacing: Theme.px(16)
    readonly property int key: Theme.tx(124)   // keys hold words: they grow with the text

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        delegate: KioskButton {
            required property string modelData
            objectName: "key-" + modelData
            width: root.key
            height: root.key
            text: modelData
            kind: "secondary"
            fontSize: Theme.fontTitle
            onClicked: root.digit(modelData)
        }
    }
    Item { width: root.key; height: root.key }
    KioskButton {
        objectName: "key-0"
        width: root.key
        height: root.key
        text: "0"
        kind: "secondary"
        fontSize: Theme.fontTitle
        onClicked: root.digit("0")
    }
    KioskButton {
        objectName: "key-delete"
        width: root.key
        height: root.key
        text: qsTr("Delete")
        kind: "secondary"
        fontSize: Theme.fontBody
        onClicked: root.erase()
    }
}
