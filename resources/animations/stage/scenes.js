/* stage/scenes.js: the scenes and choreography that several procedures share.
 *
 * anatomy (body and liver magnifier), scanRing (a scanner around that body),
 * catheterScene and catheterSteps (all that Y-90 and TACE have in common).
 */
(function () {
  'use strict';

  var parts = window.StageParts;
  var COL = parts.svg.COL;
  var el = parts.svg.el;
  var g = parts.svg.g;
  var path = parts.svg.path;
  var stroke = parts.svg.stroke;
  var line = parts.svg.line;
  var hidden = parts.svg.hidden;
  var defs = parts.svg.defs;
  var ROUTE = parts.shapes.ROUTE;
  var figure = parts.shapes.figure;
  var liver = parts.shapes.liver;
  var magnifier = parts.shapes.magnifier;
  var marker = parts.shapes.marker;
  var tube = parts.shapes.tube;
  var bandage = parts.shapes.bandage;
  var house = parts.shapes.house;
  var sun = parts.shapes.sun;
  var calendar = parts.shapes.calendar;
  var flowLines = parts.shapes.flowLines;
  var entryCloseup = parts.shapes.entryCloseup;
  var scanScreen = parts.shapes.scanScreen;
  var tl = parts.motion.tl;
  var set = parts.motion.set;
  var loop = parts.motion.loop;
  var slide = parts.motion.slide;
  var draw = parts.motion.draw;
  var fadeIn = parts.motion.fadeIn;
  var fadeOut = parts.motion.fadeOut;
  var flow = parts.motion.flow;
  var markScene = parts.engine.markScene;

  /** A scanner ring around the body (front view): its back half behind the figure, its front
   *  half in front. Move it with ring.move(keys) (translate keyframes, frame units). */
  function scanRing(S, y) {
    var parts = [];
    [['back', 'M -200,0 A 200,42 0 0 1 200,0'], ['front', 'M -200,0 A 200,42 0 0 0 200,0']].forEach(function (h) {
      var outer = g(null, { transform: 'translate(' + S.body.at({ x: 0, y: 0 }).x + ' ' + y + ')' });
      if (h[0] === 'back') S.bodyLayer.insertBefore(outer, S.body.g);
      else S.bodyLayer.appendChild(outer);
      var inner = g(outer);
      if (h[0] === 'front') el('ellipse', { cx: 0, cy: 0, rx: 188, ry: 34, fill: '#BFE0F0', opacity: 0.22 }, inner);
      path(inner, h[1], stroke('#8FA7BB', 28));
      path(inner, h[1], stroke('#DCE7EF', 16));
      parts.push(inner);
    });
    var ring = { parts: parts };
    ring.move = function (keys) { parts.forEach(function (p) { tl(p, keys); }); };
    ring.show = function (t0, t1) { parts.forEach(function (p) { fadeIn(p, t0, t1); }); };
    ring.hide = function (t0, t1) { parts.forEach(function (p) { fadeOut(p, t0, t1); }); };
    parts.forEach(hidden);
    return ring;
  }

  /** The shared anatomy layout: body on the left, liver magnifier on the right. */
  function anatomy(svg) {
    defs(svg);
    var S = { svg: svg };
    S.bodyLayer = markScene(g(svg), 'body');
    S.body = figure(S.bodyLayer, 250, 14);
    S.small = liver(S.body.liverSlot, { trunks: false, legend: false });
    S.magLayer = markScene(g(svg), 'liver');
    var lc = S.body.at(S.body.pt.liver);
    S.mag = magnifier(S.magLayer, { cx: 790, cy: 362, r: 262, fx: lc.x + 2, fy: lc.y + 2, fr: 76, id: 'liver' });
    S.big = liver(S.mag.content);
    return S;
  }

  /** Everything the two catheter treatments (Y-90, TACE) share, on top of anatomy():
   *  entry options, catheter in body and magnifier, blood-flow dots, entry close-ups,
   *  going home and the later scan. */
  function catheterScene(svg) {
    var S = anatomy(svg);
    var B = S.body;
    var L = S.big;
    S.ghost = {
      groin: hidden(path(B.over, ROUTE.groin, stroke(COL.accent, 3.5, { 'stroke-dasharray': '0.1 11' }))),
      wrist: hidden(path(B.over, ROUTE.wrist, stroke(COL.accent, 3.5, { 'stroke-dasharray': '0.1 11' })))
    };
    S.mark = {
      groin: marker(B.over, B.pt.groin.x, B.pt.groin.y),
      wrist: marker(B.over, B.pt.wrist.x, B.pt.wrist.y)
    };
    hidden(S.mark.groin.g);
    hidden(S.mark.wrist.g);
    S.bodyTube = tube(B.over, ROUTE.groin, { w: 6 });
    S.bodyBandage = hidden(bandage(B.over, B.pt.groin.x, B.pt.groin.y - 2, 0.75, -10));

    S.flowPortal = hidden(g(L.over));
    S.portalDots = flowLines(S.flowPortal, L.portalAll, '#E4E2FA', 4.5);
    S.flowArtery = hidden(g(L.over));
    S.arteryDots = flowLines(S.flowArtery, L.artAll.slice(0, 2).concat(L.twigD), '#FFD9D2', 3.5);
    S.dyeSmall = g(S.small.over);
    S.dyeSmallLines = L.artAll.map(function (d) { return line(S.dyeSmall, d, COL.dye, 9); });
    S.dye = g(L.over);
    S.dyeLines = L.artAll.map(function (d) { return line(S.dye, d, COL.dye, 5); });
    S.dyeTwigs = L.twigD.map(function (d) { return line(S.dye, d, COL.dye, 2.5); });
    S.tubes = g(L.over); // procedures add their beads/drugs before or after this layer
    S.magTube = tube(S.tubes, L.cathD, { w: 6 });

    S.entry = markScene(hidden(g(svg)), 'entry');
    var wp = B.at(B.pt.wrist);
    var gp = B.at(B.pt.groin);
    path(S.entry, 'M ' + wp.x + ',' + wp.y + ' L 700,268', stroke('#BFA98F', 3, { 'stroke-dasharray': '0.1 9' }));
    path(S.entry, 'M ' + gp.x + ',' + gp.y + ' L 626,552', stroke('#BFA98F', 3, { 'stroke-dasharray': '0.1 9' }));
    S.closeWrist = entryCloseup(S.entry, 840, 210, 150, 'wrist');
    S.closeGroin = entryCloseup(S.entry, 770, 520, 150, 'groin');

    S.home = markScene(hidden(g(svg)), 'home');
    S.house = house(S.home, 800, 420, 1.35);
    S.sun = sun(S.home, 1000, 120, 40);
    S.trail = hidden(path(S.home, 'M 300,640 C 420,640 520,600 600,560 C 680,540 740,560 800,545',
      stroke('#CDB79C', 6, { 'stroke-dasharray': '0.1 16' })));
    S.scanLayer = markScene(hidden(g(svg)), 'scan');
    S.scan = scanScreen(S.scanLayer, 790, 390);
    S.cal = calendar(S.scanLayer, 1000, 110, 0.9);
    S.ring = scanRing(S, 0);
    return S;
  }

  /** Shared choreography for catheter scenes (ms after the tap). The point of each step
   *  lands by about 1.2 s; what follows is calm detail or an idle loop. The steps name
   *  their scene (kit.scene) and key moment (kit.key) themselves. */
  var catheterSteps = {
    pulse: function (mark, delay) {
      loop(mark.halo, [{ transform: 'scale(1)', opacity: 1 }, { transform: 'scale(1.7)', opacity: 0 }],
        { dur: 2400, delay: delay || 0, direction: 'normal', ease: 'ease-out' });
    },
    /** Both entry points offered; close-ups of a tiny entry with a thin tube (scene body, entry). */
    entry: function (S) {
      fadeIn(S.entry, 0, 400);
      tl(S.mark.groin.g, [[0, { opacity: 0 }], [400, { opacity: 1 }]]);
      tl(S.mark.wrist.g, [[0, { opacity: 0 }], [400, { opacity: 1 }]]);
      slide(S.closeGroin.tube, 200, 900, 0, 1);
      slide(S.closeWrist.tube, 400, 1100, 0, 1);
      slide(S.bodyTube, 600, 1100, 0, 0.12);
      catheterSteps.pulse(S.mark.groin, 1100);
      catheterSteps.pulse(S.mark.wrist, 2300);
      return 1100;
    },
    /** The tube already in place: body fully, magnifier up to `frac`. */
    inPlace: function (S, frac) {
      slide(S.bodyTube, 0, 0, 1, 1);
      slide(S.magTube, 0, 0, frac, frac);
      set(S.mark.groin.g, { opacity: 1 });
    },
    /** Blood flow: portal vein to the healthy liver, artery to the tumor. */
    flow: function (S, t0) {
      fadeIn(S.flowPortal, t0, t0 + 500);
      fadeIn(S.flowArtery, t0 + 300, t0 + 800);
      flow(S.portalDots, 1600);
      flow(S.arteryDots, 1600);
    },
    /** Dye lights up the artery road map (and the tumor's own vessels): the main
     *  artery is full at t0 + dur, its branches and the tumor's vessels soon after. */
    dye: function (S, t0, dur) {
      dur = dur || 600;
      S.dyeLines.concat(S.dyeTwigs).forEach(function (l, i) {
        var t = t0 + (i === 0 ? 0 : i < S.dyeLines.length ? dur * 0.4 : dur * 0.8);
        draw(l, t, t + dur);
      });
      S.dyeSmallLines.forEach(function (l, i) {
        var t = t0 + (i === 0 ? 0 : dur * 0.4);
        draw(l, t, t + dur);
      });
      return t0 + dur * 1.4;
    },
    /** Going home (scene body, home): the tube comes out of the groin, a bandage, the house. */
    home: function (S) {
      set(S.mark.groin.g, { opacity: 1 });
      fadeIn(S.home, 0, 400);
      slide(S.bodyTube, 0, 900, 1, 0);
      tl(S.mark.groin.g, [[700, { opacity: 1 }], [1000, { opacity: 0 }]]);
      tl(S.bodyBandage, [[800, { opacity: 0, transform: 'scale(0.4)' }], [1100, { opacity: 1, transform: 'scale(1)' }]]);
      fadeIn(S.trail, 500, 1200);
      tl(S.sun, [[200, { opacity: 0, transform: 'translate(0px,40px)' }], [1000, { opacity: 1, transform: 'translate(0px,0px)' }]]);
      loop(S.sun, [{ transform: 'scale(1)' }, { transform: 'scale(1.06)' }], { dur: 3000, delay: 1200 });
      return 1100;
    },
    /** Months later (scene body, scan): a scanner over the body, and its picture shows the tumor smaller. */
    scan: function (S) {
      fadeIn(S.scanLayer, 0, 300);
      S.ring.move([[0, { opacity: 0, transform: 'translate(0px,250px)' }], [300, { opacity: 1, transform: 'translate(0px,260px)' }],
        [1200, { opacity: 1, transform: 'translate(0px,330px)' }]]);
      S.ring.parts.forEach(function (p) {
        loop(p, [{ transform: 'translate(0px,330px)' }, { transform: 'translate(0px,290px)' }], { dur: 3200, delay: 1200 });
      });
      S.cal.marks.forEach(function (m, i) { fadeIn(m, 100 + i * 150, 400 + i * 150); });
      tl(S.scan.tumor, [[300, { transform: 'scale(1)' }], [1200, { transform: 'scale(0.55)' }]]);
      tl(S.small.tumorInner, [[300, { transform: 'scale(1)' }], [1200, { transform: 'scale(0.55)' }]]);
      return 1200;
    }
  };

  window.StageParts.scenes = {
    scanRing: scanRing,
    anatomy: anatomy,
    catheterScene: catheterScene,
    catheterSteps: catheterSteps
  };
})();
