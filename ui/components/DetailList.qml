// A heading and a list of short sentences, each with a large bullet.
import QtQuick
import ui

Column {
    id: root

    property string heading: ""
    property var items: []

    spacing: Theme.px(16)

    Text {
        visible: root.heading !== ""
        width: parent.width
        wrapMode: Text.WordWrap
        text: root.heading
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLead
        font.bold: true
        color: Theme.primary
    }

    Repeater {
        model: root.items
        delegate: Row {
            required property string modelData
            width: root.width
            spacing: Theme.px(18)
            Text {
                text: "•"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.primary
            }
            Text {
                width: parent.width - Theme.px(40)
                wrapMode: Text.WordWrap
                text: parent.modelData
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
                color: Theme.text
            }
        }
    }
}
