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
    // steps | before | benefits | sideEffects | recovery | questions | warnings
    property string section: "steps"

    // Audio mode (Speech): the step's title and caption, or the open tab's lists.
    readonly property string spokenText: section === "steps"
        ? stepTitle.text + "\n" + stepCaption.text
        : details.children.filter(list => list.visible && list.objectName !== "sourcesList")
                          .map(list => [list.heading].concat(list.items).join("\n")).join("\n")
    onSpokenTextChanged: Speech.say(spokenText)

    // The animation follows the caption: same procedure, same step.
    onStepChanged: Stage.show(procedure.animation || "", step)
    Component.onCompleted: {
        Stage.show(procedure.animation || "", step)
        Usage.count("procedure_viewed", procedureId)
        Speech.say(bar.title + "\n" + spokenText)
    }

    TopBar {
        id: bar
        anchors.top: parent.top
        width: parent.width
        title: root.procedure.title || ""
        onHomeClicked: root.goHome()
    }

    // Landscape: the sections are a column down the left, so the picture,
    // the caption and the key points keep the whole height beside it (seven
    // sections never fit one row, and two rows left a caption one line high).
    // Portrait: they wrap in rows across the top, where height is plenty.
    readonly property bool sideTabs: !Theme.portrait

    // The main message first (CDC Clear Communication Index): three short
    // points, before anything else the topic shows: on opening (step 1) and
    // on every detail tab; on the later steps they fold away, so the picture
    // and the caption keep their room.
    Rectangle {
        id: keyPoints
        objectName: "keyPoints"
        anchors.top: bar.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: root.sideTabs ? tabsPanel.right : parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        visible: points.count > 0 && (root.section !== "steps" || root.step === 0)
        height: visible ? pointsFlow.implicitHeight + 2 * Theme.px(16) : 0
        radius: Theme.radius
        color: Theme.primarySoft

        Flow {
            id: pointsFlow
            x: Theme.px(24)
            y: Theme.px(16)
            width: parent.width - 2 * Theme.px(24)
            spacing: Theme.px(12)
            Repeater {
                id: points
                model: root.procedure.keyPoints || []
                delegate: Row {
                    id: point
                    required property string modelData
                    required property int index
                    // Side by side in landscape, one under the other in portrait.
                    width: !root.sideTabs ? pointsFlow.width
                                          : (pointsFlow.width - 2 * pointsFlow.spacing) / 3
                    spacing: Theme.px(12)
                    BodyText {
                        text: "✓"
                        font.bold: true
                        color: Theme.primary
                    }
                    BodyText {
                        objectName: "keyPoint-" + point.index
                        width: parent.width - Theme.px(44)
                        wrapMode: Text.WordWrap
                        text: point.modelData
                        font.bold: true
                        color: Theme.primary
                    }
                }
            }
        }
    }

    // Section tabs: the steps first, then what patients most often ask, and
    // the warning signs last but always in view: one tap from anywhere.
    // Landscape: one column down the left (scrolls only if a clinic's larger
    // text makes it taller than the screen); portrait: rows under the key points.
    Flickable {
        id: tabsPanel
        anchors.top: root.sideTabs ? bar.bottom : keyPoints.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        width: root.sideTabs ? Math.min(Theme.px(400), parent.width * 0.3)
                             : parent.width - 2 * Theme.margin
        height: root.sideTabs ? askCall.y - Theme.spacing - y : tabs.implicitHeight
        contentHeight: tabs.implicitHeight
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        clip: root.sideTabs

        Flow {
            id: tabs
            width: tabsPanel.width
            flow: root.sideTabs ? Flow.TopToBottom : Flow.LeftToRight
            spacing: Theme.px(12)

            Repeater {
                model: [
                    { key: "steps", label: qsTr("How it works") },
                    { key: "before", label: qsTr("Before you come") },
                    { key: "benefits", label: qsTr("Benefits") },
                    { key: "sideEffects", label: qsTr("Side effects") },
                    { key: "recovery", label: qsTr("Recovery") },
                    { key: "questions", label: qsTr("Questions to ask") },
                    { key: "warnings", label: qsTr("Warning signs") }
                ]
                delegate: KioskButton {
                    required property var modelData
                    objectName: "tab-" + modelData.key
                    text: modelData.label
                    kind: "secondary"
                    selected: root.section === modelData.key
                    fontSize: Theme.fontSmall
                    width: root.sideTabs ? tabs.width : implicitWidth
                    onClicked: {
                        root.section = modelData.key
                        detailsView.contentY = 0
                    }
                }
            }
        }
    }

    // Always in reach: a patient can ask for a call from any part of any
    // topic. Landscape: at the foot of the section column; portrait: at the
    // bottom, full width, under a thumb.
    KioskButton {
        id: askCall
        objectName: "askCallButton"
        x: Theme.margin
        width: root.sideTabs ? tabsPanel.width : parent.width - 2 * Theme.margin
        y: root.sideTabs ? parent.height - height - Theme.margin
                         : footer.y - height - Theme.spacing
        text: qsTr("Ask us to call you")
        kind: "callback"
        fontSize: Theme.fontSmall
        onClicked: root.openCallUs()
    }

    Item {
        id: body
        anchors.top: root.sideTabs ? keyPoints.bottom : tabsPanel.bottom
        anchors.bottom: root.sideTabs ? footer.top : askCall.top
        anchors.left: root.sideTabs ? tabsPanel.right : parent.left
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
                // Landscape: the picture gives way (narrower) when the caption needs more width
                // to fit its room whole: more audio controls, key points or larger text.
                width: Theme.portrait ? parent.width
                                      : Math.max(0, Math.min(parent.width * 0.58, height * 1.6,
                                                             parent.width - Theme.margin - captionWidthNeed))
                readonly property real captionRoom: parent.height - indicator.height - titleProbe.height
                                                    - stepButtons.height - 3 * Theme.spacing
                readonly property int captionLines: Math.max(1, Math.floor(captionRoom / Math.max(1, captionProbe.height)))
                // One line of the caption's length spread over the lines that fit, plus slack
                // for where the words break.
                readonly property real captionWidthNeed: captionProbe.implicitWidth / captionLines * 1.25
                // Portrait: the picture gives way to the words, so the caption is never cut short.
                height: Theme.portrait ? Math.max(0, Math.min(width / 1.6, parent.height * 0.5,
                                                              parent.height - wordsNeed)) : undefined
                readonly property real wordsNeed: Theme.margin + indicator.height + stepTitle.implicitHeight
                                                  + stepCaption.implicitHeight + stepButtons.height
                                                  + 3 * Theme.spacing
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
                // Measures (never shown): the caption and the title each on one line.
                BodyText {
                    id: captionProbe
                    visible: false
                    text: stepCaption.text
                    font.pixelSize: Theme.fontLead
                    lineHeight: 1.2
                }
                Heading {
                    id: titleProbe
                    visible: false
                    text: stepTitle.text
                }
                BodyText {
                    id: stepCaption
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
                    // With the key points above, a long caption on a short screen
                    // steps down to body size rather than being cut short.
                    fontSizeMode: Text.VerticalFit
                    minimumPixelSize: Theme.fontBody
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
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.right: parent.right
            // Room on the right for the take-home code (a sibling of the body).
            anchors.rightMargin: takeHome.visible ? takeHome.width + Theme.margin : 0
            visible: root.section !== "steps"
            contentHeight: details.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: details
                width: parent.width
                spacing: Theme.margin

                // Is it for me, what is it for, and how to get ready.
                DetailList {
                    objectName: "whoList"
                    width: parent.width
                    visible: root.section === "before" && (root.procedure.who || "") !== ""
                    heading: qsTr("Who can have it")
                    items: root.procedure.who ? [root.procedure.who] : []
                }
                DetailList {
                    objectName: "goalList"
                    width: parent.width
                    visible: root.section === "before" && (root.procedure.goal || "") !== ""
                    heading: qsTr("What it is meant to do")
                    items: root.procedure.goal ? [root.procedure.goal] : []
                }
                DetailList {
                    objectName: "beforeList"
                    width: parent.width
                    visible: root.section === "before"
                    heading: qsTr("Getting ready and the day itself")
                    items: root.procedure.before || []
                }
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
                    heading: qsTr("Serious problems (not common, but they can happen)")
                    items: root.procedure.sideEffectsSerious || []
                }
                DetailList {
                    width: parent.width
                    visible: root.section === "recovery"
                    heading: qsTr("Going home and getting better")
                    items: root.procedure.recovery || []
                }
                // The warning signs: their own tab, and again where recovery ends.
                EmergencyPanel {
                    objectName: "warningSigns"
                    width: parent.width
                    visible: root.section === "warnings" || root.section === "recovery"
                    callEmergency: root.procedure.callEmergency || []
                    callYourTeam: root.procedure.callYourTeam || []
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

    // Take the questions and the warning signs home on a phone: beside the
    // lists, in view without scrolling.
    TakeHomeQr {
        id: takeHome
        anchors.top: body.top
        anchors.right: body.right
        visible: (root.section === "questions" || root.section === "warnings") && url !== ""
        topic: root.procedureId
    }

    // When a list is longer than the screen, say so plainly and scroll on a tap.
    KioskButton {
        objectName: "moreBelow"
        anchors.right: body.right
        anchors.rightMargin: takeHome.visible ? takeHome.width + Theme.margin : 0
        anchors.bottom: body.bottom
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
        // Landscape: beside the section column, which runs down to the bottom.
        anchors.left: root.sideTabs ? tabsPanel.right : parent.left
        anchors.leftMargin: root.sideTabs ? Theme.spacing : 0
        anchors.right: parent.right
        reviewedBy: root.procedure.reviewedBy || ""
        reviewedOn: root.procedure.reviewedOn || ""
        reviewDraft: root.procedure.reviewDraft || false
        nextReview: root.procedure.nextReview || ""
    }
}
