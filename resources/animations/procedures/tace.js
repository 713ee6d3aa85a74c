/* tace.js: transarterial chemoembolization, in both forms side by side:
 * conventional (medicine in oil, Lipiodol) and drug-eluting beads (DEB, larger beads
 * that release the medicine slowly). Facts: resources/content/SOURCES.md 1.2, 1.3, 3.3, 3.4. */
(function () {
  'use strict';

  var S = null;
  var MICRO_TIP = 0.9; // microcatheter tip, just before the tumor

  /** One close-up of the tumor (local radius 150) with the microcatheter coming in from the left. */
  function tumorCloseup(k, parent, cx, cy, id) {
    var C = k.COL;
    var root = k.g(parent, { transform: 'translate(' + cx + ' ' + cy + ')' });
    var cp = k.el('clipPath', { id: 'clip-' + id }, root);
    k.circle(cp, 0, 0, 140);
    k.circle(root, 0, 0, 150, { fill: '#FFFFFF', opacity: 0.7 });
    var c = k.g(root, { 'clip-path': 'url(#clip-' + id + ')' });
    k.el('rect', { x: -150, y: -150, width: 300, height: 300, fill: C.liver }, c);
    k.path(c, 'M -150,90 C -60,70 40,110 150,80', k.stroke(C.portal, 12, { opacity: 0.8 }));
    k.path(c, 'M -150,-100 C -60,-80 40,-120 150,-96', k.stroke(C.portal, 9, { opacity: 0.8 }));
    k.path(c, 'M 30,-88 C -9,-90 -45,-58 -46,-2 C -47,50 -10,84 34,84 C 80,84 112,48 112,-2 C 112,-52 76,-87 30,-88 Z',
      { fill: C.tumor, stroke: C.tumorLine, 'stroke-width': 4 });
    var twigs = [
      'M -62,4 C -30,-10 10,-40 40,-64',
      'M -62,4 C -30,-4 20,-18 72,-30',
      'M -62,4 C -20,6 30,10 86,14',
      'M -62,4 C -30,18 10,40 52,62',
      'M -62,4 C -40,-30 -20,-58 -6,-72',
      'M -62,4 C -36,30 -20,56 0,70'
    ];
    k.path(c, 'M -150,4 L -62,4', k.stroke(C.artery, 12));
    twigs.forEach(function (d) { k.path(c, d, k.stroke(C.arteryTwig, 5)); });
    var over = k.g(c);
    var micro = k.tube(c, 'M -160,4 L -70,4', { w: 7, line: C.microLine, core: C.micro });
    k.circle(root, 0, 0, 140, { fill: 'none', stroke: '#D2BFA9', 'stroke-width': 6 });
    return { g: root, over: over, twigs: twigs, micro: micro };
  }

  /** A hand seen from above, fingertips down on the spot (0,0), pressing. */
  function pressHand(k, parent) {
    var C = k.COL;
    var hand = k.g(parent, { class: 'fb' });
    var skin = { fill: k.TONES[1], stroke: '#B98C6C', 'stroke-width': 2.5 };
    k.el('rect', { x: -18, y: -70, width: 40, height: 46, rx: 16, fill: '#A9C6E2', stroke: '#86A9C9', 'stroke-width': 2.5 }, hand);
    k.el('ellipse', Object.assign({ cx: 2, cy: -20, rx: 24, ry: 20 }, skin), hand);
    [[-14, -6], [-4, 0], [7, 1], [17, -4]].forEach(function (f) {
      k.el('rect', Object.assign({ x: f[0] - 5, y: f[1] - 14, width: 10, height: 20, rx: 5 }, skin), hand);
    });
    k.el('ellipse', Object.assign({ cx: -24, cy: -24, rx: 7, ry: 12, transform: 'rotate(30 -24 -24)' }, skin), hand);
    k.circle(hand, 0, -2, 16, { fill: 'none', stroke: C.accent, 'stroke-width': 2.5, opacity: 0.5 });
    return hand;
  }

  function build(svg, k) {
    var C = k.COL;
    S = k.catheterScene(svg);
    var L = S.big;
    var rnd = k.rand(7);

    // the tumor "blush": dye shows the tumor's own vessels
    S.blush = k.hidden(k.g(L.over));
    k.path(S.blush, k.LIVER.tumor, { fill: '#F4C7B8', opacity: 0.35 });

    // medicine in oil that stays in the tumor's vessels (shown again in block/check)
    S.oilG = k.hidden(k.g(L.over));
    L.twigD.forEach(function (d) {
      var gd = k.guide(S.oilG, d);
      for (var i = 0; i < 7; i++) {
        var p = k.at(gd, 0.25 + 0.75 * i / 6);
        k.el('ellipse', { cx: p.x + (rnd() - 0.5) * 8, cy: p.y + (rnd() - 0.5) * 8, rx: 3.5 + rnd() * 2, ry: 3 + rnd() * 1.5,
          fill: C.oil, stroke: '#C9912C', 'stroke-width': 0.8 }, S.oilG);
      }
    });

    // the plug that closes the feeding vessel, and the same vessel gone quiet
    S.quiet = k.hidden(k.g(L.over));
    L.twigD.forEach(function (d) { k.path(S.quiet, d, k.stroke('#B7A3A1', 4)); });
    k.path(S.quiet, 'M -78,3 L -85,-6', k.stroke('#B7A3A1', 7));
    S.plug = k.g(L.over, { transform: 'translate(-84 -5)' });
    S.plugIn = k.hidden(k.g(S.plug, { class: 'fb' }));
    [[-4, -4, 6.5], [4, 1, 7], [-2, 6, 6], [5, -6, 5.5]].forEach(function (q) {
      k.circle(S.plugIn, q[0], q[1], q[2], { fill: C.plug, stroke: C.plugLine, 'stroke-width': 1.5 });
    });
    L.over.appendChild(S.tubes);
    S.micro = k.tube(S.tubes, 'M 22,100 ' + k.LIVER.artRight + ' ' + k.LIVER.artTumor, { w: 4, line: C.microLine, core: C.micro });

    // X-ray check: the scanner ring (from catheterScene) and a cool tint in the magnifier
    // the tint covers the liver but stays under the oil and the tubes
    S.tint = k.circle(null, 0, 0, 300, { fill: '#3B5874', opacity: 0 });
    S.checkMark = k.hidden(k.checkBadge(S.magLayer, 598, 170, 1.1));
    L.over.insertBefore(S.tint, L.over.firstChild);

    // medicine: two close-ups side by side
    S.med = k.scene(k.hidden(k.g(svg)), 'closeup');
    var lens = S.body.at(S.body.pt.liver);
    [[640, 250], [930, 470]].forEach(function (c2) {
      k.path(S.med, 'M ' + (lens.x + 50) + ',' + lens.y + ' L ' + (c2[0] - 140) + ',' + c2[1], k.stroke('#BFA98F', 3, { 'stroke-dasharray': '0.1 9' }));
    });
    S.oilView = tumorCloseup(k, S.med, 640, 250, 'oil');
    S.debView = tumorCloseup(k, S.med, 930, 470, 'deb');
    S.drops = [];
    S.oilView.twigs.forEach(function (d, n) {
      var gd = k.guide(S.oilView.over, k.join('M -70,4 L -62,4', d));
      for (var i = 0; i < 4; i++) {
        var drop = k.el('ellipse', { cx: 0, cy: 0, rx: 6 + rnd() * 3, ry: 5 + rnd() * 2, fill: C.oil, stroke: '#C9912C', 'stroke-width': 1.5, opacity: 0 }, S.oilView.over);
        S.drops.push({ el: drop, guide: gd, to: 0.35 + 0.65 * (i / 3), delay: (n * 4 + i) * 150 });
      }
    });
    S.debs = [];
    var halos = k.g(S.debView.over); // all halos under all beads
    S.debView.twigs.forEach(function (d, n) {
      var gd = k.guide(S.debView.over, k.join('M -70,4 L -62,4', d));
      for (var i = 0; i < 2; i++) {
        var to = i ? 0.95 : 0.55;
        var end = k.at(gd, to);
        var spot = k.g(halos, { transform: 'translate(' + end.x + ' ' + end.y + ')' });
        var halo = k.circle(spot, 0, 0, 30, { fill: 'url(#g-drug)', class: 'fb', opacity: 0 });
        var bead = k.g(S.debView.over, { opacity: 0 });
        k.circle(bead, 0, 0, 10, { fill: C.deb, stroke: '#3F6DB3', 'stroke-width': 2 });
        k.circle(bead, -3, -3, 3, { fill: '#A9C6EE' });
        S.debs.push({ el: bead, halo: halo, guide: gd, to: to, delay: (n * 2 + i) * 260 });
      }
    });

    // after the tube comes out, a hand presses the spot to stop any bleeding
    var gp = S.body.pt.groin;
    S.press = k.g(S.body.over, { transform: 'translate(' + (gp.x + 4) + ' ' + (gp.y - 6) + ')' });
    S.pressIn = k.hidden(pressHand(k, S.press));

    // recover: resting, then home
    S.rest = k.scene(k.hidden(k.g(svg)), 'rest');
    S.restHouse = k.house(S.rest, 900, 430, 0.9);
    S.restBed = k.bed(S.rest, 390, 450, 1.12);
    S.restBandage = k.bandage(S.rest, 262, 426, 0.8, 10);
    S.restTrail = k.hidden(k.path(S.rest, 'M 700,560 C 760,580 820,560 880,530', k.stroke('#CDB79C', 6, { 'stroke-dasharray': '0.1 16' })));
    S.restSun = k.sun(S.rest, 1010, 120, 34);
  }

  // Each step names its scene first and lands its point by about 1.2 s (kit.key).
  var STEPS = {
    entry: function (k) {
      k.scene('body', 'entry');
      k.key(k.catheterSteps.entry(S));
    },

    'to-liver': function (k) {
      k.scene('body', 'liver');
      k.set(S.mark.groin.g, { opacity: 1 });
      k.slide(S.bodyTube, 0, 450, 0, 1);
      k.slide(S.magTube, 250, 550, 0, S.big.frac.porta);
      var full = k.catheterSteps.dye(S, 500, 450);
      k.tl(S.blush, [[800, { opacity: 0 }], [1150, { opacity: 1 }]]);
      k.catheterSteps.pulse(S.mark.groin, 1200);
      k.loop(S.blush, [{ opacity: 1 }, { opacity: 0.6 }], { dur: 2600, delay: 1150 });
      k.key(Math.max(full, 1150));
    },

    microcatheter: function (k) {
      k.scene('body', 'liver');
      k.catheterSteps.inPlace(S, S.big.frac.porta);
      k.slide(S.micro, 100, 1100, 0, MICRO_TIP);
      k.catheterSteps.flow(S, 600);
      k.key(1100);
    },

    medicine: function (k) {
      k.scene('body', 'closeup');
      k.fadeIn(S.med, 0, 300);
      k.slide(S.oilView.micro, 0, 0, 1, 1);
      k.slide(S.debView.micro, 0, 0, 1, 1);
      // oil droplets flow in and fill the tumor's vessels ...
      S.drops.forEach(function (d) {
        var t0 = 100 + d.delay * 0.2;
        k.follow(d.el, d.guide, t0, t0 + 500, { to: d.to, appear: true, samples: 10 });
      });
      // ... or larger beads lodge, then slowly release their medicine
      S.debs.forEach(function (b) {
        var t0 = 200 + b.delay * 0.2;
        k.follow(b.el, b.guide, t0, t0 + 500, { to: b.to, appear: true, samples: 10 });
        k.tl(b.halo, [[900, { opacity: 0, transform: 'scale(0.4)' }], [2600, { opacity: 1, transform: 'scale(1)' }]]);
      });
      S.debs.forEach(function (b, i) {
        k.loop(b.halo, [{ transform: 'scale(1)' }, { transform: 'scale(1.12)' }], { dur: 3200, delay: 2600 + i * 120 });
      });
      k.key(1200);
    },

    block: function (k) {
      k.scene('body', 'liver');
      k.catheterSteps.inPlace(S, S.big.frac.porta);
      k.slide(S.micro, 0, 0, MICRO_TIP, MICRO_TIP);
      k.set(S.oilG, { opacity: 1 });
      k.tl(S.plugIn, [[0, { opacity: 0, transform: 'scale(0.3)' }], [600, { opacity: 1, transform: 'scale(1)' }]]);
      k.fadeIn(S.quiet, 500, 1100);
      k.tl(S.big.tumor, [[500, { fill: k.COL.tumor }], [1200, { fill: k.COL.tumorDim }]]);
      k.tl(S.small.tumor, [[500, { fill: k.COL.tumor }], [1200, { fill: k.COL.tumorDim }]]);
      // the portal vein keeps feeding the healthy liver
      k.fadeIn(S.flowPortal, 400, 900);
      k.flow(S.portalDots, 1600);
      k.key(1200);
    },

    // X-rays check the tumor was reached; the tube comes out; the spot is pressed.
    check: function (k) {
      k.scene('body', 'liver');
      var dim = { fill: k.COL.tumorDim };
      k.set(S.big.tumor, dim);
      k.set(S.small.tumor, dim);
      k.set(S.oilG, { opacity: 1 });
      k.set(S.quiet, { opacity: 1 });
      k.set(S.plugIn, { opacity: 1 });
      k.set(S.mark.groin.g, { opacity: 1 });
      S.ring.move([[0, { opacity: 0, transform: 'translate(0px,280px)' }], [300, { opacity: 1, transform: 'translate(0px,300px)' }],
        [700, { opacity: 1, transform: 'translate(0px,335px)' }]]);
      k.tl(S.tint, [[0, { opacity: 0 }], [400, { opacity: 0.5 }]]);
      k.tl(S.checkMark, [[300, { opacity: 0, transform: 'scale(0.6)' }], [600, { opacity: 1, transform: 'scale(1)' }]]);
      k.slide(S.micro, 400, 650, MICRO_TIP, 0);
      k.slide(S.magTube, 550, 800, S.big.frac.porta, 0);
      k.slide(S.bodyTube, 600, 1000, 1, 0);
      k.tl(S.mark.groin.g, [[850, { opacity: 1 }], [1000, { opacity: 0 }]]);
      k.tl(S.pressIn, [[900, { opacity: 0, transform: 'translate(24px,-30px)' }], [1200, { opacity: 1, transform: 'translate(0px,0px)' }]]);
      k.loop(S.pressIn, [{ transform: 'translate(0px,0px) scale(1)' }, { transform: 'translate(0px,2px) scale(0.96)' }], { dur: 1400, delay: 1200 });
      k.key(1200);
    },

    recover: function (k) {
      k.scene('rest');
      k.fadeIn(S.rest, 0, 300);
      k.tl(S.restSun, [[200, { opacity: 0, transform: 'translate(0px,30px)' }], [900, { opacity: 1, transform: 'translate(0px,0px)' }]]);
      k.fadeIn(S.restTrail, 600, 1200);
      k.loop(S.restBed.breath, [{ transform: 'scaleY(1)' }, { transform: 'scaleY(1.05)' }], { dur: 3600, delay: 900 });
      k.key(900);
    },

    scan: function (k) {
      k.scene('body', 'scan');
      k.set(S.big.tumor, { fill: k.COL.tumorDim });
      k.set(S.small.tumor, { fill: k.COL.tumorDim });
      k.key(k.catheterSteps.scan(S));
    }
  };

  Stage.register('tace', {
    steps: ['entry', 'to-liver', 'microcatheter', 'medicine', 'block', 'check', 'recover', 'scan'],
    build: build,
    show: function (step, k) { STEPS[step](k); }
  });
})();
