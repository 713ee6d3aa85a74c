/* ablation.js: tumor ablation through the skin (heat: RFA or microwave; cold: cryoablation).
 * One shared sequence with two energy steps. Facts: resources/content/SOURCES.md 4.2 and 4.3
 * (a safe path, organs pushed away with fluid, a zone covering the tumor plus a rim,
 * an ice ball bigger than the tumor made with freeze-thaw-freeze, a scar months later). */
(function () {
  'use strict';

  var S = null;
  // Probe direction (unit vector, pointing into the body) and the tumor centre in the magnifier.
  var DIR = { x: 0.371, y: 0.928 };
  var TUMOR = { x: 0, y: 30, r: 48 };
  var OUT = 300; // how far back the probe starts (outside the magnifier)

  function along(t) { return { x: TUMOR.x - DIR.x * t, y: TUMOR.y - DIR.y * t }; }

  function patient(k, parent) {
    var C = k.COL;
    var root = k.g(parent);
    k.el('rect', { x: 430, y: 626, width: 200, height: 64, rx: 10, fill: '#C9D2DB' }, root);
    k.el('rect', { x: 70, y: 600, width: 870, height: 26, rx: 13, fill: '#DDE4EA', stroke: '#AEBBC7', 'stroke-width': 3 }, root);
    k.el('ellipse', { cx: 150, cy: 590, rx: 66, ry: 14, fill: '#FFFFFF', stroke: '#CBD5DE', 'stroke-width': 3 }, root);
    var body = 'M 176,600 L 176,566 C 182,540 200,520 236,512 C 290,500 360,498 440,497 C 500,496 545,505 585,520 ' +
      'L 700,526 C 760,524 820,522 870,530 C 884,512 900,500 912,506 C 922,514 920,560 916,600 Z';
    k.path(root, body, { fill: C.skin, stroke: C.skinLine, 'stroke-width': 3, 'stroke-linejoin': 'round' });
    // blanket over the legs, gown over the chest
    k.path(root, 'M 560,600 L 560,514 C 600,520 650,524 700,523 C 760,521 820,519 872,527 C 886,508 904,496 916,502 ' +
      'C 928,512 926,560 922,600 Z', { fill: '#A8C6E2', stroke: '#86A9C9', 'stroke-width': 3, 'stroke-linejoin': 'round' });
    k.path(root, 'M 186,600 L 186,560 C 192,538 210,522 240,515 C 262,510 282,507 300,505 L 300,600 Z', { fill: '#CFE3E6', stroke: '#A7C6CB', 'stroke-width': 3 });
    // head resting on the pillow, face up, calm
    k.circle(root, 150, 548, 38, { fill: C.skin, stroke: C.skinLine, 'stroke-width': 3 });
    k.path(root, 'M 114,560 C 108,528 126,508 150,508 C 136,520 124,540 124,566 Z', { fill: '#7B5A45' });
    k.path(root, 'M 158,528 q 8,5 15,-1', k.stroke('#6B5547', 3));
    k.path(root, 'M 166,548 q 9,4 14,-4', k.stroke('#6B5547', 3));
    // the liver, seen faintly inside (shown once imaging has found it), with the tumor
    var inside = k.hidden(k.g(root));
    k.path(inside, 'M 300,524 C 320,512 372,512 390,524 C 398,540 384,566 352,570 C 318,572 296,556 300,524 Z',
      { fill: C.liver, stroke: C.liverLine, 'stroke-width': 2.5, opacity: 0.55 });
    var smallTumor = k.g(inside, { transform: 'translate(338 536)' });
    var smallTumorIn = k.circle(smallTumor, 0, 0, 8, { fill: C.tumor, class: 'fb' });
    // arm along the side
    k.path(root, 'M 236,548 C 300,560 360,566 420,562', k.stroke(C.skinLine, 26));
    k.path(root, 'M 236,548 C 300,560 360,566 420,562', k.stroke(C.skin, 20));
    k.circle(root, 428, 561, 12, { fill: C.skin, stroke: C.skinLine, 'stroke-width': 3 });
    return { g: root, inside: inside, tumor: smallTumorIn };
  }

  function build(svg, k) {
    var C = k.COL;
    k.defs(svg);
    S = {};
    S.room = k.scene(k.g(svg), 'room');

    // IV pole and bag, monitor
    S.iv = k.hidden(k.g(S.room));
    k.path(S.iv, 'M 60,300 L 60,640 M 30,640 L 90,640 M 36,300 L 84,300', k.stroke('#A3AFBB', 6));
    k.path(S.iv, 'M 44,306 L 76,306 L 78,360 C 78,372 70,378 60,378 C 50,378 42,372 42,360 Z', { fill: '#E6F1F7', stroke: '#9DB5C6', 'stroke-width': 3 });
    k.path(S.iv, 'M 60,378 L 60,392 C 60,470 150,520 250,548', k.stroke('#B9CAD6', 3));
    S.drip = k.circle(S.iv, 60, 384, 3.2, { fill: '#9DC6DD' });
    S.monitor = k.monitor(S.room, 975, 300, 0.95);
    S.lamp = k.hidden(k.g(S.room));
    k.path(S.lamp, 'M 420,0 L 420,70', k.stroke('#A3AFBB', 10));
    k.path(S.lamp, 'M 330,150 C 330,96 370,70 420,70 C 470,70 510,96 510,150 Z', { fill: '#DCE4EB', stroke: '#A9B6C3', 'stroke-width': 4 });
    S.lampGlow = k.el('ellipse', { cx: 420, cy: 154, rx: 70, ry: 12, fill: '#FFF3C9', stroke: '#EBD9A0', 'stroke-width': 3 }, S.lamp);
    k.hidden(S.monitor.g);

    // the CT ring (seen a little from the side): back half behind the patient, front half in front
    S.ringBack = k.hidden(k.g(k.g(S.room, { transform: 'translate(340 548)' })));
    k.path(S.ringBack, 'M 0,-140 A 56,140 0 0 0 0,140', k.stroke('#8FA7BB', 36));
    k.path(S.ringBack, 'M 0,-140 A 56,140 0 0 0 0,140', k.stroke('#DCE7EF', 22));
    var pt = patient(k, S.room);
    S.smallTumor = pt.tumor;
    S.inside = pt.inside;
    S.ringFront = k.hidden(k.g(k.g(S.room, { transform: 'translate(340 548)' })));
    k.path(S.ringFront, 'M 0,-140 A 56,140 0 0 1 0,140', k.stroke('#8FA7BB', 36));
    k.path(S.ringFront, 'M 0,-140 A 56,140 0 0 1 0,140', k.stroke('#DCE7EF', 22));

    // small probe and bandage on the body
    S.bodyProbe = k.g(S.room, { transform: 'translate(338 536)' });
    S.bodyProbeIn = k.hidden(k.g(S.bodyProbe));
    k.path(S.bodyProbeIn, 'M 0,0 L ' + (-DIR.x * 90) + ',' + (-DIR.y * 90), k.stroke('#5A6B7C', 3.5));
    k.el('rect', { x: -DIR.x * 90 - 7, y: -DIR.y * 90 - 16, width: 14, height: 18, rx: 4, fill: '#8A9AAA' }, S.bodyProbeIn);
    S.bodyBandage = k.hidden(k.bandage(S.room, 325, 500, 0.55, -4));

    // magnifier over the liver
    S.magLayer = k.scene(k.g(svg), 'liver');
    S.mag = k.magnifier(S.magLayer, { cx: 610, cy: 258, r: 218, fx: 345, fy: 540, fr: 52, id: 'abl', fill: '#F3DCD0', scale: 0.88 });
    k.hidden(S.magLayer);
    var m = S.mag.content;
    k.path(m, 'M -240,-240 L 240,-240 L 240,-132 C 120,-118 -100,-114 -240,-126 Z', { fill: '#FCF8F2' });
    k.path(m, 'M -240,-114 C -100,-102 120,-106 240,-120', k.stroke('#D9AE92', 30));
    k.path(m, 'M -240,-114 C -100,-102 120,-106 240,-120', k.stroke('#EBC6AC', 22));
    k.path(m, 'M -240,-84 C -100,-74 120,-78 240,-90', k.stroke('#F6E6CF', 30));
    k.path(m, 'M -240,-62 C -100,-54 120,-58 240,-68', k.stroke('#E3AFA2', 12));
    var liverD = 'M -240,-52 C -100,-44 120,-48 240,-58 L 240,60 C 170,70 120,88 70,100 C 10,114 -90,118 -240,112 Z';
    k.path(m, liverD, { fill: C.liver, stroke: C.liverLine, 'stroke-width': 4 });
    k.path(m, 'M -220,20 C -160,10 -120,40 -70,60 M 80,-20 C 120,0 170,10 230,0', k.stroke(C.portal, 7, { opacity: 0.7 }));
    k.path(m, 'M -200,70 C -150,55 -110,80 -70,86 M 90,30 C 140,40 180,30 230,34', k.stroke(C.artery, 4.5, { opacity: 0.7 }));
    S.bowel = k.g(m);
    S.bowelIn = k.g(S.bowel);
    var loopD = 'M 10,150 C 20,118 96,112 116,140 C 136,168 98,194 62,182 C 36,172 48,152 70,156';
    k.path(S.bowelIn, loopD, k.stroke('#CF958B', 36));
    k.path(S.bowelIn, loopD, k.stroke('#EDBDB3', 28));
    k.path(S.bowelIn, 'M 50,150 C 70,132 110,130 126,146', k.stroke('#F6D6CF', 6, { opacity: 0.8 }));
    // fluid pocket between liver and bowel (hydrodissection)
    S.fluid = k.g(m, { transform: 'translate(50 124)' });
    S.fluidIn = k.hidden(k.el('ellipse', { cx: 0, cy: 0, rx: 62, ry: 26, fill: '#CFE8F6', stroke: '#9CCAE6', 'stroke-width': 3, opacity: 0.95, class: 'fb' }, S.fluid));
    S.needle = k.g(m, { transform: 'translate(60 112)' });
    S.needleIn = k.hidden(k.g(S.needle));
    k.path(S.needleIn, 'M 0,0 L 190,-330', k.stroke('#8796A6', 3));
    // tumor, treated zone, heat and ice
    S.treated = k.g(m, { transform: 'translate(' + TUMOR.x + ' ' + TUMOR.y + ')' });
    S.treatedIn = k.hidden(k.path(S.treated, 'M 2,-68 C 40,-66 70,-38 68,0 C 66,38 38,70 -2,68 C -40,66 -69,36 -68,-2 C -67,-40 -36,-70 2,-68 Z',
      { fill: '#DDB9A8', stroke: '#C99F8C', 'stroke-width': 3, class: 'fb' }));
    S.tumorG = k.g(m, { transform: 'translate(' + TUMOR.x + ' ' + TUMOR.y + ')' });
    S.tumor = k.path(S.tumorG, 'M 0,-48 C 28,-49 48,-28 48,0 C 48,27 27,48 -1,48 C -28,47 -49,26 -48,-1 C -47,-28 -27,-48 0,-48 Z',
      { fill: C.tumor, stroke: C.tumorLine, 'stroke-width': 3 });
    S.found = k.hidden(k.circle(S.tumorG, 0, 0, 62, { fill: 'none', stroke: C.accent, 'stroke-width': 4, class: 'fb' }));
    S.heat = k.hidden(k.circle(S.tumorG, 0, 0, 78, { fill: 'url(#g-heat)', class: 'fb' }));
    S.rim = k.hidden(k.circle(S.tumorG, 0, 0, 74, { fill: 'none', stroke: '#FFF4E0', 'stroke-width': 3, 'stroke-dasharray': '8 10' }));
    S.ice = k.hidden(k.circle(S.tumorG, 0, 0, 80, { fill: 'url(#g-ice)', stroke: C.iceLine, 'stroke-width': 3, class: 'fb' }));
    // safe path and probe
    var a = along(230);
    S.safe = k.hidden(k.path(m, 'M ' + a.x + ',' + a.y + ' L ' + TUMOR.x + ',' + TUMOR.y,
      k.stroke(C.accent, 4, { 'stroke-dasharray': '12 12' })));
    S.safeGuide = k.guide(m, 'M ' + a.x + ',' + a.y + ' L ' + TUMOR.x + ',' + TUMOR.y);
    S.scout = k.circle(m, 0, 0, 7, { fill: C.accent, opacity: 0 });
    S.probe = k.g(m, { transform: 'translate(' + TUMOR.x + ' ' + TUMOR.y + ')' });
    S.probeIn = k.g(S.probe);
    var far = { x: -DIR.x * 420, y: -DIR.y * 420 };
    var tipEnd = { x: -DIR.x * 34, y: -DIR.y * 34 };
    k.path(S.probeIn, 'M 0,0 L ' + far.x + ',' + far.y, k.stroke('#5A6B7C', 7));
    k.path(S.probeIn, 'M 0,0 L ' + tipEnd.x + ',' + tipEnd.y, k.stroke('#C5D1DC', 5));
    k.circle(S.probeIn, 0, 0, 4.5, { fill: '#C5D1DC', stroke: '#5A6B7C', 'stroke-width': 2 });
    var entry = along(164);
    S.skinBandage = k.hidden(k.bandage(m, entry.x, entry.y - 4, 1.1, -6));
    S.mag.content.appendChild(S.skinBandage.parentNode);

    S.cal = k.calendar(svg, 985, 110, 0.9);
    k.scene(k.hidden(S.cal.g), 'calendar');
  }

  // probe position: t = 0 means the tip at the tumor centre
  function probeAt(t) { return 'translate(' + (-DIR.x * t).toFixed(1) + 'px,' + (-DIR.y * t).toFixed(1) + 'px)'; }

  /** After imaging: the liver shows on the body and in the magnifier. */
  function found(k) {
    k.set(S.magLayer, { opacity: 1 });
    k.set(S.inside, { opacity: 1 });
  }
  function probeIn(k) {
    k.set(S.probeIn, { transform: probeAt(0) });
    k.set(S.bodyProbeIn, { opacity: 1 });
  }
  function protected_(k) {
    k.set(S.fluidIn, { opacity: 1, transform: 'scale(1)' });
    k.set(S.bowelIn, { transform: 'translate(14px,34px)' });
  }

  /** The CT scanner over the liver, checking (probe, finish and scar steps). */
  function scanner(k, t0) {
    [S.ringBack, S.ringFront].forEach(function (r) {
      k.tl(r, [[t0, { opacity: 0, transform: 'translate(60px,0px)' }], [t0 + 400, { opacity: 1, transform: 'translate(0px,0px)' }]]);
      k.loop(r, [{ transform: 'translate(0px,0px)' }, { transform: 'translate(-24px,0px)' }], { dur: 3000, delay: t0 + 400 });
    });
  }

  // Each step names its scene first and lands its point by about 1.2 s (kit.key).
  var STEPS = {
    prepare: function (k) {
      k.scene('room');
      k.set(S.probeIn, { transform: probeAt(OUT) });
      k.fadeIn(S.iv, 0, 400);
      k.fadeIn(S.lamp, 0, 400);
      k.fadeIn(S.monitor.g, 200, 600);
      k.draw(S.monitor.trace, 400, 1000);
      // then a calm, seamless sweep (one dash period per cycle, so it never jumps)
      k.loop(S.monitor.trace, [{ strokeDasharray: '0.8 0.2', strokeDashoffset: 0 }, { strokeDasharray: '0.8 0.2', strokeDashoffset: -1 }],
        { dur: 3000, delay: 1000, direction: 'normal', ease: 'linear' });
      k.tl(S.drip, [[300, { transform: 'translate(0px,0px)', opacity: 1 }], [1000, { transform: 'translate(0px,10px)', opacity: 0 }]]);
      k.loop(S.drip, [{ transform: 'translate(0px,0px)', opacity: 1 }, { transform: 'translate(0px,10px)', opacity: 0 }],
        { dur: 2200, delay: 1000, direction: 'normal' });
      k.key(1000);
    },

    imaging: function (k) {
      k.scene('room', 'liver');
      k.set(S.probeIn, { transform: probeAt(OUT) });
      [S.ringBack, S.ringFront].forEach(function (r) {
        k.tl(r, [[0, { opacity: 0, transform: 'translate(320px,0px)' }], [200, { opacity: 1, transform: 'translate(300px,0px)' }],
          [800, { opacity: 1, transform: 'translate(0px,0px)' }]]);
      });
      k.fadeIn(S.inside, 400, 800);
      k.fadeIn(S.magLayer, 500, 900);
      k.tl(S.found, [[800, { opacity: 0, transform: 'scale(1.4)' }], [1100, { opacity: 1, transform: 'scale(1)' }]]);
      k.fadeIn(S.safe, 950, 1200);
      k.tl(S.scout, [[1100, { opacity: 0 }], [1250, { opacity: 1 }], [2400, { opacity: 1 }], [2700, { opacity: 0 }]]);
      k.follow(S.scout, S.safeGuide, 1100, 2400);
      k.key(1200);
    },

    probe: function (k) {
      k.scene('room', 'liver');
      found(k);
      k.set(S.safe, { opacity: 1 });
      k.tl(S.probeIn, [[0, { transform: probeAt(OUT) }], [1100, { transform: probeAt(0) }]]);
      k.tl(S.bodyProbeIn, [[0, { opacity: 0, transform: probeAt(30) }], [300, { opacity: 1, transform: probeAt(24) }],
        [1100, { opacity: 1, transform: probeAt(0) }]]);
      k.tl(S.safe, [[1000, { opacity: 1 }], [1500, { opacity: 0.35 }]]);
      scanner(k, 800);
      k.key(1200);
    },

    protect: function (k) {
      k.scene('room', 'liver');
      found(k);
      probeIn(k);
      k.tl(S.needleIn, [[0, { opacity: 0, transform: 'translate(95px,-165px)' }], [200, { opacity: 1, transform: 'translate(80px,-140px)' }],
        [600, { opacity: 1, transform: 'translate(0px,0px)' }], [2600, { opacity: 1, transform: 'translate(0px,0px)' }],
        [3400, { opacity: 0, transform: 'translate(80px,-140px)' }]]);
      k.tl(S.fluidIn, [[600, { opacity: 0, transform: 'scale(0.15)' }], [700, { opacity: 1, transform: 'scale(0.25)' }],
        [1200, { opacity: 1, transform: 'scale(1)' }]]);
      k.tl(S.bowelIn, [[700, { transform: 'translate(0px,0px)' }], [1200, { transform: 'translate(14px,34px)' }]]);
      k.key(1200);
    },

    heat: function (k) {
      k.scene('room', 'liver');
      found(k);
      probeIn(k);
      protected_(k);
      k.tl(S.heat, [[0, { opacity: 0, transform: 'scale(0.1)' }], [250, { opacity: 1, transform: 'scale(0.25)' }],
        [1100, { opacity: 1, transform: 'scale(1)' }]]);
      k.fadeIn(S.rim, 900, 1200);
      k.loop(S.heat, [{ opacity: 1 }, { opacity: 0.75 }], { dur: 2800, delay: 1200 });
      k.key(1200);
    },

    cold: function (k) {
      k.scene('room', 'liver');
      found(k);
      probeIn(k);
      protected_(k);
      // freeze, thaw a little, freeze again: ending bigger than the tumor
      k.tl(S.ice, [[0, { opacity: 0, transform: 'scale(0.12)' }], [150, { opacity: 0.95, transform: 'scale(0.2)' }],
        [550, { opacity: 0.95, transform: 'scale(0.95)' }], [800, { opacity: 0.7, transform: 'scale(0.72)' }],
        [1200, { opacity: 0.95, transform: 'scale(1.06)' }]]);
      k.key(1200);
    },

    finish: function (k) {
      k.scene('room', 'liver');
      found(k);
      k.set(S.safe, { opacity: 0 });
      k.tl(S.tumor, [[0, { opacity: 1 }], [900, { opacity: 0 }]]);
      k.tl(S.treatedIn, [[0, { opacity: 0 }], [900, { opacity: 1 }]]);
      k.tl(S.smallTumor, [[0, { fill: k.COL.tumor }], [900, { fill: k.COL.scar }]]);
      k.tl(S.probeIn, [[0, { transform: probeAt(0) }], [800, { transform: probeAt(OUT) }]]);
      k.tl(S.bodyProbeIn, [[0, { opacity: 1, transform: probeAt(0) }], [600, { opacity: 1, transform: probeAt(24) }],
        [800, { opacity: 0, transform: probeAt(30) }]]);
      k.tl(S.fluidIn, [[0, { opacity: 1, transform: 'scale(1)' }], [900, { opacity: 0, transform: 'scale(0.3)' }]]);
      k.tl(S.bowelIn, [[200, { transform: 'translate(14px,34px)' }], [1000, { transform: 'translate(0px,0px)' }]]);
      k.tl(S.skinBandage, [[700, { opacity: 0, transform: 'scale(0.4)' }], [1000, { opacity: 1, transform: 'scale(1)' }]]);
      k.tl(S.bodyBandage, [[700, { opacity: 0, transform: 'scale(0.4)' }], [1000, { opacity: 1, transform: 'scale(1)' }]]);
      scanner(k, 800);
      k.key(1200);
    },

    scar: function (k) {
      k.scene('room', 'liver', 'calendar');
      found(k);
      k.set(S.tumor, { opacity: 0 });
      k.set(S.smallTumor, { fill: k.COL.scar });
      k.set(S.safe, { opacity: 0 });
      k.set(S.probeIn, { transform: probeAt(OUT) });
      k.fadeIn(S.cal.g, 0, 300);
      S.cal.marks.forEach(function (mk, i) { k.fadeIn(mk, 100 + i * 150, 400 + i * 150); });
      k.tl(S.treatedIn, [[300, { opacity: 1, transform: 'scale(1)', fill: '#DDB9A8' }], [1200, { opacity: 1, transform: 'scale(0.3)', fill: k.COL.scar }]]);
      k.tl(S.smallTumor, [[300, { transform: 'scale(1)' }], [1200, { transform: 'scale(0.5)' }]]);
      scanner(k, 600);
      k.key(1200);
    }
  };

  Stage.register('ablation', {
    steps: ['prepare', 'imaging', 'probe', 'protect', 'heat', 'cold', 'finish', 'scar'],
    build: build,
    show: function (step, k) { STEPS[step](k); }
  });
})();
