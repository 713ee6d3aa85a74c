// The one place for colour, type and size. Screens never use literals.
// Designed at 1920x1080 (landscape) and 1080x1920 (portrait, `portrait`);
// `scale` follows the window within its shape. Type never shrinks below
// `fontMinimum`, so a small 1366x768 screen keeps readable words (its
// layouts have room for that: they are checked by tests/gui/test_shapes.py). Colour pairs meet WCAG AAA (7:1) for
// body text; tests/gui/test_theme.py measures every pair in `textPairs`,
// and every pair in `statePairs` (selected, unselected, disabled) at 3:1.
// A patient's own reading aids (kiosk/qml/access.py, the "Aa" panel) are
// applied here and nowhere else: `textScale` grows every font size and the
// targets that hold words; `highContrast` swaps every colour for white on
// black with a yellow focus ring (text >= 10:1, states >= 4.5:1, measured
// over `textPairs` / `statePairs` by the same test).
pragma Singleton
import QtQuick
import Kiosk

QtObject {
    id: theme

    property real scale: 1.0
    property bool portrait: false
    function px(value) { return Math.round(value * scale) }
    readonly property real textScale: Access.textScale
    readonly property bool highContrast: Access.highContrast
    // A size that holds words: grows with the patient's text size.
    function tx(value) { return Math.round(value * scale * textScale) }

    // Colours
    readonly property color background: highContrast ? "#000000" : "#FAF7F2"     // warm off-white, calm
    readonly property color surface: highContrast ? "#000000" : "#FFFFFF"
    readonly property color text: highContrast ? "#FFFFFF" : "#1A1A1A"
    readonly property color textMuted: highContrast ? "#E6E6E6" : "#4A4A4A"
    readonly property color primary: highContrast ? "#FFFFFF" : "#174A6E"        // deep blue; white text on it
    readonly property color primaryPressed: highContrast ? "#CCCCCC" : "#0F3550"
    readonly property color primarySoft: highContrast ? "#1F1F1F" : "#E6EEF4"    // pressed / soft surfaces, never a state
    readonly property color textOnPrimary: highContrast ? "#000000" : "#FFFFFF"
    readonly property color callback: highContrast ? "#8CF5A8" : "#175440"       // deep green: "call me"
    readonly property color callbackPressed: highContrast ? "#6BD98A" : "#0E3A2B"
    readonly property color note: highContrast ? "#1F1F1F" : "#FFF3D6"           // warm paper for disclaimers
    readonly property color problem: highContrast ? "#FFB0B0" : "#8B1A1A"        // dark red, always with words
    readonly property color border: highContrast ? "#FFFFFF" : "#8A8A8A"         // 3:1 on white, for outlines only
    // States of a choice: selected fills dark, unselected is white inside a
    // clear outline, disabled is grey with dark grey words (still readable).
    readonly property color selectedFill: primary
    readonly property color choiceBorder: highContrast ? "#FFFFFF" : "#767676"   // 4.2:1 on the page
    readonly property color disabledFill: highContrast ? "#2E2E2E" : "#E3E0DA"
    readonly property color textDisabled: highContrast ? "#E6E6E6" : "#3D3D3D"
    // The keyboard focus ring: thick, drawn just outside the control, in a
    // colour no control uses (3:1 on the page; yellow on black in high contrast).
    readonly property color focus: highContrast ? "#FFD400" : "#A84300"
    readonly property int focusWidth: px(6)
    readonly property color scrim: highContrast ? "#E6000000" : "#CC1A1A1A"

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
        [primary, primarySoft],
        [focus, background], [focus, surface]   // the keyboard focus ring on the page
    ]

    // Type: Atkinson Hyperlegible, designed for low-vision readers.
    readonly property string fontFamily: "Atkinson Hyperlegible"
    readonly property int fontMinimum: 22       // no text is ever drawn smaller (px)
    function type(value, floor) { return Math.round(Math.max(px(value), floor) * textScale) }
    readonly property int fontDisplay: type(72, 44)
    readonly property int fontTitle: type(56, 36)
    readonly property int fontHeading: type(44, 30)
    readonly property int fontLead: type(38, 27)
    readonly property int fontBody: type(32, 24)
    readonly property int fontSmall: type(28, fontMinimum)     // the smallest text anywhere

    // Sizes
    readonly property int touchMin: tx(88)      // every tap target is at least this tall
    readonly property int margin: px(48)
    readonly property int spacing: px(24)
    readonly property int radius: px(20)
    readonly property int topBarHeight: tx(128)

    // Motion
    readonly property int quick: 160
    readonly property int calm: 600
}
