// Running text in the kiosk's type: Theme.fontBody, Theme.text.
// Plain text always: a clinic name, content or a patient's words must never
// be read as markup (an <img src=...> in them would make Qt fetch the URL).
import QtQuick
import ui

Text {
    textFormat: Text.PlainText
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text
}
