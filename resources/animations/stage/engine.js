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
  var kit = null; // what build and show get; made by stage/api.js from the later files (useKit)

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

  function startLoop(spec) {
    var a = spec.el.animate(spec.frames, {
      duration: spec.dur,
      delay: spec.delay,
      iterations: Infinity,
      direction: spec.direction,
      easing: spec.ease,
      fill: 'none'
    });
    if (!playing) a.pause();
    return a;
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

  // The end of the last step. Two ways to see it, whichever comes first: every finite
  // animation finished (rendering; also reduced motion), or the step's own clock ran
  // out (a hidden page renders no frames, so its animations never finish). The clock
  // stops while paused.
  var endWatch = null; // {gen, total, used, since, timer, done}

  function now() { return window.performance ? performance.now() : Date.now(); }

  function endNow(gen) {
    if (!endWatch || endWatch.gen !== gen || endWatch.done) return;
    endWatch.done = true;
    holdEnd();
    emit('ended', cur.id, cur.index);
  }

  function armEnd() {
    if (!endWatch || endWatch.done || endWatch.timer !== null || !playing || reduced) return;
    var gen = endWatch.gen;
    endWatch.since = now();
    endWatch.timer = setTimeout(function () { endNow(gen); }, Math.max(0, endWatch.total - endWatch.used) + 120);
  }

  function holdEnd() {
    if (!endWatch || endWatch.timer === null) return;
    clearTimeout(endWatch.timer);
    endWatch.timer = null;
    endWatch.used += now() - endWatch.since;
  }

  function watchEnd(gen) {
    var total = 0;
    anims.forEach(function (a) {
      safe(function () { total = Math.max(total, a.effect.getComputedTiming().endTime); });
    });
    endWatch = { gen: gen, total: total, used: 0, since: 0, timer: null, done: false };
    Promise.all(anims.map(function (a) { return a.finished; }))
      .then(function () { endNow(gen); })
      .catch(function () { /* cancelled by a step change: not an end */ });
    if (reduced) Promise.resolve().then(function () { endNow(gen); });
    else armEnd();
  }

  function showStep(index) {
    cur.gen += 1;
    holdEnd();
    endWatch = null;
    cancelAll();
    cur.index = index;
    document.body.dataset.step = String(index);
    try {
      cur.def.show.call(cur.def, cur.def.steps[index], kit);
    } catch (e) {
      warn('procedure "' + cur.id + '" failed to show step ' + index + ':', e && e.message);
    }
    applyPlayState();
    emit('stepChanged', cur.id, index);
    if (index === cur.def.steps.length - 1) watchEnd(cur.gen);
  }

  /** Count a finite animation of the shown step (pause, finish and the end watch see it). */
  function track(animation) {
    anims.push(animation);
    return animation;
  }

  /** Keep an idle loop of the shown step, running unless motion is reduced; it is
   *  kept so that turning reduced motion off again can start it. */
  function addLoop(spec) {
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
        if (endWatch) endNow(endWatch.gen);
      } else if (!reduced && was && cur.def) {
        loopSpecs.forEach(function (spec) { startLoop(Object.assign({}, spec, { delay: 0 })); });
        armEnd();
      }
    } catch (e) {
      warn('setReducedMotion failed:', e && e.message);
    }
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
        showStep(i);
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
        armEnd();
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
        holdEnd();
      } catch (e) {
        warn('pause failed:', e && e.message);
      }
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
    reduced: function () { return reduced; }
  };
})();
