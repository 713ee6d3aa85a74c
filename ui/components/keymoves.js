// What the keys do on a control that takes the keyboard focus (KioskButton,
// Tile, CheckBox): Enter or Space presses it; the arrow keys move the focus
// ring on (right, down) or back (left, up) in the same order as Tab.
// Other keys (digits, letters, Backspace) are left for the page around it.
.pragma library

function handle(control, event, activate) {
    switch (event.key) {
    case Qt.Key_Return:
    case Qt.Key_Enter:
    case Qt.Key_Space:
        if (control.enabled && !event.isAutoRepeat)
            activate()
        event.accepted = true
        return
    case Qt.Key_Right:
    case Qt.Key_Down:
        move(control, true)
        event.accepted = true
        return
    case Qt.Key_Left:
    case Qt.Key_Up:
        move(control, false)
        event.accepted = true
        return
    }
}

function move(control, forward) {
    const next = control.nextItemInFocusChain(forward)
    if (next)
        next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
}
