/* overview.js: what all the interventional oncology treatments share:
 * imaging guides the doctor, a tiny entry instead of a cut, treatment aimed at the tumor,
 * often home the same day, a whole care team. Facts: resources/content/SOURCES.md 1.1 and 1.3. */
(function () {
  'use strict';

  var S = null;
  var TIP = 0.9;

  function build(svg, k) {
    var C = k.COL;
    S = k.anatomy(svg);
    var B = S.body;
    var L = S.big;

    // imaging: a scanner arc passes over the body and the inside shows
    S.ring = k.scanRing(S, 0);

    // small entry: wrist and groin points, one close-up of the tiny entry and thin tube
    S.entry = k.scene(k.hidden(k.g(svg)), 'entry');
    var wp = B.at(B.pt.wrist);
    var gp = B.at(B.pt.groin);
    k.path(S.entry, 'M ' + wp.x + ',' + wp.y + ' L 600,400', k.stroke('#BFA98F', 3, { 'stroke-dasharray': '0.1 9' }));
    k.path(S.entry, 'M ' + gp.x + ',' + gp.y + ' L 610,470', k.stroke('#BFA98F', 3, { 'stroke-dasharray': '0.1 9' }));
    S.close = k.entryCloseup(S.entry, 800, 360, 220, 'entry');
    S.marks = [k.marker(B.over, B.pt.wrist.x, B.pt.wrist.y), k.marker(B.over, B.pt.groin.x, B.pt.groin.y)];
    S.marks.forEach(function (m) { k.hidden(m.g); });

    // target: treatment travels only to the tumor; healthy liver stays calm
    S.tube = k.tube(L.over, L.cathD, { w: 6 });
    S.halo = k.g(L.over, { transform: 'translate(' + L.tumorC.x + ' ' + L.tumorC.y + ')' });
    S.haloIn = k.hidden(k.circle(S.halo, 0, 0, 80, { fill: 'url(#g-glow)', class: 'fb' }));
    S.aim = k.hidden(k.circle(S.halo, 0, 0, 72, { fill: 'none', stroke: C.accent, 'stroke-width': 4, 'stroke-dasharray': '10 12', class: 'fb' }));
    L.over.appendChild(S.tube.g);
    S.sparks = [];
    var rnd = k.rand(3);
    for (var i = 0; i < 24; i++) {
      var gd = k.guide(L.over, k.join('M -72,10 L -85,-6 ', L.twigD[i % L.twigD.length]));
      S.sparks.push({
        dot: k.circle(L.over, 0, 0, 4, { fill: C.glow, stroke: '#D6A92E', 'stroke-width': 1.2, opacity: 0 }),
        guide: gd,
        to: 0.5 + rnd() * 0.5
      });
    }

    // home the same day
    S.home = k.scene(k.hidden(k.g(svg)), 'home');
    k.el('rect', { x: 0, y: 560, width: 1100, height: 140, fill: '#EEF3E6' }, S.home);
    S.sun = k.sun(S.home, 560, 110, 42);
    k.tree(S.home, 1010, 520, 1.1);
    k.house(S.home, 800, 470, 1.3);
    k.path(S.home, 'M 80,590 C 300,600 560,610 770,592', k.stroke('#D9C7AE', 18, { opacity: 0.8 }));
    S.walker = k.g(S.home);
    S.walkerIn = k.person(S.walker, 180, 590, 0.95, { skin: k.TONES[3], cloth: '#E2A37E', clothLine: '#C48460', hair: '#5A4032' });
    k.bandage(S.walkerIn.armR, 66, -122, 0.5, 90);

    // the care team
    S.team = k.scene(k.hidden(k.g(svg)), 'team');
    k.el('ellipse', { cx: 550, cy: 610, rx: 470, ry: 40, fill: '#EFE6DA' }, S.team);
    var who = [
      { x: 210, o: { skin: k.TONES[2], cloth: '#8CC5C0', clothLine: '#5FA19B', cap: '#8CC5C0', trousers: '#6FA8A2' } },
      { x: 430, o: { skin: k.TONES[0], cloth: '#FFFFFF', clothLine: '#B5C3CF', coat: true, stethoscope: true, hair: '#8A5A3C', trousers: '#6F7F95' } },
      { x: 660, o: { skin: k.TONES[4], cloth: '#A9B8E6', clothLine: '#7E8FC6', hair: '#2E2522', trousers: '#7E8FC6' } },
      { x: 880, o: { skin: k.TONES[1], cloth: '#E5B7C9', clothLine: '#C690A6', hair: '#3B2A22', trousers: '#8E7E9E' } }
    ];
    S.people = who.map(function (w) {
      var wrap = k.g(S.team);
      var p = k.person(wrap, w.x, 600, 1.3, w.o);
      p.wrap = wrap;
      return p;
    });
    S.waveArm = S.people[1].armR;
    S.waveArm.style.transformOrigin = '50px -196px';
    S.heart = k.g(S.team, { transform: 'translate(545 110)' });
    S.heartIn = k.g(S.heart, { class: 'fb' });
    k.path(S.heartIn, 'M 0,30 C -50,-5 -44,-46 -18,-46 C -6,-46 0,-36 0,-28 C 0,-36 6,-46 18,-46 C 44,-46 50,-5 0,30 Z',
      { fill: '#EE9A8C', stroke: '#D77B6D', 'stroke-width': 4, 'stroke-linejoin': 'round' });
    k.hidden(S.heartIn);
  }

  // Each step names its scene first and lands its point by about 1.2 s (kit.key).
  var STEPS = {
    imaging: function (k) {
      k.scene('body', 'liver');
      S.ring.move([[0, { opacity: 0, transform: 'translate(0px,150px)' }], [300, { opacity: 1, transform: 'translate(0px,170px)' }],
        [1200, { opacity: 1, transform: 'translate(0px,330px)' }]]);
      S.ring.parts.forEach(function (p) {
        k.loop(p, [{ transform: 'translate(0px,330px)' }, { transform: 'translate(0px,250px)' }], { dur: 3400, delay: 1200 });
      });
      k.tl(S.body.organs, [[200, { opacity: 0 }], [1000, { opacity: 1 }]]);
      k.fadeIn(S.magLayer, 700, 1200);
      k.key(1200);
    },

    'small-entry': function (k) {
      k.scene('body', 'entry');
      k.fadeIn(S.entry, 0, 400);
      S.marks.forEach(function (m, i) {
        k.fadeIn(m.g, i * 200, 400 + i * 200);
        k.loop(m.halo, [{ transform: 'scale(1)', opacity: 1 }, { transform: 'scale(1.7)', opacity: 0 }],
          { dur: 2400, delay: 1200 + i * 1200, direction: 'normal', ease: 'ease-out' });
      });
      k.tl(S.close.dot, [[100, { transform: 'scale(0)' }], [500, { transform: 'scale(1)' }]]);
      k.slide(S.close.tube, 400, 1200, 0, 1);
      k.key(1200);
    },

    target: function (k) {
      k.scene('body', 'liver');
      k.slide(S.tube, 0, 700, 0, TIP);
      S.sparks.forEach(function (s, i) {
        var t0 = 500 + i * 20;
        k.follow(s.dot, s.guide, t0, t0 + 450, { to: s.to, appear: true, samples: 10 });
      });
      k.tl(S.haloIn, [[650, { opacity: 0, transform: 'scale(0.5)' }], [1050, { opacity: 1, transform: 'scale(1)' }]]);
      k.tl(S.aim, [[700, { opacity: 0, transform: 'scale(1.3)' }], [1100, { opacity: 1, transform: 'scale(1)' }]]);
      k.loop(S.haloIn, [{ opacity: 1 }, { opacity: 0.65 }], { dur: 2800, delay: 1100 });
      k.key(1100);
    },

    home: function (k) {
      k.scene('home');
      k.fadeIn(S.home, 0, 300);
      k.tl(S.sun, [[0, { transform: 'translate(0px,40px)' }], [900, { transform: 'translate(0px,0px)' }]]);
      // walking home: the way is taken at once, then the walk goes on calmly
      k.tl(S.walker, [[0, { transform: 'translate(0px,0px)' }], [3600, { transform: 'translate(350px,0px)' }]], { ease: 'ease-out' });
      var bob = [];
      for (var t = 0; t <= 3600; t += 600) bob.push([t, { transform: 'translate(0px,' + (t % 1200 ? -6 : 0) + 'px)' }]);
      k.tl(S.walkerIn.inner, bob);
      k.key(900);
    },

    team: function (k) {
      k.scene('team');
      S.people.forEach(function (p, i) {
        var t0 = i * 150;
        k.tl(p.wrap, [[t0, { opacity: 0, transform: 'translate(0px,30px)' }], [t0 + 500, { opacity: 1, transform: 'translate(0px,0px)' }]]);
      });
      k.tl(S.waveArm, [[700, { transform: 'rotate(0deg)' }], [1200, { transform: 'rotate(-150deg)' }]]);
      k.loop(S.waveArm, [{ transform: 'rotate(-150deg)' }, { transform: 'rotate(-128deg)' }], { dur: 1300, delay: 1200 });
      k.tl(S.heartIn, [[700, { opacity: 0, transform: 'scale(0.5)' }], [1200, { opacity: 1, transform: 'scale(1)' }]]);
      k.loop(S.heartIn, [{ transform: 'scale(1)' }, { transform: 'scale(1.08)' }], { dur: 2400, delay: 1200 });
      k.key(1200);
    }
  };

  Stage.register('overview', {
    steps: ['imaging', 'small-entry', 'target', 'home', 'team'],
    build: build,
    show: function (step, k) { STEPS[step](k); }
  });
})();
