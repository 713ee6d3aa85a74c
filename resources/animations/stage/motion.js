/* stage/motion.js: the motion kit: Web Animations for a step, made from simple keys.
 *
 * tl (one element's timeline), set, loop, follow, slide, draw, fadeIn, fadeOut,
 * flow, plus at (a point along a path) and rand (repeatable random numbers).
 * Everything finite is tracked by the engine, idle loops are handed to it:
 * the engine pauses, finishes and cancels them.
 */
(function () {
  'use strict';

  var engine = window.StageParts.engine;
  var track = engine.track;

  // Times are milliseconds from the start of the step.
  var EASE = 'ease-in-out';

  function easeInOut(u) { return 0.5 - 0.5 * Math.cos(Math.PI * u); }

  /** One element's timeline: keys = [[timeMs, {cssProp: value, ...}], ...] in time order.
   *  Missing properties are carried over from the neighbouring keys. */
  function tl(el, keys, opts) {
    if (!el || !keys || !keys.length) return null;
    opts = opts || {};
    var props = {};
    keys.forEach(function (k) { Object.keys(k[1]).forEach(function (p) { props[p] = true; }); });
    var names = Object.keys(props);
    var frames = keys.map(function (k) { return Object.assign({}, k[1]); });
    names.forEach(function (p) {
      var last;
      var i;
      for (i = 0; i < frames.length; i++) {
        if (p in frames[i]) { last = frames[i][p]; break; }
      }
      for (i = 0; i < frames.length; i++) {
        if (p in frames[i]) last = frames[i][p];
        else frames[i][p] = last;
      }
    });
    var t0 = keys[0][0];
    var dur = keys[keys.length - 1][0] - t0;
    if (dur <= 0) {
      frames = [frames[frames.length - 1], Object.assign({}, frames[frames.length - 1])];
      dur = 0;
    } else {
      frames.forEach(function (f, i) {
        f.offset = (keys[i][0] - t0) / dur;
        f.easing = opts.ease || EASE;
      });
    }
    return track(el.animate(frames, { duration: dur, delay: Math.max(0, t0), fill: 'both', easing: 'linear' }));
  }

  /** Hold a state for the whole step (create these before motions of the same property). */
  function set(el, props) { return tl(el, [[0, props]]); }

  /** A gentle idle loop after the step's motion (skipped with reduced motion). */
  function loop(el, frames, opts) {
    if (!el) return;
    opts = opts || {};
    var spec = {
      el: el,
      frames: frames,
      dur: opts.dur || 3000,
      delay: opts.delay || 0,
      direction: opts.direction || 'alternate',
      ease: opts.ease || EASE
    };
    engine.addLoop(spec);
  }

  /** A table of points along a guide path (measured once per guide: getPointAtLength is slow
   *  and tapping must feel instant); at(f) interpolates for a fraction f of the length. */
  var TABLE = 48;
  var tables = new WeakMap();
  function pointsAlong(guide) {
    var pts = tables.get(guide);
    if (!pts) {
      var len = guide.getTotalLength();
      pts = [];
      for (var i = 0; i <= TABLE; i++) {
        var p = guide.getPointAtLength((i / TABLE) * len);
        pts.push([p.x, p.y]);
      }
      tables.set(guide, pts);
    }
    return pts;
  }
  function at(guide, f) {
    var pts = pointsAlong(guide);
    var x = Math.max(0, Math.min(1, f)) * TABLE;
    var i = Math.min(TABLE - 1, Math.floor(x));
    var r = x - i;
    return { x: pts[i][0] + (pts[i + 1][0] - pts[i][0]) * r, y: pts[i][1] + (pts[i + 1][1] - pts[i][1]) * r };
  }

  /** Eased positions along a guide, as keyframes [[time, props], ...]. */
  function pathKeys(guide, t0, t1, from, to, toProps, n) {
    var steps = t1 > t0 ? (n || 36) : 0;
    var keys = [];
    for (var i = 0; i <= steps; i++) {
      var u = steps ? i / steps : 1;
      var f = from + (to - from) * easeInOut(u);
      keys.push([t0 + u * (t1 - t0), toProps(f, at(guide, f), i)]);
    }
    return keys;
  }

  /** Move el (drawn around 0,0) along guide from fraction `from` to `to`;
   *  opts.appear fades it in on the way, opts.end adds a last small drift. */
  function follow(el, guide, t0, t1, opts) {
    opts = opts || {};
    var from = opts.from || 0;
    var to = opts.to === undefined ? 1 : opts.to;
    var keys = pathKeys(guide, t0, t1, from, to, function (f, p, i) {
      var k = { transform: 'translate(' + p.x.toFixed(2) + 'px,' + p.y.toFixed(2) + 'px)' };
      if (opts.appear) k.opacity = i === 0 ? 0 : 1;
      return k;
    }, opts.samples);
    if (opts.end) {
      var last = keys[keys.length - 1];
      var endKey = { transform: 'translate(' + opts.end.x.toFixed(2) + 'px,' + opts.end.y.toFixed(2) + 'px)' };
      if (opts.appear) endKey.opacity = 1;
      keys.push([last[0] + (opts.end.dur || 600), endKey]);
    }
    return tl(el, keys, { ease: 'linear' });
  }

  /** Slide a tube (see art.tube) so that its tip goes from fraction `from` to `to`. */
  function slide(tube, t0, t1, from, to) {
    var offs = pathKeys(tube.guide, t0, t1, from, to, function (f) { return { strokeDashoffset: 1 - f }; });
    var tips = pathKeys(tube.guide, t0, t1, from, to, function (f, p) {
      return { transform: 'translate(' + p.x.toFixed(2) + 'px,' + p.y.toFixed(2) + 'px)', opacity: f > 0.004 ? 1 : 0 };
    });
    tube.strokes.forEach(function (s) { tl(s, offs, { ease: 'linear' }); });
    tl(tube.tip, tips, { ease: 'linear' });
  }

  /** Draw a stroke (pathLength 1, see art.line) from nothing to full. */
  function draw(pathEl, t0, t1, opts) {
    opts = opts || {};
    return tl(pathEl, [[t0, { strokeDashoffset: opts.from === undefined ? 1 : 1 - opts.from, opacity: 1 }],
      [t1, { strokeDashoffset: opts.to === undefined ? 0 : 1 - opts.to, opacity: 1 }]]);
  }

  /** Fade helpers. */
  function fadeIn(el, t0, t1) { return tl(el, [[t0, { opacity: 0 }], [t1, { opacity: 1 }]]); }
  function fadeOut(el, t0, t1) { return tl(el, [[t0, { opacity: 1 }], [t1, { opacity: 0 }]]); }

  /** Make flowLines() drift: an idle loop, one cycle per `dur` ms. */
  function flow(lines, dur, gap) {
    lines.forEach(function (l) {
      loop(l, [{ strokeDashoffset: 0 }, { strokeDashoffset: -(gap || 18.1) }], { dur: dur || 1400, ease: 'linear', direction: 'normal' });
    });
  }

  /** Deterministic pseudo-random numbers, so every showing looks the same. */
  function rand(seed) {
    var s = seed >>> 0;
    return function () {
      s = (s + 0x6D2B79F5) >>> 0;
      var t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  window.StageParts.motion = {
    tl: tl,
    set: set,
    loop: loop,
    follow: follow,
    slide: slide,
    draw: draw,
    fadeIn: fadeIn,
    fadeOut: fadeOut,
    flow: flow,
    rand: rand,
    at: at
  };
})();
