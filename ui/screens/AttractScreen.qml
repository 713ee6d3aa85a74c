// The welcome screen a patient walks up to: the treatments' own pictures,
// slowly taking turns, the clinic's name, the invitation in every offered
// language, and the language choice. Any tap starts. Pure QML and still
// pictures: the first frame is fast and nothing moves between cross-fades.
// After a few minutes with nobody there the pictures hold still (no frame
// at all): a kiosk spends most of its day on this screen, on fanless boxes.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Rectangle {
    id: root
    objectName: "attractScreen"
    signal start()
    signal askCall()

    color: Theme.background

    // Portrait stands get the picture on top; landscape screens, side by side.
    readonly property bool portrait: height > width
    // The treatments' own illustrations (resources/animations/previews/, made from
    // the stage's drawings by resources/animations/tools/snapshot.py): still
    // pictures, so the welcome screen needs no web view and stays cheap.
    readonly property var pictures: ["overview", "y90", "tace", "ablation", "team"]
    property int shown: 0
    // A slow cross-fade every several seconds, nothing per frame in between;
    // no cycling at all when motion is reduced.
    property int cycleInterval: 8000
    // Nobody has touched the screen for this long: stop cross-fading until a
    // touch (every tap here starts, so the next welcome screen moves again).
    property int quietAfter: 180000
    property bool quiet: false
    readonly property bool cycling: !Access.reduceMotion && root.visible && !root.quiet

    function wake() {
        root.quiet = false
        quietTimer.restart()
    }
    onVisibleChanged: if (visible) root.wake()

    Timer {
        id: quietTimer
        interval: root.quietAfter
        running: root.visible && !root.quiet
        onTriggered: root.quiet = true
    }

    Timer {
        interval: root.cycleInterval
        repeat: true
        running: root.cycling
        onTriggered: {
            root.previous = root.shown
            root.shown = (root.shown + 1) % root.pictures.length
            root.fade = 0
            fader.restart()
        }
    }

    // The cross-fade at a low frame rate (fadeFps): a Qt Quick animation would
    // redraw the picture at the display's 60 Hz, and calm motion needs far fewer.
    property int previous: -1
    property real fade: 1           // 0 -> 1 while the shown picture comes in
    readonly property int fadeFps: 12
    readonly property int fadeMs: 1000
    readonly property real eased: 0.5 - 0.5 * Math.cos(Math.PI * root.fade)
    Timer {
        id: fader
        interval: Math.round(1000 / root.fadeFps)
        repeat: true
        onTriggered: {
            root.fade = Math.min(1, root.fade + interval / root.fadeMs)
            if (root.fade >= 1)
                stop()
        }
    }

    Item {
        id: pictureArea
        x: Theme.margin
        y: Theme.margin
        width: root.portrait ? root.width - 2 * Theme.margin : root.width * 0.54
        // Portrait: no taller than the drawing at full width, so the words below fit.
        height: root.portrait ? Math.min(root.height * 0.42, width * 700 / 1100)
                              : root.height - 2 * Theme.margin

        Rectangle {
            id: card
            objectName: "attractPicture"
            // The drawings' own shape (1100 x 700), as large as the area allows.
            width: Math.min(parent.width, parent.height * 1100 / 700)
            height: width * 700 / 1100
            anchors.centerIn: parent
            radius: Theme.radius
            color: Theme.background
            border.width: Theme.px(3)
            border.color: Theme.primarySoft
            readonly property string source: root.pictures[root.shown]

            Repeater {
                model: root.pictures
                delegate: Image {
                    required property string modelData
                    required property int index
                    objectName: "attractPicture-" + modelData
                    anchors.fill: parent
                    anchors.margins: Theme.px(6)
                    source: Qt.resolvedUrl("../../resources/animations/previews/" + modelData + ".svg")
                    sourceSize.width: width
                    sourceSize.height: height
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true   // the first frame never waits for a picture
                    smooth: true
                    // Short: each step of a cross-fade repaints the whole picture (bench/cpu.py).
                    opacity: index === root.shown ? root.eased
                           : index === root.previous ? 1 - root.eased : 0
                    visible: opacity > 0
                }
            }
        }
    }

    // A tap anywhere that is not a button starts.
    TapHandler {
        onPressedChanged: if (pressed) root.wake()
        onTapped: root.start()
    }

    // Listen (audio mode): in the bottom-left corner, free in both shapes; its controls beside it.
    Row {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin / 2
        spacing: Theme.px(16)
        z: 5
        ListenButton {}
        SpeechControls {}
    }
    Component.onCompleted: Speech.say(tagline.text + "\n" + startButton.text)

    // Staff only: press and hold the top-left corner for 3 seconds, let go,
    // then tap it again within 5 seconds. Nothing shows; patients never find it.
    Item {
        id: staffCorner
        objectName: "staffCorner"
        width: Theme.px(160)
        height: width
        z: 5
        property bool armed: false
        TapHandler {
            gesturePolicy: TapHandler.WithinBounds   // the whole-screen "start" never sees it
            longPressThreshold: 3
            onLongPressed: {
                staffCorner.armed = true
                disarm.restart()
            }
            onTapped: {
                if (staffCorner.armed) {
                    staffCorner.armed = false
                    Staff.openSignIn()
                }
            }
        }
        Timer {
            id: disarm
            interval: 5000
            onTriggered: staffCorner.armed = false
        }
    }

    Column {
        id: words
        // Beside the picture (landscape) or under it (portrait), centred in what is left.
        x: root.portrait ? 2 * Theme.margin : pictureArea.x + pictureArea.width + 2 * Theme.margin
        width: root.portrait ? root.width - 4 * Theme.margin : root.width - x - 2 * Theme.margin
        y: root.portrait ? pictureArea.y + pictureArea.height + (root.height - pictureArea.y - pictureArea.height - height) / 2
                         : (root.height - height) / 2
        spacing: Theme.px(root.portrait ? 40 : 32)

        Image {
            visible: Clinic.logoUrl !== ""
            anchors.horizontalCenter: parent.horizontalCenter
            source: Clinic.logoUrl
            sourceSize.height: Theme.px(160)
            fillMode: Image.PreserveAspectFit
        }
        Heading {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: Clinic.name
            font.pixelSize: Theme.fontDisplay
            color: Theme.primary
        }
        BodyText {
            id: tagline
            objectName: "attractTagline"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Touch to learn about your treatment options")
            font.pixelSize: Theme.fontTitle
        }
        // Nobody has chosen a language yet: the same invitation in the others.
        Repeater {
            model: Language.languages.filter(l => l.code !== Language.current)
            delegate: BodyText {
                required property var modelData
                objectName: "attractWelcome-" + modelData.code
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: modelData.welcome
                font.pixelSize: Theme.fontLead
                color: Theme.textMuted
            }
        }
        KioskButton {
            id: startButton
            objectName: "startButton"
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Touch to start")
            fontSize: Theme.fontHeading
            width: Math.min(words.width, Theme.px(560))
            height: Theme.px(120)
            onClicked: root.start()
        }
        // Straight to the call-back form: the shortest way to ask for a call.
        KioskButton {
            objectName: "attractCallButton"
            anchors.horizontalCenter: parent.horizontalCenter
            kind: "callback"
            text: qsTr("Ask us to call you")
            fontSize: Theme.fontLead
            width: Math.min(words.width, Theme.px(560))
            height: Theme.px(100)
            onClicked: root.askCall()
        }
        BodyText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Language.languages.map(l => l.chooseLanguage).join("  ·  ")
            color: Theme.textMuted
        }
        LanguageSwitch {
            anchors.horizontalCenter: parent.horizontalCenter
            onChosen: root.start()
        }
    }
}
