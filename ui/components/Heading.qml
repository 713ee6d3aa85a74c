// A title or a question, in the kiosk's type: bold, Theme.fontHeading, Theme.text.
// Plain text always: a clinic name, content or a patient's words must never
// be read as markup (an <img src=...> in them would make Qt fetch the URL).
import QtQuick
import ui

Text {
    textFormat: Text.PlainText
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontHeading
    font.bold: true
    color: Theme.text
}
