/* stage/engine.js: the step player behind window.stage.
 *
 * Holds the registered procedures and the one shown, builds it, shows a step
 * (goTo), plays, pauses, reduces motion, and sees a procedure's end; it reports
 * stepChanged and ended through stage/channel.js.
 *
 * Every bit of step state lives in Web Animations with fill "both": changing
 * step cancels them all, which returns the drawing to its built baseline, so a
 * step never depends on the steps shown before it. Pausing pauses them,
 * reduced motion finishes them at once. The motion kit (stage/motion.js) hands
 * every animation it makes to track() and every idle loop to addLoop().
 *
 * A step settles: its idle loops play for the settle time (10 s; setSettleTime)
 * and end at rest, then nothing runs and no frame is asked for until a touch
 * (wake) or another step. The page reports "settled" when that happens: a
 * kiosk shows one step for minutes, on fanless boxes, all day.
 */
(function () {
  'use strict';

  var parts = window.StageParts;
  var warn = parts.warn;
  var emit = parts.channel.emit;

  function prefersReduced() {
    try {
      return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
    } catch (e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- state
  var registry = Object.create(null); // id -> {steps, build, show}
  var cur = { id: null, def: null, index: -1, gen: 0 };
  var anims = []; // finite animations of the shown step
  var loopSpecs = []; // idle loops of the shown step (created only with motion on)
  var playing = true;
  var reduced = prefersReduced();
  var reducedSetByApp = false; // once the app decides, the media query no longer does
  var svgRoot = null;
  var instantLoops = false; // while showing a step's finished state at once
  var kit = null; // what build and show get; made by stage/api.js from the later files (useKit)
  var settleMs = 10000; // how long a step's idle loops play before it holds still
  var settled = false; // the shown step holds still: nothing runs
  var settleGen = 0; // bumped by every step change and wake: a stale settle timer does nothing
  var LOOP_ID = 'stage-loop'; // Animation.id of the idle loops (the tests tell them from the motion)

  // ---------------------------------------------------------------- animations
  function allAnimations() {
    try {
      return document.getAnimations ? document.getAnimations() : anims.slice();
    } catch (e) {
      return anims.slice();
    }
  }

  function safe(fn) {
    try { fn(); } catch (e) { /* an animation can refuse a state change; never fatal */ }
  }

  function cancelAll() {
    allAnimations().forEach(function (a) { safe(function () { a.cancel(); }); });
    anims = [];
    loopSpecs = [];
  }

  /** How many times a loop plays in the settle time: a whole number of there-and-backs,
   *  so that it ends where it started and the still picture is its rest pose. */
  function loopIterations(spec) {
    var n = Math.max(1, Math.ceil(settleMs / spec.dur));
    if (spec.direction === 'alternate' && n % 2) n += 1;
    return n;
  }

  function loopEnd(spec) { return spec.delay + loopIterations(spec) * spec.dur; }

  function startLoop(spec) {
    var a = spec.el.animate(spec.frames, {
      duration: spec.dur,
      delay: spec.delay,
      iterations: loopIterations(spec),
      direction: spec.direction,
      easing: spec.ease,
      fill: 'none'
    });
    a.id = LOOP_ID;
    if (!playing) a.pause();
    return a;
  }

  function runningLoops() {
    return allAnimations().filter(function (a) { return a.id === LOOP_ID; });
  }

  // Settling runs on the step's clock (it waits while paused). In a page that draws,
  // every loop has ended on its own by then; one that draws nothing (hidden) never
  // advanced them, so whatever is left is finished or cancelled here: nothing runs after.
  function settleAfter(ms) {
    settled = false;
    settleGen += 1;
    var gen = settleGen;
    atStepTime(clockNow() + ms, function () {
      if (gen !== settleGen) return;
      anims.forEach(function (a) { safe(function () { a.finish(); }); });
      runningLoops().forEach(function (a) { safe(function () { a.cancel(); }); });
      settled = true;
      emit('settled', cur.id, cur.index);
    });
  }

  /** When the shown step's motion and loops are over, counted from now on its clock. */
  function settleTime() {
    var end = 0;
    anims.forEach(function (a) {
      safe(function () {
        var t = a.effect.getComputedTiming();
        end = Math.max(end, t.endTime - (a.currentTime || 0));
      });
    });
    if (!reduced) loopSpecs.forEach(function (spec) { end = Math.max(end, loopEnd(spec)); });
    return end + 50;
  }

  function applyPlayState() {
    if (reduced) {
      anims.forEach(function (a) { safe(function () { a.finish(); }); });
      return;
    }
    if (!playing) {
      allAnimations().forEach(function (a) {
        if (a.playState === 'running') safe(function () { a.pause(); });
      });
    }
  }

  // The step's clock: time since the step started, stopped while paused (a hidden
  // page renders no frames, so its animations never advance; the clock still runs).
  // It fires the key moment and sees the last step's end.
  var clock = null; // {used, since, running, timers: [{at, fn, handle, done}]}

  function now() { return window.performance ? performance.now() : Date.now(); }

  /** How long the shown step has played so far. */
  function clockNow() {
    if (!clock) return 0;
    return clock.used + (clock.running ? now() - clock.since : 0);
  }

  function armTimer(t) {
    if (t.done || t.handle !== null) return;
    t.handle = setTimeout(function () { t.handle = null; t.done = true; t.fn(); }, Math.max(0, t.at - clock.used));
  }

  function runClock() {
    if (!clock || clock.running || !playing || reduced) return;
    clock.running = true;
    clock.since = now();
    clock.timers.forEach(armTimer);
  }

  function stopClock() {
    if (!clock || !clock.running) return;
    clock.running = false;
    clock.used += now() - clock.since;
    clock.timers.forEach(function (t) {
      if (t.handle !== null) { clearTimeout(t.handle); t.handle = null; }
    });
  }

  function newClock() {
    stopClock();
    clock = { used: 0, since: 0, running: false, timers: [] };
  }

  /** Call fn once the step has played `at` ms (in a microtask when at <= 0). */
  function atStepTime(at, fn) {
    var t = { at: at, fn: fn, handle: null, done: false };
    if (at <= 0) {
      t.done = true;
      Promise.resolve().then(fn);
      return;
    }
    clock.timers.push(t);
    if (clock.running) armTimer(t);
  }

  // The end of the last step: every finite animation finished (rendering; also
  // reduced motion), or the step's clock ran out, whichever comes first.
  var endSeen = -1; // the generation whose end was reported

  function endNow(gen) {
    if (gen !== cur.gen || endSeen === gen) return;
    endSeen = gen;
    emit('ended', cur.id, cur.index);
  }

  function watchEnd(gen, instant) {
    var total = 0;
    anims.forEach(function (a) {
      safe(function () { total = Math.max(total, a.effect.getComputedTiming().endTime); });
    });
    Promise.all(anims.map(function (a) { return a.finished; }))
      .then(function () { endNow(gen); })
      .catch(function () { /* cancelled by a step change: not an end */ });
    atStepTime(instant ? 0 : total + 120, function () { endNow(gen); });
  }

  // ---------------------------------------------------------------- scenes and key moments
  // A scene is a top-level layer of the drawing (build marks it: kit.scene(el, name)).
  // A step's first call names the layers it shows (kit.scene('body', 'liver')): every
  // other layer is hidden from the first frame, so no step ever shows another step's
  // picture. It also says when its key moment lands (kit.key(ms)); the page reports both.
  var step = null; // {scene: [names], key: ms, legend: bool} of the step being shown

  function sceneLayers() {
    return svgRoot ? Array.prototype.slice.call(svgRoot.querySelectorAll('[data-scene]')) : [];
  }

  function markScene(el, name) {
    el.setAttribute('data-scene', name);
    return el;
  }

  function showScene(names) {
    if (!step) { warn('kit.scene() called outside a step'); return; }
    step.scene = names.slice();
    sceneLayers().forEach(function (layer) {
      var on = names.indexOf(layer.getAttribute('data-scene')) >= 0;
      // Red and blue vessels carry meaning wherever a drawing marked them: the app shows the legend.
      if (on && layer.querySelector('[data-legend="vessels"]')) step.legend = true;
      track(layer.animate([{ opacity: on ? 1 : 0 }, { opacity: on ? 1 : 0 }], { duration: 0, fill: 'both' }));
    });
  }

  function keyAt(ms) {
    if (!step) { warn('kit.key() called outside a step'); return; }
    step.key = ms;
  }

  function showStep(index, instant) {
    cur.gen += 1;
    var gen = cur.gen;
    cancelAll();
    newClock();
    cur.index = index;
    document.body.dataset.step = String(index);
    step = { scene: null, key: null, legend: false };
    instantLoops = !!instant;
    var stepId = cur.def.steps[index];
    try {
      cur.def.show.call(cur.def, stepId, kit);
    } catch (e) {
      warn('procedure "' + cur.id + '" failed to show step ' + index + ':', e && e.message);
    }
    instantLoops = false;
    var shown = step;
    step = null;
    if (!shown.scene) warn('step "' + stepId + '" of "' + cur.id + '" names no scene (kit.scene)');
    if (shown.key === null) warn('step "' + stepId + '" of "' + cur.id + '" has no key moment (kit.key)');
    // Going back shows the step's finished state at once (its idle loops still run).
    if (instant) anims.forEach(function (a) { safe(function () { a.finish(); }); });
    applyPlayState();
    emit('stepChanged', cur.id, index);
    emit('scene', cur.id, index, { scene: (shown.scene || []).join(' '), legend: shown.legend, key: shown.key });
    var id = cur.id;
    atStepTime(instant || reduced ? 0 : shown.key || 0, function () {
      if (gen === cur.gen) emit('key', id, index);
    });
    if (index === cur.def.steps.length - 1) watchEnd(gen, instant || reduced);
    settleAfter(reduced ? 0 : settleTime());
    runClock();
  }

  /** Count a finite animation of the shown step (pause, finish and the end watch see it). */
  function track(animation) {
    anims.push(animation);
    return animation;
  }

  /** Keep an idle loop of the shown step, running unless motion is reduced; it is
   *  kept so that turning reduced motion off again can start it. */
  function addLoop(spec) {
    if (instantLoops) spec = Object.assign({}, spec, { delay: 0 });
    loopSpecs.push(spec);
    if (!reduced) startLoop(spec);
  }

  function useKit(k) { kit = k; }

  // ---------------------------------------------------------------- the player
  function register(id, def) {
    try {
      if (typeof id !== 'string' || !id) throw new Error('id must be a non-empty string');
      if (!def || !Array.isArray(def.steps) || !def.steps.length) throw new Error('steps must be a non-empty array');
      if (def.steps.some(function (s) { return typeof s !== 'string' || !s; })) throw new Error('step ids must be strings');
      if (new Set(def.steps).size !== def.steps.length) throw new Error('step ids must be unique');
      if (typeof def.build !== 'function' || typeof def.show !== 'function') throw new Error('build and show must be functions');
      if (registry[id]) warn('procedure "' + id + '" registered twice; the last one wins');
      registry[id] = { steps: def.steps.slice(), build: def.build, show: def.show };
      return true;
    } catch (e) {
      warn('cannot register procedure "' + id + '":', e.message);
      return false;
    }
  }

  function clearStage() {
    cancelAll();
    while (svgRoot.firstChild) svgRoot.removeChild(svgRoot.firstChild);
  }

  function applyReduced(on) {
    try {
      var was = reduced;
      reduced = on;
      if (reduced && !was) {
        // Jump to the end frame, and stop the idle loops.
        anims.forEach(function (a) { safe(function () { a.finish(); }); });
        var finite = new Set(anims);
        allAnimations().forEach(function (a) {
          if (!finite.has(a)) safe(function () { a.cancel(); });
        });
        if (cur.def) settleAfter(0);
        // Whatever the clock still waited for (key moment, end, settling) happens now.
        if (clock) {
          stopClock();
          clock.timers.forEach(function (t) { if (!t.done) { t.done = true; t.fn(); } });
        }
      } else if (!reduced && was && cur.def) {
        wakeLoops();
      }
    } catch (e) {
      warn('setReducedMotion failed:', e && e.message);
    }
  }

  // The shown step's loops again, from now, for another settle time.
  function wakeLoops() {
    runningLoops().forEach(function (a) { safe(function () { a.cancel(); }); });
    var end = 0;
    loopSpecs.forEach(function (spec) {
      var now0 = Object.assign({}, spec, { delay: 0 });
      startLoop(now0);
      end = Math.max(end, loopEnd(now0));
    });
    settleAfter(end + 50);
    runClock();
  }

  // Follow the system setting until the app sets reduced motion itself.
  try {
    var mq = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)');
    if (mq && mq.addEventListener) {
      mq.addEventListener('change', function (ev) { if (!reducedSetByApp) applyReduced(ev.matches); });
    }
  } catch (e) { /* no media queries: the default stays */ }

  var stage = {
    load: function (procedureId) {
      try {
        var def = registry[procedureId];
        if (!def) {
          warn('unknown procedure:', procedureId);
          return false;
        }
        if (!svgRoot) svgRoot = document.getElementById('stage');
        clearStage();
        cur.id = procedureId;
        cur.def = def;
        cur.index = -1;
        document.body.dataset.procedure = procedureId;
        try {
          def.build.call(def, svgRoot, kit);
        } catch (e) {
          warn('procedure "' + procedureId + '" failed to build:', e && e.message);
        }
        showStep(0);
        return true;
      } catch (e) {
        warn('load failed:', e && e.message);
        return false;
      }
    },

    goTo: function (index) {
      try {
        if (!cur.def) {
          warn('goTo before load');
          return -1;
        }
        var n = Number(index);
        if (!isFinite(n)) {
          warn('goTo needs a number, got', index);
          return cur.index;
        }
        var last = cur.def.steps.length - 1;
        var i = Math.max(0, Math.min(last, Math.round(n)));
        if (i !== n) {
          // Clamped; asking past either end again does not restart the step already shown.
          warn('step ' + index + ' is out of range (0-' + last + ')');
          if (i === cur.index) return cur.index;
        }
        // Back one step (the patient's Back button): that step's finished state at once.
        // A longer jump back (a topic opened again at its start) plays as usual.
        showStep(i, i === cur.index - 1);
        return cur.index;
      } catch (e) {
        warn('goTo failed:', e && e.message);
        return cur.index;
      }
    },

    play: function () {
      try {
        playing = true;
        allAnimations().forEach(function (a) {
          if (a.playState === 'paused') safe(function () { a.play(); });
        });
        runClock();
      } catch (e) {
        warn('play failed:', e && e.message);
      }
    },

    pause: function () {
      try {
        playing = false;
        allAnimations().forEach(function (a) {
          if (a.playState === 'running') safe(function () { a.pause(); });
        });
        stopClock();
      } catch (e) {
        warn('pause failed:', e && e.message);
      }
    },

    /** Someone touched the screen: a settled step plays its idle loops again for
     *  the settle time (nothing to do while it still moves or with reduced motion). */
    wake: function () {
      try {
        if (!cur.def || reduced || !settled) return false;
        wakeLoops();
        return true;
      } catch (e) {
        warn('wake failed:', e && e.message);
        return false;
      }
    },

    /** How long a step's idle loops play before it holds still (ms; tests make it short). */
    setSettleTime: function (ms) {
      var n = Number(ms);
      if (!isFinite(n) || n < 0) {
        warn('setSettleTime needs a number of ms, got', ms);
        return;
      }
      settleMs = n;
    },

    setReducedMotion: function (on) {
      reducedSetByApp = true;
      applyReduced(!!on);
    },

    state: function () {
      return {
        procedure: cur.id,
        step: cur.index,
        stepCount: cur.def ? cur.def.steps.length : 0,
        playing: playing,
        reducedMotion: reduced,
        settled: settled,
        stepIds: cur.def ? cur.def.steps.slice() : []
      };
    },

    procedures: function () {
      var out = {};
      Object.keys(registry).forEach(function (id) { out[id] = registry[id].steps.slice(); });
      return out;
    }
  };

  parts.engine = {
    stage: stage,
    register: register,
    useKit: useKit,
    track: track,
    addLoop: addLoop,
    markScene: markScene,
    showScene: showScene,
    keyAt: keyAt,
    reduced: function () { return reduced; }
  };
})();
