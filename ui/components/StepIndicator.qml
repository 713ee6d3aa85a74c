// "Step 2 of 7" in words, with one dot per step so progress is visible at a glance.
pragma ComponentBehavior: Bound
import QtQuick
import ui

Column {
    id: root

    property int count: 0
    property int current: 0

    spacing: Theme.px(12)
    Accessible.role: Accessible.StaticText
    Accessible.name: stepLabel.text

    Caption {
        id: stepLabel
        objectName: "stepLabel"
        text: qsTr("Step %1 of %2").arg(root.current + 1).arg(root.count)
        font.bold: true
        color: Theme.textMuted
    }

    Row {
        spacing: Theme.px(14)
        Repeater {
            model: root.count
            delegate: Rectangle {
                required property int index
                width: Theme.px(22)
                height: width
                radius: width / 2
                color: index <= root.current ? Theme.primary : Theme.surface
                border.width: Theme.px(3)
                border.color: Theme.primary
            }
        }
    }
}
