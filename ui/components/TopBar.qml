// The bar on every screen after the welcome: Home on the left, a title, Listen and languages on the right.
// In portrait, or when it is too long for the room between the buttons, the title has a
// line of its own under them, whole, not cut short.
import QtQuick
import ui

Rectangle {
    id: root

    property string title: ""
    property string homeText: qsTr("Home")
    signal homeClicked()

    readonly property bool titleOwnLine: Theme.portrait
        || titleText.implicitWidth > listen.x - home.x - home.width - 2 * Theme.spacing
    implicitHeight: (titleOwnLine ? Theme.topBarHeight + titleText.implicitHeight + Theme.spacing
                                    : Theme.topBarHeight)
                    + (speechControls.visible ? speechControls.height + Theme.spacing : 0)
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
        x: root.titleOwnLine ? Theme.margin : home.x + home.width + Theme.spacing
        y: root.titleOwnLine ? Theme.topBarHeight - Theme.px(8) : (Theme.topBarHeight - height) / 2
        width: root.titleOwnLine ? parent.width - 2 * Theme.margin
                                 : listen.x - Theme.spacing - x
        horizontalAlignment: Text.AlignHCenter
        text: root.title
        wrapMode: root.titleOwnLine ? Text.WordWrap : Text.NoWrap
        elide: root.titleOwnLine ? Text.ElideNone : Text.ElideRight
    }

    ListenButton {
        id: listen
        anchors.right: languages.left
        anchors.rightMargin: Theme.px(16)
        y: (Theme.topBarHeight - height) / 2
    }
    // Audio mode's Repeat / Stop / Slower: a row of its own at the bar's foot.
    SpeechControls {
        id: speechControls
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacing / 2
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
