// One treatment, explained step by step, with the details a patient asks about.
// The content comes from the pack of the current language, so switching
// language changes every text and keeps the step the patient is on.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import ui

Rectangle {
    id: root
    objectName: "procedureScreen"
    color: Theme.background

    required property string procedureId
    // Main.qml shows the animation view inside this frame.
    readonly property Item stageArea: stageFrame.stageReady ? stageFrame : null
    signal goHome()
    signal openCallUs()

    // Re-read when the language changes; `Language.current` is the dependency.
    readonly property var procedure: Procedures.details(procedureId, Language.current)
    readonly property var steps: procedure.steps || []
    property int step: 0
    property string section: "steps"   // steps | benefits | sideEffects | recovery | questions

    // The animation follows the caption: same procedure, same step.
    onStepChanged: Stage.show(procedure.animation || "", step)
    Component.onCompleted: {
        Stage.show(procedure.animation || "", step)
        Usage.count("procedure_viewed", procedureId)
    }

    TopBar {
        id: bar
        anchors.top: parent.top
        width: parent.width
        title: root.procedure.title || ""
        onHomeClicked: root.goHome()
    }

    // Section tabs: the steps first, then what patients most often ask.
    // They wrap onto a second line when the screen is narrow (portrait).
    Flow {
        id: tabs
        anchors.top: bar.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        width: parent.width - 2 * Theme.margin
               - (Theme.portrait ? 0 : askCall.width + Theme.spacing)
        spacing: Theme.px(12)

        Repeater {
            model: [
                { key: "steps", label: qsTr("How it works") },
                { key: "benefits", label: qsTr("Benefits") },
                { key: "sideEffects", label: qsTr("Side effects") },
                { key: "recovery", label: qsTr("Recovery") },
                { key: "questions", label: qsTr("Questions to ask") }
            ]
            delegate: KioskButton {
                required property var modelData
                objectName: "tab-" + modelData.key
                text: modelData.label
                kind: "secondary"
                selected: root.section === modelData.key
                fontSize: Theme.fontSmall
                onClicked: {
                    root.section = modelData.key
                    detailsView.contentY = 0
                }
            }
        }
    }

    // Always in reach: a patient can ask for a call from any part of any
    // topic. In portrait it sits at the bottom, full width, under a thumb.
    KioskButton {
        id: askCall
        objectName: "askCallButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.left: Theme.portrait ? parent.left : undefined
        anchors.leftMargin: Theme.margin
        y: Theme.portrait ? footer.y - height - Theme.spacing
                          : tabs.y + Math.min(tabs.height, Theme.touchMin) / 2 - height / 2
        text: qsTr("Ask us to call you")
        kind: "callback"
        fontSize: Theme.fontSmall
        onClicked: root.openCallUs()
    }

    Item {
        id: body
        anchors.top: tabs.bottom
        anchors.bottom: Theme.portrait ? askCall.top : footer.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin

        // How it works: the animation frame and the step caption side by
        // side; in portrait the picture is on top at full width, the words
        // under it and Back/Next at the bottom, within thumb reach.
        Item {
            anchors.fill: parent
            visible: root.section === "steps"

            Rectangle {
                id: stageFrame
                objectName: "animationFrame"
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: Theme.portrait ? undefined : parent.bottom
                width: Theme.portrait ? parent.width : Math.min(parent.width * 0.58, height * 1.6)
                height: Theme.portrait ? Math.min(width / 1.6, parent.height * 0.5) : undefined
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.px(3)
                border.color: Theme.primarySoft
                clip: true
                // For assistive technology the step's caption describes the animation.
                Accessible.role: Accessible.Animation
                Accessible.name: stepTitle.text
                Accessible.description: root.steps.length ? root.steps[root.step].caption : ""
                // Show the view only on the "How it works" tab; it is parked otherwise.
                readonly property bool stageReady: root.section === "steps"

                // Until the animation is ready (first seconds after start), the
                // frame shows the topic's one-line summary instead of a blank.
                BodyText {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.margin
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    visible: !Stage.ready
                    text: root.procedure.summary || ""
                    font.pixelSize: Theme.fontLead
                    color: Theme.primary
                }
                // Over the web view (z): what red and blue mean, while the step shows vessels.
                VesselLegend {
                    z: 2
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.px(12)
                    // only once the page shows this topic (not the last one's state)
                    visible: Stage.vesselLegend && Stage.shownProcedure === (root.procedure.animation || "")
                }
            }

            Item {
                anchors.left: Theme.portrait ? parent.left : stageFrame.right
                anchors.leftMargin: Theme.portrait ? 0 : Theme.margin
                anchors.right: parent.right
                anchors.top: Theme.portrait ? stageFrame.bottom : parent.top
                anchors.topMargin: Theme.portrait ? Theme.margin : 0
                anchors.bottom: parent.bottom

                StepIndicator {
                    id: indicator
                    anchors.top: parent.top
                    count: root.steps.length
                    current: root.step
                }
                Heading {
                    id: stepTitle
                    objectName: "stepTitle"
                    anchors.top: indicator.bottom
                    anchors.topMargin: Theme.spacing
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: root.steps.length ? root.steps[root.step].title : ""
                }
                BodyText {
                    objectName: "stepCaption"
                    anchors.top: stepTitle.bottom
                    anchors.topMargin: Theme.spacing
                    anchors.bottom: stepButtons.top
                    anchors.bottomMargin: Theme.spacing
                    width: parent.width
                    wrapMode: Text.WordWrap
                    elide: Text.ElideRight
                    text: root.steps.length ? root.steps[root.step].caption : ""
                    font.pixelSize: Theme.fontLead
                    lineHeight: 1.2
                }
                Row {
                    id: stepButtons
                    anchors.bottom: parent.bottom
                    width: parent.width
                    spacing: Theme.spacing

                    KioskButton {
                        objectName: "backButton"
                        width: (parent.width - parent.spacing) / 2
                        text: "‹  " + qsTr("Back")
                        kind: "secondary"
                        enabled: root.step > 0
                        onClicked: root.step -= 1
                    }
                    KioskButton {
                        objectName: "nextButton"
                        width: (parent.width - parent.spacing) / 2
                        readonly property bool last: root.step >= root.steps.length - 1
                        text: last ? qsTr("Benefits") + "  ›" : qsTr("Next") + "  ›"
                        onClicked: {
                            Usage.count("step_completed", root.procedureId)
                            if (last)
                                root.section = "benefits"
                            else
                                root.step += 1
                        }
                    }
                }
            }
        }

        // The detail sections: plain lists, scrollable if a clinic's text is long.
        Flickable {
            id: detailsView
            anchors.fill: parent
            visible: root.section !== "steps"
            contentHeight: details.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: details
                width: parent.width
                spacing: Theme.margin

                DetailList {
                    width: parent.width
                    visible: root.section === "benefits"
                    heading: qsTr("What can be good about it")
                    items: root.procedure.benefits || []
                }
                DetailList {
                    width: parent.width
                    visible: root.section === "sideEffects"
                    heading: qsTr("Common side effects (usually mild)")
                    items: root.procedure.sideEffectsCommon || []
                }
                DetailList {
                    width: parent.width
                    visible: root.section === "sideEffects"
                    heading: qsTr("Serious problems (uncommon)")
                    items: root.procedure.sideEffectsSerious || []
                }
                DetailList {
                    width: parent.width
                    visible: root.section === "recovery"
                    heading: qsTr("Going home and getting better")
                    items: root.procedure.recovery || []
                }
                DetailList {
                    width: parent.width
                    visible: root.section === "recovery"
                    heading: qsTr("Call your care team if")
                    items: root.procedure.callYourTeam || []
                }
                DetailList {
                    width: parent.width
                    visible: root.section === "questions"
                    heading: qsTr("Questions you may want to ask your doctor")
                    items: root.procedure.questions || []
                }
                DetailList {
                    objectName: "sourcesList"
                    width: parent.width
                    visible: root.section === "questions"
                    heading: qsTr("Where this information comes from")
                    items: (root.procedure.sources || []).map(source => source.title)
                }
            }
        }
    }

    // When a list is longer than the screen, say so plainly and scroll on a tap.
    KioskButton {
        objectName: "moreBelow"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.bottom: Theme.portrait ? askCall.top : footer.top
        anchors.bottomMargin: Theme.spacing
        visible: detailsView.visible && detailsView.contentHeight > detailsView.height
                 && !detailsView.atYEnd
        text: qsTr("More below")
        fontSize: Theme.fontBody
        onClicked: detailsView.contentY = Math.min(
                       detailsView.contentY + detailsView.height * 0.8,
                       detailsView.contentHeight - detailsView.height)
    }

    ReviewFooter {
        id: footer
        anchors.bottom: parent.bottom
        width: parent.width
        reviewedBy: root.procedure.reviewedBy || ""
        reviewedOn: root.procedure.reviewedOn || ""
    }
}
