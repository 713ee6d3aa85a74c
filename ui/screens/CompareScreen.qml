// The three treatments side by side, one row per question a patient asks.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Rectangle {
    id: root
    objectName: "compareScreen"
    color: Theme.background

    signal goHome()
    signal openProcedure(string procedureId)

    readonly property var table: Procedures.comparison(Language.current)
    readonly property var columns: table.columns || []
    readonly property int labelWidth: Theme.px(300)
    readonly property int cellWidth: (body.width - labelWidth) / Math.max(1, columns.length)
    // Audio mode (Speech): the title and the introduction; the table is read by looking.
    readonly property string spokenText: (table.title || "") + "\n" + (table.intro || "")
    onSpokenTextChanged: Speech.say(spokenText)
    Component.onCompleted: Speech.say(spokenText)

    TopBar {
        id: bar
        anchors.top: parent.top
        width: parent.width
        title: root.table.title || ""
        onHomeClicked: root.goHome()
    }

    Flickable {
        id: body
        anchors.top: bar.bottom
        anchors.bottom: footer.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        contentHeight: content.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content
            width: body.width
            spacing: Theme.px(12)

            BodyText {
                width: parent.width
                wrapMode: Text.WordWrap
                text: root.table.intro || ""
            }

            // Portrait: one card per treatment, each answer under its question,
            // so the text stays at body size instead of three narrow columns.
            Repeater {
                model: Theme.portrait ? root.columns : []
                delegate: Rectangle {
                    id: card
                    required property var modelData
                    required property int index
                    width: content.width
                    height: cardColumn.implicitHeight + 2 * Theme.px(24)
                    radius: Theme.radius
                    color: Theme.surface
                    Column {
                        id: cardColumn
                        x: Theme.px(24)
                        y: Theme.px(24)
                        width: parent.width - 2 * Theme.px(24)
                        spacing: Theme.px(12)
                        KioskButton {
                            objectName: "compare-" + card.modelData.id
                            width: parent.width
                            text: card.modelData.title
                            fontSize: Theme.fontLead
                            onClicked: root.openProcedure(card.modelData.id)
                        }
                        Repeater {
                            model: root.table.rows || []
                            delegate: Column {
                                id: answer
                                required property var modelData
                                width: cardColumn.width
                                Caption {
                                    width: parent.width
                                    wrapMode: Text.WordWrap
                                    text: answer.modelData.label
                                    font.bold: true
                                    color: Theme.primary
                                }
                                BodyText {
                                    width: parent.width
                                    wrapMode: Text.WordWrap
                                    text: answer.modelData.cells[card.index] || ""
                                }
                            }
                        }
                    }
                }
            }

            // Column headings: tap one to open that treatment.
            Row {
                visible: !Theme.portrait
                Item { width: root.labelWidth; height: 1 }
                Repeater {
                    model: root.columns
                    delegate: Item {
                        id: column
                        required property var modelData
                        width: root.cellWidth
                        height: heading.height
                        KioskButton {
                            id: heading
                            objectName: "compare-" + column.modelData.id
                            width: parent.width - Theme.px(16)
                            text: column.modelData.title
                            fontSize: Theme.fontBody
                            onClicked: root.openProcedure(column.modelData.id)
                        }
                    }
                }
            }

            // Rows sit edge to edge; alternating shades keep them apart.
            Column {
                visible: !Theme.portrait
                width: parent.width
            Repeater {
                model: root.table.rows || []
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    required property int index
                    width: content.width
                    height: Math.max(label.implicitHeight, cells.height) + 2 * Theme.px(10)
                    radius: Theme.px(12)
                    color: index % 2 === 0 ? Theme.surface : Theme.background

                    Caption {
                        id: label
                        x: Theme.px(16)
                        width: root.labelWidth - Theme.px(32)
                        anchors.verticalCenter: parent.verticalCenter
                        wrapMode: Text.WordWrap
                        text: row.modelData.label
                        font.bold: true
                        color: Theme.primary
                    }
                    Row {
                        id: cells
                        x: root.labelWidth
                        anchors.verticalCenter: parent.verticalCenter
                        Repeater {
                            model: row.modelData.cells
                            delegate: Caption {
                                required property string modelData
                                width: root.cellWidth - Theme.px(24)
                                rightPadding: Theme.px(24)
                                wrapMode: Text.WordWrap
                                text: modelData
                            }
                        }
                    }
                }
            }
            }
        }
    }

    // The table's own review stamp, as on every topic.
    ReviewFooter {
        id: footer
        anchors.bottom: parent.bottom
        width: parent.width
        reviewedBy: root.table.reviewedBy || ""
        reviewedOn: root.table.reviewedOn || ""
        reviewDraft: root.table.reviewDraft || false
        nextReview: root.table.nextReview || ""
        visible: (root.table.reviewedOn || "") !== ""
        height: visible ? implicitHeight : 0
    }
}
