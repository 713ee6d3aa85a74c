// A heading and a list of short sentences, each with a large bullet.
pragma ComponentBehavior: Bound
import QtQuick
import ui

Column {
    id: root

    property string heading: ""
    property string headingObjectName: ""
    property color headingColor: Theme.primary
    property var items: []

    spacing: Theme.px(16)

    Heading {
        objectName: root.headingObjectName
        visible: root.heading !== ""
        width: parent.width
        wrapMode: Text.WordWrap
        text: root.heading
        font.pixelSize: Theme.fontLead
        color: root.headingColor
    }

    Repeater {
        model: root.items
        delegate: Row {
            id: line
            required property string modelData
            width: root.width
            spacing: Theme.px(18)
            BodyText {
                text: "•"
                font.bold: true
                color: Theme.primary
            }
            BodyText {
                width: parent.width - Theme.px(40)
                wrapMode: Text.WordWrap
                text: line.modelData
                lineHeight: 1.15
            }
        }
    }
}
