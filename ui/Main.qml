// The kiosk window: one screen at a time, the idle warning on top.
// Each screen is created fresh when shown and destroyed when left, so nothing
// a patient saw or typed survives "Start over" (R10).
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Window {
    id: window
    objectName: "mainWindow"

    width: 1920
    height: 1080
    color: Theme.background
    title: "io-kiosk"

    property string currentScreen: "attract"     // attract | home | procedure | callUs | compare
    property string procedureId: ""

    function show(name, id) {
        procedureId = id || ""
        currentScreen = name
    }

    // Two designs, not one scaled: landscape at 1920x1080 and portrait at
    // 1080x1920 (a standing kiosk). Screens ask Theme.portrait for their layout.
    Binding { target: Theme; property: "portrait"; value: window.height > window.width }
    Binding {
        target: Theme; property: "scale"
        value: window.height > window.width ? Math.min(window.width / 1080, window.height / 1920)
                                            : Math.min(window.width / 1920, window.height / 1080)
    }
    // Audio mode: say the name of each control that gets keyboard focus (issue 15).
    // Here, not in Python: wrapping the web view's inner items crashes PySide.
    Binding { target: Idle; property: "active"; value: window.currentScreen !== "attract" || Staff.open }
    Binding { target: Idle; property: "staff"; value: Staff.open }

    Connections {
        target: Session
        function onStartedOver() { window.show("attract") }
    }
    // Each new screen starts at its top; the keyboard's focus is kept in view.
    onCurrentScreenChanged: screenArea.scrollTo(0)
    // The focused control: spoken in audio mode, and kept in view.
    onActiveFocusItemChanged: {
        const focused = window.activeFocusItem
        if (Speech.enabled && focused)
            Speech.echo(focused.Accessible.name)
        if (!focused || screenArea.reach <= 0) return
        let inside = focused.parent
        while (inside && inside !== screenArea) inside = inside.parent
        if (!inside) return   // the Aa panel, the idle warning, staff mode: not on the page
        const top = focused.mapToItem(screenArea, 0, 0).y
        const margin = Theme.margin
        if (top - margin < screenArea.offset)
            screenArea.scrollTo(top - margin)
        else if (top + focused.height + margin > screenArea.offset + window.height)
            screenArea.scrollTo(top + focused.height + margin - window.height)
    }

    // Larger text (the Aa panel) needs more room than the window has: the
    // screen is laid out that much taller and scrolls up and down (a drag,
    // the wheel, or by itself to show the control the keyboard focus is on),
    // so every word reflows in one direction and none is cut off (WCAG 1.4.10).
    // At normal size it is the window, exactly, and nothing scrolls.
    Item {
        id: screenArea
        objectName: "screenArea"
        width: window.width
        // Words need about the square of the text size in area: a landscape
        // screen (short) grows by that, a portrait stand (tall) by the size.
        height: Math.round(window.height * (Theme.portrait ? Theme.textScale
                                                           : Theme.textScale * Theme.textScale))
        readonly property real reach: height - window.height   // how far it can scroll
        property real offset: 0
        y: -Math.min(offset, reach)
        focus: true
        // Under staff mode the patient's page takes no keys: Tab stays in staff mode.
        enabled: !Staff.open

        function scrollTo(value) { offset = Math.max(0, Math.min(value, reach)) }
        onReachChanged: scrollTo(offset)

        DragHandler {
            target: null
            enabled: screenArea.reach > 0
            xAxis.enabled: false
            property real from: 0
            onActiveChanged: from = screenArea.offset
            onTranslationChanged: if (active) screenArea.scrollTo(from - translation.y)
        }
        WheelHandler {
            enabled: screenArea.reach > 0
            onWheel: event => screenArea.scrollTo(screenArea.offset - event.angleDelta.y)
        }

        Loader {
            id: screenLoader
            objectName: "screenLoader"
            anchors.fill: parent
            focus: true
            sourceComponent: {
                switch (window.currentScreen) {
                case "home": return homeScreen
                case "procedure": return procedureScreen
                case "callUs": return callUsScreen
                case "compare": return compareScreen
                default: return attractScreen
                }
            }
            onLoaded: fadeIn.restart()
            NumberAnimation {
                id: fadeIn
                target: screenLoader.item
                property: "opacity"
                from: Access.reduceMotion ? 1 : 0
                to: 1
                duration: Theme.quick * 2
            }
        }
    }

    // With larger text the page goes on below the window: say so plainly, and
    // scroll on a tap (a drag or the wheel scrolls too).
    KioskButton {
        objectName: "pageMoreBelow"
        z: 4
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        visible: screenArea.reach > 0 && screenArea.offset < screenArea.reach - 1
        text: qsTr("More below")
        onClicked: screenArea.scrollTo(screenArea.offset + window.height * 0.7)
    }

    Component {
        id: attractScreen
        AttractScreen {
            id: attract
            onStart: window.show("home")
            onAskCall: window.show("callUs")
        }
    }
    Component {
        id: homeScreen
        HomeScreen {
            onOpenProcedure: id => window.show("procedure", id)
            onOpenCallUs: window.show("callUs")
            onOpenCompare: window.show("compare")
            onStartOver: Session.startOver()
        }
    }
    Component {
        id: procedureScreen
        ProcedureScreen {
            procedureId: window.procedureId
            onGoHome: window.show("home")
            onOpenCallUs: window.show("callUs", window.procedureId)
        }
    }
    Component {
        id: compareScreen
        CompareScreen {
            onGoHome: window.show("home")
            onOpenProcedure: id => window.show("procedure", id)
        }
    }
    Component {
        id: callUsScreen
        CallbackScreen {
            topic: window.procedureId
            onGoHome: window.show("home")
        }
    }

    // The animation view lives here for the whole run (one page, never
    // recreated) and is shown inside the screen that offers a stage area.
    Item {
        id: stageParking
        visible: false
        width: Theme.px(1100)
        height: Theme.px(700)
    }
    Loader {
        id: stageLoader
        // Only a holder: the view it makes is re-parented into a screen (or
        // the hidden parking spot); the Loader itself never shows anything.
        visible: false
        active: Stage.warm
        asynchronous: true
        sourceComponent: AnimationView {}
    }
    Binding {
        target: stageLoader.item
        property: "parent"
        // Only the procedure screen has a stage area. (Ids can be null while
        // the window is torn down.)
        value: (screenLoader && (screenLoader.item as ProcedureScreen)?.stageArea) || stageParking
        when: stageLoader.status === Loader.Ready
    }

    // Staff mode covers the patient screens entirely while it is open.
    Loader {
        anchors.fill: parent
        z: 5
        active: Staff.open
        sourceComponent: StaffScreen {}
    }

    IdleOverlay {
        anchors.fill: parent
        z: 10
    }
}
