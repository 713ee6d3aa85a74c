// One button per offered language, each labelled in its own language.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Row {
    id: root
    spacing: Theme.px(16)
    signal chosen(string code)

    Repeater {
        model: Language.languages
        delegate: KioskButton {
            required property var modelData
            objectName: "language-" + modelData.code
            text: modelData.name
            kind: "secondary"
            selected: Language.current === modelData.code
            fontSize: Theme.fontSmall
            onClicked: {
                Language.choose(modelData.code)
                root.chosen(modelData.code)
            }
        }
    }
}
