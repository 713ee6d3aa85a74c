// The bar on every screen after the welcome: Home on the left, a title, then
// Aa, Listen and the languages on the right. In portrait, with the patient's
// larger text, or when it is too long for the row, the title has a line of its
// own under the buttons, whole, not cut short. In audio mode, Repeat / Stop /
// Slower get a row of their own at the bar's foot.
import QtQuick
import ui

Rectangle {
    id: root

    property string title: ""
    property string homeText: qsTr("Home")
    signal homeClicked()
    readonly property bool stacked: Theme.portrait || Theme.textScale > 1 || !titleFits
    // The title's whole words between Home and Aa (a small screen, a long Spanish title).
    readonly property bool titleFits: titleWords.width <= aa.x - home.x - home.width - 2 * Theme.spacing
    // Larger text on a narrow stand: Home, Aa, Listen and the languages do not
    // fit one row, so the languages get a row of their own, above the title.
    readonly property bool crowded: home.implicitWidth + aa.width + listen.width + languages.width
                                    + 2 * Theme.margin + 3 * Theme.spacing > width
    readonly property int rowsHeight: Theme.topBarHeight + (crowded ? languages.height + Theme.spacing : 0)

    implicitHeight: (root.stacked ? rowsHeight + titleText.implicitHeight + Theme.spacing
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
        // With larger text on a narrow stand its words wrap rather than run under Aa.
        width: Math.min(implicitWidth, aa.x - Theme.spacing - x)
        onClicked: root.homeClicked()
    }

    Heading {
        id: titleText
        objectName: "screenTitle"
        x: root.stacked ? Theme.margin : home.x + home.width + Theme.spacing
        y: root.stacked ? root.rowsHeight - Theme.px(8) : (Theme.topBarHeight - height) / 2
        width: root.stacked ? parent.width - 2 * Theme.margin
                            : aa.x - Theme.spacing - x
        horizontalAlignment: Text.AlignHCenter
        text: root.title
        wrapMode: root.stacked ? Text.WordWrap : Text.NoWrap
        elide: root.stacked ? Text.ElideNone : Text.ElideRight
    }

    TextMetrics {
        id: titleWords
        font: titleText.font
        text: root.title
    }

    AaButton {
        id: aa
        anchors.right: listen.left
        anchors.rightMargin: Theme.px(16)
        y: (Theme.topBarHeight - height) / 2
    }

    ListenButton {
        id: listen
        anchors.right: root.crowded ? parent.right : languages.left
        anchors.rightMargin: root.crowded ? Theme.margin : Theme.px(16)
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
        y: root.crowded ? Theme.topBarHeight : (Theme.topBarHeight - height) / 2
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.px(2)
        color: Theme.primarySoft
    }
}
