// The bar on every screen after the welcome: Home on the left, a title, languages on the right.
import QtQuick
import ui

Rectangle {
    id: root

    property string title: ""
    property string homeText: qsTr("Home")
    signal homeClicked()

    implicitHeight: Theme.topBarHeight
    color: Theme.surface

    KioskButton {
        id: home
        objectName: "homeButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        text: "‹  " + root.homeText
        kind: "secondary"
        onClicked: root.homeClicked()
    }

    Heading {
        anchors.left: home.right
        anchors.right: languages.left
        anchors.margins: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        horizontalAlignment: Text.AlignHCenter
        text: root.title
        elide: Text.ElideRight
    }

    LanguageSwitch {
        id: languages
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.px(2)
        color: Theme.primarySoft
    }
}
