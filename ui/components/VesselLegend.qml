// What the red and blue vessels in the animation mean, shown over the picture
// while the step's drawing has them (Stage.vesselLegend). The picture itself
// has no words (they would not follow the language), so the legend is here.
pragma ComponentBehavior: Bound
import QtQuick
import ui

Rectangle {
    id: root
    objectName: "vesselLegend"
    width: rows.width + 2 * Theme.px(16)
    height: rows.height + 2 * Theme.px(12)
    radius: Theme.px(12)
    color: "#E6FFFFFF"
    border.width: Theme.px(2)
    border.color: Theme.primarySoft

    Column {
        id: rows
        anchors.centerIn: parent
        spacing: Theme.px(6)
        Repeater {
            model: [
                { key: "artery", swatch: "#D9534C", label: qsTr("Artery: feeds the tumor") },
                { key: "vein", swatch: "#7C78C6", label: qsTr("Portal vein: feeds the healthy liver") }
            ]
            delegate: Row {
                id: entry
                required property var modelData
                spacing: Theme.px(12)
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.px(44)
                    height: Theme.px(12)
                    radius: height / 2
                    color: entry.modelData.swatch
                }
                Caption {
                    objectName: "vesselLegend-" + entry.modelData.key
                    text: entry.modelData.label
                }
            }
        }
    }
}
