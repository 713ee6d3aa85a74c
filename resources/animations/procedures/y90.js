/* y90.js: Y-90 radioembolization (SIRT): a mapping visit, then the treatment.
 * Facts: resources/content/SOURCES.md sections 1.2, 1.3, 2.3 and 2.9
 * (beads like very fine sand; a glow of a few millimetres around clusters that fades). */
(function () {
  'use strict';

  var S = null; // the built scene
  var TIP = 0.93; // catheter tip in the branch that feeds the tumor (fraction of the magnifier route)

  function build(svg, k) {
    var C = k.COL;
    S = k.catheterScene(svg);
    var B = S.body;
    var L = S.big;
    var rnd = k.rand(90);

    // tracer (test dose): two in three go to the tumor, which takes most of the artery's blood
    var toTumor = k.join('M 22,100 ' + k.LIVER.artRight, 'M -68,15 ' + k.LIVER.artTumor);
    var tracerG = k.g(L.over);
    S.tracer = [];
    var guides = {}; // one guide per distinct route, shared by the dots that take it
    function guideFor(parent, d) { return guides[d] || (guides[d] = k.guide(parent, d)); }
    for (var i = 0; i < 28; i++) {
      var healthy = i % 3 === 2;
      var d = healthy
        ? 'M 22,100 L ' + k.LIVER.artOther[(i / 3 | 0) % k.LIVER.artOther.length].replace(/^M\s*/, '')
        : k.join(toTumor, L.twigD[i % L.twigD.length]);
      S.tracer.push({
        dot: k.circle(tracerG, 0, 0, 4.2, { fill: C.tracer, stroke: '#2F8C80', 'stroke-width': 1.2, opacity: 0 }),
        guide: guideFor(tracerG, d),
        to: healthy ? 0.55 + rnd() * 0.4 : 0.8 + rnd() * 0.2
      });
    }

    // beads: very fine sand that lodges in the tumor's small vessels
    var beadG = k.g(L.over);
    var glowG = k.g(L.over);
    S.beads = [];
    for (var j = 0; j < 150; j++) {
      var gd = guideFor(beadG, k.join('M -78,3 L -85,-6 ', L.twigD[j % L.twigD.length]));
      var f = 0.35 + rnd() * 0.65;
      var p = k.at(gd, f);
      S.beads.push({
        dot: k.circle(beadG, 0, 0, 1.6 + rnd() * 0.8, { fill: C.bead, stroke: C.beadLine, 'stroke-width': 0.8, opacity: 0 }),
        guide: gd,
        f: f,
        end: { x: p.x + (rnd() - 0.5) * 16, y: p.y + (rnd() - 0.5) * 16 }
      });
    }
    // short-range glows on the bead clusters (middles and ends of the tumor's vessels)
    S.glows = [];
    L.twigD.forEach(function (td, n) {
      var tg = k.guide(glowG, td);
      [0.55, 1].forEach(function (f2) {
        var q = k.at(tg, f2);
        var wrap = k.g(glowG, { transform: 'translate(' + q.x + ' ' + q.y + ')' });
        S.glows.push(k.circle(wrap, 0, 0, 19 + (n % 2) * 3, { fill: 'url(#g-glow)', class: 'fb', opacity: 0 }));
      });
    });
    L.over.appendChild(S.tubes); // the catheter on top of beads and glow

    // lung check badge (top left, near the chest): the tracer should mostly stay out of the lungs
    S.lung = k.scene(k.hidden(k.g(svg)), 'lung');
    var lp = B.at(B.pt.lungs);
    k.path(S.lung, 'M 150,150 L ' + (lp.x - 6) + ',' + (lp.y - 26), k.stroke('#A9BFCF', 3.5, { 'stroke-dasharray': '0.1 9' }));
    var lb = k.g(S.lung, { transform: 'translate(92 104)' });
    k.circle(lb, 0, 0, 74, { fill: '#FFFFFF', opacity: 0.75 });
    k.circle(lb, 0, 0, 66, { fill: '#F3F7FA', stroke: '#B9CCDA', 'stroke-width': 4 });
    var lcp = k.el('clipPath', { id: 'clip-lung' }, lb);
    k.circle(lcp, 0, 0, 64);
    var lin = k.g(lb, { 'clip-path': 'url(#clip-lung)' });
    var lungs = k.g(lin, { transform: 'scale(0.55) translate(0 -228)' });
    k.path(lungs, 'M -14,172 C -50,158 -98,186 -102,242 C -104,274 -92,292 -62,290 C -34,288 -18,278 -14,252 Z',
      { fill: C.lung, stroke: C.lungLine, 'stroke-width': 5 });
    k.path(lungs, 'M 16,172 C 50,158 96,186 100,242 C 102,274 90,292 62,290 C 40,289 28,278 24,262 C 20,240 18,200 16,172 Z',
      { fill: C.lung, stroke: C.lungLine, 'stroke-width': 5 });
    S.lungDots = [[-30, 8], [28, -16]].map(function (xy) {
      return k.circle(lin, xy[0], xy[1], 4, { fill: C.tracer, opacity: 0 });
    });
    S.sweep = k.el('rect', { x: -6, y: -70, width: 12, height: 140, rx: 6, fill: '#9FD3E6', opacity: 0 }, lin);
    S.lungCheck = k.hidden(k.checkBadge(S.lung, 150, 160, 0.85));
  }

  function beadsAt(k, t0, spread, dur) {
    S.beads.forEach(function (b, i) {
      var start = t0 + (i / S.beads.length) * spread;
      if (dur) {
        k.follow(b.dot, b.guide, start, start + dur, { to: b.f, appear: true, samples: 10, end: { x: b.end.x, y: b.end.y, dur: 300 } });
      } else {
        k.set(b.dot, { opacity: 1, transform: 'translate(' + b.end.x + 'px,' + b.end.y + 'px)' });
      }
    });
  }

  // Each step names its scene first and lands its point by about 1.2 s (kit.key).
  var STEPS = {
    'mapping-visit': function (k) {
      k.scene('body', 'liver');
      // both entry points are offered, the chosen way (here the groin) is taken, then the dye
      k.tl(S.mark.groin.g, [[0, { opacity: 0 }], [300, { opacity: 1 }]]);
      k.tl(S.mark.wrist.g, [[0, { opacity: 0 }], [300, { opacity: 1 }], [600, { opacity: 0.35 }]]);
      k.tl(S.ghost.groin, [[0, { opacity: 0 }], [300, { opacity: 1 }]]);
      k.tl(S.ghost.wrist, [[0, { opacity: 0 }], [300, { opacity: 1 }], [600, { opacity: 0.25 }]]);
      k.slide(S.bodyTube, 0, 450, 0, 1);
      k.slide(S.magTube, 250, 550, 0, S.big.frac.porta);
      var full = k.catheterSteps.dye(S, 500, 450);
      k.catheterSteps.pulse(S.mark.groin, 1300);
      k.loop(S.dye, [{ opacity: 1 }, { opacity: 0.7 }], { dur: 2600, delay: full });
      k.key(full);
    },

    'test-dose': function (k) {
      k.scene('body', 'liver', 'lung');
      k.catheterSteps.inPlace(S, S.big.frac.porta);
      S.tracer.forEach(function (t, i) {
        var t0 = i * 20;
        k.follow(t.dot, t.guide, t0, t0 + 650, { to: t.to, appear: true, samples: 12 });
      });
      k.fadeIn(S.lung, 0, 300);
      k.tl(S.sweep, [[300, { opacity: 0.8, transform: 'translate(-70px,0px)' }], [900, { opacity: 0.8, transform: 'translate(70px,0px)' }],
        [1000, { opacity: 0, transform: 'translate(70px,0px)' }]]);
      S.lungDots.forEach(function (d, i) { k.tl(d, [[500 + i * 150, { opacity: 0 }], [700 + i * 150, { opacity: 0.6 }]]); });
      k.tl(S.lungCheck, [[900, { opacity: 0, transform: 'scale(0.6)' }], [1200, { opacity: 1, transform: 'scale(1)' }]]);
      k.key(1200);
    },

    entry: function (k) {
      k.scene('body', 'entry');
      k.key(k.catheterSteps.entry(S));
    },

    'to-liver': function (k) {
      k.scene('body', 'liver');
      k.catheterSteps.inPlace(S, 0);
      k.catheterSteps.flow(S, 0);
      k.slide(S.magTube, 300, 1200, 0, TIP);
      k.key(1200);
    },

    beads: function (k) {
      k.scene('body', 'liver');
      k.catheterSteps.inPlace(S, TIP);
      beadsAt(k, 0, 700, 400);
      k.key(1200);
    },

    // Radiation from inside: the tube is out; only the beads and their short glow remain.
    glow: function (k) {
      k.scene('body', 'liver');
      k.set(S.mark.groin.g, { opacity: 0 });
      k.set(S.bodyBandage, { opacity: 1 });
      beadsAt(k, 0, 0, 0);
      S.glows.forEach(function (gl, i) {
        var t0 = (i % 5) * 60;
        k.tl(gl, [[t0, { opacity: 0, transform: 'scale(0.3)' }], [t0 + 800, { opacity: 1, transform: 'scale(1)' }],
          [3000, { opacity: 1, transform: 'scale(1)' }], [6000, { opacity: 0.55, transform: 'scale(0.85)' }]]);
      });
      k.key(1100);
    },

    home: function (k) {
      k.scene('body', 'home');
      k.key(k.catheterSteps.home(S));
    },

    scan: function (k) {
      k.scene('body', 'scan');
      k.key(k.catheterSteps.scan(S));
    }
  };

  Stage.register('y90', {
    steps: ['mapping-visit', 'test-dose', 'entry', 'to-liver', 'beads', 'glow', 'home', 'scan'],
    build: build,
    show: function (step, k) { STEPS[step](k); }
  });
})();
