/* stage/channel.js: the page's side of the QWebChannel to the app.
 *
 * Out: every stage event (stepChanged, scene, key, ended, settled) goes to bridge.reportStep /
 * reportScene / reportKey / reportEnded / reportSettled (queued until the channel is up), to
 * window.stageEvents (for tests) and, once the channel opens, bridge.pageReady(). In: the app's
 * showRequested, reducedMotionRequested, wakeRequested and settleTimeRequested signals, which
 * drive the page through window.stage like any other caller.
 * The object is named "bridge" (kiosk/web/bridge.py PageBridge).
 */
(function () {
  'use strict';

  var warn = window.StageParts.warn;
  var MAX_EVENTS = 200; // window.stageEvents is a ring: the kiosk runs for months.

  // ---------------------------------------------------------------- events
  var bridge = null;
  var outbox = []; // events that happened before the channel was up
  window.stageEvents = [];

  var METHODS = { stepChanged: 'reportStep', scene: 'reportScene', key: 'reportKey', ended: 'reportEnded',
    settled: 'reportSettled' };

  function sendToBridge(ev) {
    var name = METHODS[ev.type];
    if (typeof bridge[name] !== 'function') {
      warn('bridge has no method', name);
      return;
    }
    try {
      if (ev.type === 'ended') bridge.reportEnded(ev.procedure);
      else if (ev.type === 'scene') bridge.reportScene(ev.procedure, ev.index, ev.scene, !!ev.legend);
      else bridge[name](ev.procedure, ev.index);
    } catch (e) {
      warn('bridge call failed:', e && e.message);
    }
  }

  function emit(type, procedure, index, extra) {
    var ev = Object.assign({ type: type, procedure: procedure, index: index }, extra || {});
    window.stageEvents.push(ev);
    if (window.stageEvents.length > MAX_EVENTS) window.stageEvents.splice(0, window.stageEvents.length - MAX_EVENTS);
    if (bridge) sendToBridge(ev);
    else if (channelPending && outbox.length < MAX_EVENTS) outbox.push(ev);
  }

  /** The app's requests over the channel (kiosk/web/bridge.py PageBridge): show a
   *  procedure's step (loading it first if needed), play, pause, reduced motion. */
  function listen(b) {
    function on(signal, handler) {
      if (b[signal] && typeof b[signal].connect === 'function') b[signal].connect(handler);
    }
    on('showRequested', function (procedure, step) {
      if (window.stage.state().procedure !== procedure) {
        if (!window.stage.load(procedure)) return;
        if (Number(step) === 0) return; // load already shows step 0
      }
      window.stage.goTo(step);
    });
    on('reducedMotionRequested', function (value) { window.stage.setReducedMotion(value); });
    on('wakeRequested', function () { window.stage.wake(); });
    on('settleTimeRequested', function (ms) { window.stage.setSettleTime(ms); });
  }

  var channelPending = false;
  function connectBridge() {
    try {
      if (!(window.qt && window.qt.webChannelTransport)) return; // plain browser, tests
      if (typeof window.QWebChannel !== 'function') {
        warn('qt.webChannelTransport is present but qwebchannel.js did not load');
        return;
      }
      channelPending = true;
      new window.QWebChannel(window.qt.webChannelTransport, function (channel) {
        channelPending = false;
        bridge = (channel && channel.objects && channel.objects.bridge) || null;
        if (!bridge) {
          warn('web channel has no object named "bridge"');
          outbox = [];
          return;
        }
        listen(bridge);
        var queued = outbox;
        outbox = [];
        queued.forEach(sendToBridge);
        // Every procedure has registered by now: tell the app it can drive the page.
        if (typeof bridge.pageReady === 'function') bridge.pageReady();
      });
    } catch (e) {
      channelPending = false;
      warn('could not open the web channel:', e && e.message);
    }
  }

  window.StageParts.channel = { emit: emit, connectBridge: connectBridge };
})();
