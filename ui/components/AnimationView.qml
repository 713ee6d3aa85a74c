// The one long-lived web view that plays the bundled animations (kiosk://app/stage.html).
// Created once, after the first frame, and moved into whichever screen shows it.
// Everything a browser could do beyond showing our page is switched off here;
// kiosk/web/ blocks the network and serves the files.
import QtQuick
import QtWebEngine
import QtWebChannel
import Kiosk
import ui

WebEngineView {
    id: view
    objectName: "animationView"

    // Fills whatever frame Main.qml moves it into, inside the frame's border.
    anchors.fill: parent
    anchors.margins: Theme.px(3)

    // The default profile: off the record, locked down by kiosk/web/profile.py
    // (our scheme only, every other request blocked) before this view exists.
    url: Stage.url
    backgroundColor: Theme.surface   // no white flash while loading
    // Only to be watched: no touch, key or focus ring goes into the page
    // (Tab passes it by), so the keyboard's focus stays on our controls.
    enabled: false
    activeFocusOnTab: false
    // For assistive technology: the step's caption describes the picture
    // (ProcedureScreen sets it on the frame around this view).
    Accessible.ignored: true

    settings.javascriptCanOpenWindows: false
    settings.javascriptCanAccessClipboard: false
    settings.localContentCanAccessRemoteUrls: false
    settings.localContentCanAccessFileUrls: false
    settings.pluginsEnabled: false
    settings.pdfViewerEnabled: false
    settings.focusOnNavigationEnabled: false
    settings.showScrollBars: false
    settings.navigateOnDropEnabled: false
    settings.touchIconsEnabled: false
    settings.webGLEnabled: false
    settings.screenCaptureEnabled: false

    webChannel: WebChannel {
        id: channel
        Component.onCompleted: channel.registerObjects({ "bridge": Stage.pageBridge })
    }

    // No context menu, no new windows, no file picker, no leaving the stage page.
    onContextMenuRequested: request => { request.accepted = true }
    // A new-window request is ignored simply by never calling openIn().
    onNewWindowRequested: request => {}
    onFileDialogRequested: request => { request.accepted = true; request.dialogReject() }
    onNavigationRequested: request => {
        if (!Stage.mayNavigate(request.url))
            request.reject()
    }
    onJavaScriptConsoleMessage: (level, message, lineNumber, sourceID) => {
        Stage.consoleMessage(level, message, lineNumber, sourceID)
    }
    onLoadingChanged: info => {
        if (info.status === WebEngineView.LoadStartedStatus)
            Stage.pageLost()
    }
    onRenderProcessTerminated: (terminationStatus, exitCode) => {
        Stage.rendererTerminated(terminationStatus, exitCode)
        reloadSoon.restart()
    }

    Timer {
        id: reloadSoon
        interval: 500
        onTriggered: view.reload()
    }
}
