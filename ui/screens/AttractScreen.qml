// The welcome screen a patient walks up to: calm motion, the clinic's name,
// one clear invitation, and the language choice. Any tap starts.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Rectangle {
    id: root
    objectName: "attractScreen"
    signal start()

    color: Theme.background

    // Gentle motion: large soft circles drifting slowly. Still when motion is reduced.
    Repeater {
        model: 3
        delegate: Rectangle {
            id: bubble
            required property int index
            width: Theme.px(520 + 180 * index)
            height: width
            radius: width / 2
            color: index === 1 ? Theme.primarySoft : "#F1E9DD"
            opacity: 0.7
            x: root.width * (0.08 + 0.3 * index)
            y: root.height * (index === 1 ? 0.45 : -0.15)

            SequentialAnimation on y {
                running: !Clinic.reduceMotion && root.visible
                loops: Animation.Infinite
                NumberAnimation {
                    to: bubble.y + Theme.px(60 + 20 * bubble.index)
                    duration: 7000 + 1500 * bubble.index
                    easing.type: Easing.InOutSine
                }
                NumberAnimation {
                    to: bubble.y
                    duration: 7000 + 1500 * bubble.index
                    easing.type: Easing.InOutSine
                }
            }
        }
    }

    // A tap anywhere that is not a button starts.
    TapHandler { onTapped: root.start() }

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
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.margin
        spacing: Theme.px(40)

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
            text: qsTr("Start")
            fontSize: Theme.fontHeading
            width: Theme.px(420)
            height: Theme.px(120)
            onClicked: root.start()

            SequentialAnimation on opacity {
                running: !Clinic.reduceMotion && root.visible
                loops: Animation.Infinite
                NumberAnimation { to: 0.8; duration: 1600; easing.type: Easing.InOutSine }
                NumberAnimation { to: 1.0; duration: 1600; easing.type: Easing.InOutSine }
            }
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
