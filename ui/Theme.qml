// The one place for colour, type and size. Screens never use literals.
// Designed at 1920x1080 (landscape) and 1080x1920 (portrait, `portrait`);
// `scale` follows the window within its shape. Type never shrinks below
// `fontMinimum`, so a small 1366x768 screen keeps readable words (its
// layouts have room for that: they are checked by tests/gui/test_shapes.py). Colour pairs meet WCAG AAA (7:1) for
// body text; tests/gui/test_theme.py measures every pair in `textPairs`,
// and every pair in `statePairs` (selected, unselected, disabled) at 3:1.
pragma Singleton
import QtQuick

QtObject {
    id: theme

    property real scale: 1.0
    property bool portrait: false
    function px(value) { return Math.round(value * scale) }

    // Colours
    readonly property color background: "#FAF7F2"     // warm off-white, calm
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1A1A1A"
    readonly property color textMuted: "#4A4A4A"
    readonly property color primary: "#174A6E"        // deep blue; white text on it
    readonly property color primaryPressed: "#0F3550"
    readonly property color primarySoft: "#E6EEF4"    // pressed / soft surfaces, never a state
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color callback: "#175440"       // deep green: "call me"
    readonly property color callbackPressed: "#0E3A2B"
    readonly property color note: "#FFF3D6"           // warm paper for disclaimers
    readonly property color problem: "#8B1A1A"        // dark red, always with words
    readonly property color border: "#8A8A8A"         // 3:1 on white, for outlines only
    // States of a choice: selected fills dark, unselected is white inside a
    // clear outline, disabled is grey with dark grey words (still readable).
    readonly property color selectedFill: primary
    readonly property color choiceBorder: "#767676"   // 4.2:1 on the page
    readonly property color disabledFill: "#E3E0DA"
    readonly property color textDisabled: "#3D3D3D"
    readonly property color scrim: "#CC1A1A1A"

    // Foreground/background pairs used for text, checked by a test (>= 7:1).
    readonly property var textPairs: [
        [text, background], [textMuted, background], [text, surface],
        [textMuted, surface], [textOnPrimary, primary], [textOnPrimary, primaryPressed],
        [primary, primarySoft], [text, primarySoft], [textOnPrimary, callback],
        [textOnPrimary, callbackPressed], [text, note], [primary, background],
        [primary, surface], [problem, background], [problem, surface],
        [textOnPrimary, selectedFill], [textDisabled, disabledFill]
    ]

    // Pairs a patient must tell apart to see a state (>= 3:1, WCAG 1.4.11):
    // selected next to unselected and the page; an outline against what is
    // inside and outside it; a mark in its box; disabled next to enabled.
    readonly property var statePairs: [
        [selectedFill, surface], [selectedFill, background], [primaryPressed, surface],
        [choiceBorder, surface], [choiceBorder, background],
        [textOnPrimary, selectedFill], [selectedFill, textOnPrimary], [primary, surface],
        [choiceBorder, disabledFill], [disabledFill, primary], [disabledFill, callback],
        [primary, primarySoft]
    ]

    // Type: Atkinson Hyperlegible, designed for low-vision readers.
    readonly property string fontFamily: "Atkinson Hyperlegible"
    readonly property int fontMinimum: 22       // no text is ever drawn smaller (px)
    function type(value, floor) { return Math.max(px(value), floor) }
    readonly property int fontDisplay: type(72, 44)
    readonly property int fontTitle: type(56, 36)
    readonly property int fontHeading: type(44, 30)
    readonly property int fontLead: type(38, 27)
    readonly property int fontBody: type(32, 24)
    readonly property int fontSmall: type(28, fontMinimum)     // the smallest text anywhere

    // Sizes
    readonly property int touchMin: px(88)      // every tap target is at least this tall
    readonly property int margin: px(48)
    readonly property int spacing: px(24)
    readonly property int radius: px(20)
    readonly property int topBarHeight: px(128)

    // Motion
    readonly property int quick: 160
    readonly property int calm: 600
}
