// The bar on every screen after the welcome: Home on the left, a title, languages on the right.
// In portrait the title has a line of its own under the buttons, whole, not cut short.
import QtQuick
import ui

Rectangle {
    id: root

    property string title: ""
    property string homeText: qsTr("Home")
    signal homeClicked()

    implicitHeight: Theme.portrait ? Theme.topBarHeight + titleText.implicitHeight + Theme.spacing
                                   : Theme.topBarHeight
    color: Theme.surface

    KioskButton {
        id: home
        objectName: "homeButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        y: (Theme.topBarHeight - height) / 2
        text: "‹  " + root.homeText
        kind: "secondary"
        onClicked: root.homeClicked()
    }

    Heading {
        id: titleText
        objectName: "screenTitle"
        x: Theme.portrait ? Theme.margin : home.x + home.width + Theme.spacing
        y: Theme.portrait ? Theme.topBarHeight - Theme.px(8) : (Theme.topBarHeight - height) / 2
        width: Theme.portrait ? parent.width - 2 * Theme.margin
                              : aa.x - Theme.spacing - x
        horizontalAlignment: Text.AlignHCenter
        text: root.title
        wrapMode: Theme.portrait ? Text.WordWrap : Text.NoWrap
        elide: Theme.portrait ? Text.ElideNone : Text.ElideRight
    }

    AaButton {
        id: aa
        anchors.right: languages.left
        anchors.rightMargin: Theme.px(16)
        y: (Theme.topBarHeight - height) / 2
    }

    LanguageSwitch {
        id: languages
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        y: (Theme.topBarHeight - height) / 2
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.px(2)
        color: Theme.primarySoft
    }
}
