/* stage/shapes.js: the drawing kit's pictures, shared by all procedures.
 *
 * Body, liver (with its blood supplies), magnifier, entry marker, catheter
 * tube, bandage, check badge, house, sun, tree, person, bed, monitor,
 * calendar, flow lines, entry close-up and later scan. Each draws itself once,
 * still; the procedures move the parts it returns with the motion kit.
 */
(function () {
  'use strict';

  var svg = window.StageParts.svg;
  var COL = svg.COL;
  var el = svg.el;
  var g = svg.g;
  var path = svg.path;
  var circle = svg.circle;
  var stroke = svg.stroke;
  var line = svg.line;
  var guide = svg.guide;
  var hidden = svg.hidden;

  /** Friendly, faceless-but-smiling front-view body (head top at y 0, centre x 0).
   *  Returns groups to draw into (organs, over) and the entry points. */
  var ROUTE = {
    groin: 'M -50,520 L -48,492 C -44,462 -22,434 7,420 L 7,355 C -6,350 -20,349 -33,347',
    wrist: 'M 154,452 C 152,410 150,370 147,330 C 144,280 140,232 126,204 C 108,174 60,164 32,170 C 16,174 7,188 7,210 L 7,355 C -6,350 -20,349 -33,347'
  };
  function figure(parent, x, y) {
    var root = g(parent, { transform: 'translate(' + x + ' ' + y + ')' });
    var limbs = [
      'M -118,170 C -136,194 -140,250 -143,320 L -150,440',
      'M 118,170 C 136,194 140,250 143,320 L 150,440'
    ];
    var hands = ['M -151,452 L -153,476', 'M 151,452 L 153,476'];
    limbs.forEach(function (d) { path(root, d, stroke(COL.skinLine, 41)); });
    hands.forEach(function (d) { path(root, d, stroke(COL.skinLine, 35)); });
    var torso = 'M -22,126 C -44,140 -92,138 -114,152 C -132,164 -134,190 -128,220 L -112,300 ' +
      'C -100,350 -92,382 -94,412 C -98,442 -104,470 -100,502 L -92,720 L -14,720 L -7,528 ' +
      'C -4,520 4,520 7,528 L 14,720 L 92,720 L 100,502 C 104,470 98,442 94,412 ' +
      'C 92,382 100,350 112,300 L 128,220 C 134,190 132,164 114,152 C 92,138 44,140 22,126 Z';
    path(root, torso, { fill: COL.skin, stroke: COL.skinLine, 'stroke-width': 3, 'stroke-linejoin': 'round' });
    limbs.forEach(function (d) { path(root, d, stroke(COL.skin, 35)); });
    hands.forEach(function (d) { path(root, d, stroke(COL.skin, 29)); });
    el('rect', { x: -19, y: 96, width: 38, height: 40, fill: COL.skin }, root);
    path(root, 'M -19,98 L -20,128 M 19,98 L 20,128', stroke(COL.skinLine, 3));
    circle(root, 0, 56, 46, { fill: COL.skin, stroke: COL.skinLine, 'stroke-width': 3 });
    // calm face: closed eyes and a small smile
    path(root, 'M -21,52 q 7,6 14,0 M 7,52 q 7,6 14,0 M -12,76 q 12,9 24,0', stroke(COL.skinLine, 3));

    var organs = g(root);
    var lungs = g(organs, { opacity: 0.9 });
    path(lungs, 'M -18,172 C -50,160 -96,186 -100,240 C -102,272 -92,288 -64,286 C -38,284 -22,276 -18,252 Z',
      { fill: COL.lung, stroke: COL.lungLine, 'stroke-width': 2.5 });
    path(lungs, 'M 20,172 C 50,160 94,186 98,240 C 100,272 90,288 64,286 C 44,285 34,276 30,262 C 26,240 22,200 20,172 Z',
      { fill: COL.lung, stroke: COL.lungLine, 'stroke-width': 2.5 });
    var arteries = g(organs, { opacity: 0.75 });
    [
      'M -6,236 C -8,204 -2,176 14,172 C 26,170 7,188 7,210 L 7,420',
      'M 7,420 C -22,434 -44,462 -48,492 L -54,720',
      'M 7,420 C 36,434 58,462 62,492 L 66,720',
      ROUTE.wrist.replace(/ C 16,174 .*$/, ''),
      'M 2,176 C -30,166 -90,168 -122,196 C -138,230 -144,280 -147,330 L -154,452'
    ].forEach(function (d) { path(arteries, d, stroke(COL.arteryFaint, 5)); });
    path(arteries, 'M -6,452 C -12,420 -22,380 -30,352', stroke(COL.portalFaint, 6));
    var liverSlot = g(organs, { transform: 'translate(-38 318) scale(0.3)' });
    var over = g(root);
    return {
      g: root,
      organs: organs,
      lungs: lungs,
      arteries: arteries,
      liverSlot: liverSlot,
      over: over,
      pt: { groin: { x: -50, y: 515 }, wrist: { x: 154, y: 450 }, liver: { x: -38, y: 318 }, lungs: { x: -58, y: 232 } },
      at: function (p) { return { x: x + p.x, y: y + p.y }; }
    };
  }

  /** The liver in its own coordinates (about 480 x 300, centre 0,0), with both blood supplies. */
  var LIVER = {
    outline: 'M -235,-40 C -240,-120 -150,-160 -40,-150 C 60,-142 170,-120 225,-75 C 250,-55 245,-28 215,-18 ' +
      'C 150,5 90,35 40,75 C -10,115 -80,145 -150,140 C -215,135 -232,60 -235,-40 Z',
    tumor: 'M -120,-106 C -86,-107 -63,-82 -64,-50 C -64,-18 -88,7 -121,6 C -153,5 -177,-20 -176,-51 C -175,-83 -152,-105 -120,-106 Z',
    tumorC: { x: -120, y: -50, r: 56 },
    artTrunk: 'M 112,300 C 95,215 45,160 22,100',
    artRight: 'C 5,65 -35,35 -68,15',
    artTumor: 'C -74,9 -80,2 -85,-6',
    artOther: [
      'M -68,15 C -110,30 -160,38 -200,28',
      'M -32,37 C -55,72 -90,100 -135,110',
      'M 22,100 C 60,60 110,22 175,-28',
      'M 96,30 C 100,-15 92,-60 70,-108',
      'M 2,62 C 14,0 6,-60 -4,-124'
    ],
    twigs: [
      'M -85,-6 C -100,-14 -125,-18 -152,-24',
      'M -85,-6 C -105,-24 -130,-40 -160,-54',
      'M -85,-6 C -100,-35 -122,-60 -142,-82',
      'M -85,-6 C -92,-35 -104,-70 -114,-96',
      'M -85,-6 C -84,-30 -84,-56 -82,-78',
      'M -85,-6 C -102,-6 -116,-4 -132,-6'
    ],
    portTrunk: 'M 32,300 C 26,210 6,160 2,104',
    portal: [
      'M 2,104 C -40,86 -90,80 -152,90',
      'M -88,82 C -140,66 -186,32 -206,-14',
      'M -38,90 C -28,40 -24,-20 -38,-114',
      'M 2,104 C 46,74 106,34 168,-6',
      'M 86,50 C 66,10 46,-40 38,-98'
    ]
  };

  function liver(parent, opts) {
    opts = opts || {};
    // Red artery, blue portal vein: where they are shown large, the app says what they mean.
    var root = g(parent, opts.legend === false ? null : { 'data-legend': 'vessels' });
    var body = g(root);
    var outline = path(body, LIVER.outline, { fill: COL.liver, stroke: COL.liverLine, 'stroke-width': 4, 'stroke-linejoin': 'round' });
    path(body, 'M -200,-70 C -185,-115 -130,-135 -60,-134', stroke(COL.liverHi, 14, { opacity: 0.7 }));
    path(body, 'M 36,-146 C 26,-90 24,-20 34,62', stroke(COL.liverLine, 3, { opacity: 0.45 }));
    var portal = g(body);
    if (opts.trunks !== false) path(portal, LIVER.portTrunk, stroke(COL.portal, 15));
    LIVER.portal.forEach(function (d, i) { path(portal, d, stroke(COL.portal, i === 0 || i === 3 ? 11 : 8)); });
    var tumorG = g(body);
    var tumorInner = g(tumorG, { class: 'fb' });
    var tumor = path(tumorInner, LIVER.tumor, { fill: COL.tumor, stroke: COL.tumorLine, 'stroke-width': 3 });
    var artery = g(body);
    var cathD = LIVER.artTrunk + ' ' + LIVER.artRight + ' ' + LIVER.artTumor;
    // The catheter's road (trunk, right branch, the tumor's branch) is drawn wider, with a
    // darker wall, so the tube is always seen inside the artery, never across liver tissue.
    var road = (opts.trunks === false ? 'M 22,100 ' : LIVER.artTrunk + ' ') + LIVER.artRight;
    path(artery, road, stroke(COL.arteryWall, 17));
    path(artery, road, stroke(COL.artery, 13));
    path(artery, 'M -68,15 ' + LIVER.artTumor, stroke(COL.arteryWall, 13));
    var tumorBranch = path(artery, 'M -68,15 ' + LIVER.artTumor, stroke(COL.artery, 10));
    LIVER.artOther.forEach(function (d, i) { path(artery, d, stroke(COL.artery, i === 2 ? 8 : 5.5)); });
    var twigG = g(tumorInner);
    var twigs = LIVER.twigs.map(function (d) { return path(twigG, d, stroke(COL.arteryTwig, 3.5)); });
    var over = g(root); // tubes, beads, glows ...
    var geo = g(root, { opacity: 0 });
    var cath = guide(geo, cathD); // edge of the magnifier -> porta -> branch feeding the tumor
    var trunkLen = guide(geo, LIVER.artTrunk).getTotalLength();
    var forkLen = guide(geo, LIVER.artTrunk + ' ' + LIVER.artRight).getTotalLength();
    var total = cath.getTotalLength();
    return {
      g: root,
      outline: outline,
      portal: portal,
      artery: artery,
      tumorG: tumorG,
      tumorInner: tumorInner,
      tumor: tumor,
      tumorBranch: tumorBranch,
      twigG: twigG,
      twigs: twigs,
      over: over,
      cathD: cathD,
      cath: cath,
      frac: { porta: trunkLen / total, fork: forkLen / total },
      twigD: LIVER.twigs,
      tumorC: LIVER.tumorC,
      artAll: [LIVER.artTrunk + ' ' + LIVER.artRight, 'M -68,15 ' + LIVER.artTumor].concat(LIVER.artOther),
      portalAll: [LIVER.portTrunk].concat(LIVER.portal)
    };
  }

  /** A magnifier: a big round window at (cx,cy) looking at a small lens at `from`. */
  function magnifier(parent, o) {
    var root = g(parent);
    var dx = o.cx - o.fx;
    var dy = o.cy - o.fy;
    var d = Math.sqrt(dx * dx + dy * dy);
    var th = Math.atan2(dy, dx);
    var a = Math.acos((o.fr - o.r) / d);
    var pts = [th + a, th - a].map(function (phi) {
      return [o.fx + o.fr * Math.cos(phi), o.fy + o.fr * Math.sin(phi), o.cx + o.r * Math.cos(phi), o.cy + o.r * Math.sin(phi)];
    });
    var cone = g(root);
    // the cone's small end follows the lens's near arc, so the lens itself stays clear
    path(cone, 'M ' + pts[0][0] + ',' + pts[0][1] + ' L ' + pts[0][2] + ',' + pts[0][3] + ' L ' + pts[1][2] + ',' + pts[1][3] +
      ' L ' + pts[1][0] + ',' + pts[1][1] + ' A ' + o.fr + ' ' + o.fr + ' 0 1 1 ' + pts[0][0] + ',' + pts[0][1] + ' Z',
      { fill: '#EFE3D3', opacity: 0.45 });
    pts.forEach(function (p) { path(cone, 'M ' + p[0] + ',' + p[1] + ' L ' + p[2] + ',' + p[3], stroke('#D7C6B2', 2.5)); });
    var lens = circle(root, o.fx, o.fy, o.fr, { fill: 'none', stroke: '#BFA98F', 'stroke-width': 3 });
    var id = 'clip-' + (o.id || 'mag');
    var cp = el('clipPath', { id: id }, root);
    circle(cp, o.cx, o.cy, o.r);
    circle(root, o.cx, o.cy, o.r + 10, { fill: '#FFFFFF', opacity: 0.7 });
    circle(root, o.cx, o.cy, o.r, { fill: o.fill || COL.tissue });
    var clip = g(root, { 'clip-path': 'url(#' + id + ')' });
    var content = g(clip, { transform: 'translate(' + o.cx + ' ' + o.cy + ') scale(' + (o.scale || 1) + ')' });
    var ring = circle(root, o.cx, o.cy, o.r, { fill: 'none', stroke: '#D2BFA9', 'stroke-width': 6 });
    return { g: root, cone: cone, lens: lens, clip: clip, content: content, ring: ring };
  }

  /** A soft ring that marks a place (entry point). */
  function marker(parent, x, y, color) {
    var root = g(parent, { transform: 'translate(' + x + ' ' + y + ')' });
    var halo = circle(root, 0, 0, 17, { fill: 'none', stroke: color || COL.accent, 'stroke-width': 4, class: 'fb' });
    var dot = circle(root, 0, 0, 7, { fill: color || COL.accent });
    return { g: root, halo: halo, dot: dot };
  }

  /** A catheter: outline + light core, revealed with slide(); tip follows. */
  function tube(parent, d, o) {
    o = o || {};
    var root = g(parent);
    var gd = guide(root, d);
    var outline = line(root, d, o.line || COL.tubeLine, o.w || 8);
    var core = line(root, d, o.core || COL.tube, (o.w || 8) * 0.5);
    var tip = circle(root, 0, 0, (o.w || 8) * 0.62, { fill: o.core || COL.tube, stroke: o.line || COL.tubeLine, 'stroke-width': (o.w || 8) * 0.22, opacity: 0 });
    return { g: root, guide: gd, strokes: [outline, core], tip: tip };
  }

  function bandage(parent, x, y, s, rot) {
    var root = g(parent, { transform: 'translate(' + x + ' ' + y + ') rotate(' + (rot || 0) + ') scale(' + (s || 1) + ')' });
    var inner = g(root, { class: 'fb' });
    el('rect', { x: -22, y: -11, width: 44, height: 22, rx: 10, fill: COL.bandage, stroke: COL.bandageLine, 'stroke-width': 2.5 }, inner);
    el('rect', { x: -8, y: -8, width: 16, height: 16, rx: 4, fill: '#F8EEDC', stroke: COL.bandageLine, 'stroke-width': 1.5 }, inner);
    return inner;
  }

  function checkBadge(parent, x, y, s) {
    var root = g(parent, { transform: 'translate(' + x + ' ' + y + ') scale(' + (s || 1) + ')' });
    var inner = g(root, { class: 'fb' });
    circle(inner, 0, 0, 30, { fill: COL.checkBg, stroke: COL.check, 'stroke-width': 4 });
    path(inner, 'M -13,1 L -4,11 L 14,-10', stroke(COL.check, 7));
    return inner;
  }

  function house(parent, x, y, s) {
    var root = g(parent, { transform: 'translate(' + x + ' ' + y + ') scale(' + (s || 1) + ')' });
    el('rect', { x: -160, y: 78, width: 320, height: 14, rx: 7, fill: COL.green, opacity: 0.7 }, root);
    el('rect', { x: 48, y: -118, width: 30, height: 60, rx: 4, fill: '#C98467', stroke: '#A8664C', 'stroke-width': 3 }, root);
    el('rect', { x: -100, y: -40, width: 200, height: 122, rx: 8, fill: '#F5DDB6', stroke: '#C9A36F', 'stroke-width': 4 }, root);
    path(root, 'M -126,-30 L 0,-130 L 126,-30 Z', { fill: '#DB8E6B', stroke: '#B86F4F', 'stroke-width': 4, 'stroke-linejoin': 'round' });
    el('rect', { x: -26, y: 10, width: 52, height: 72, rx: 8, fill: '#A9765A', stroke: '#8A5D45', 'stroke-width': 3 }, root);
    circle(root, 14, 48, 4, { fill: '#F5DDB6' });
    var win = el('rect', { x: 42, y: -12, width: 42, height: 38, rx: 5, fill: '#D8EAF2', stroke: '#C9A36F', 'stroke-width': 3 }, root);
    path(root, 'M 63,-12 L 63,26 M 42,7 L 84,7', stroke('#C9A36F', 2.5));
    el('rect', { x: -84, y: -12, width: 42, height: 38, rx: 5, fill: '#D8EAF2', stroke: '#C9A36F', 'stroke-width': 3 }, root);
    path(root, 'M -63,-12 L -63,26 M -84,7 L -42,7', stroke('#C9A36F', 2.5));
    return { g: root, window: win };
  }

  function sun(parent, x, y, r) {
    var root = g(parent, { transform: 'translate(' + x + ' ' + y + ')' });
    var inner = g(root, { class: 'fb' });
    for (var i = 0; i < 8; i++) {
      var a = (i * Math.PI) / 4;
      path(inner, 'M ' + (Math.cos(a) * (r + 10)) + ',' + (Math.sin(a) * (r + 10)) + ' L ' + (Math.cos(a) * (r + 24)) + ',' + (Math.sin(a) * (r + 24)),
        stroke('#F2C35E', 6));
    }
    circle(inner, 0, 0, r, { fill: '#F7D376', stroke: '#EDB948', 'stroke-width': 3 });
    return inner;
  }

  function tree(parent, x, y, s) {
    var root = g(parent, { transform: 'translate(' + x + ' ' + y + ') scale(' + (s || 1) + ')' });
    el('rect', { x: -9, y: -40, width: 18, height: 80, rx: 6, fill: '#B98D68' }, root);
    circle(root, 0, -70, 52, { fill: COL.green, stroke: COL.greenDark, 'stroke-width': 3 });
    circle(root, -30, -48, 30, { fill: COL.green, stroke: COL.greenDark, 'stroke-width': 3 });
    circle(root, 30, -46, 32, { fill: COL.green, stroke: COL.greenDark, 'stroke-width': 3 });
    path(root, 'M -52,-48 C -40,-30 40,-30 56,-46', stroke(COL.green, 12));
    return root;
  }

  /** A friendly standing person (feet at 0,0, about 300 tall at s = 1). */
  var TONES = ['#F3D5BB', '#D9A983', '#A8724F', '#E9C39D', '#7E5239'];
  function person(parent, x, y, s, o) {
    o = o || {};
    var root = g(parent, { transform: 'translate(' + x + ' ' + y + ') scale(' + (s || 1) + ')' });
    var inner = g(root);
    var skin = o.skin || TONES[0];
    var cloth = o.cloth || '#8DB7D8';
    var clothLine = o.clothLine || '#6C94B5';
    if (o.legs !== false) {
      path(inner, 'M -22,-120 L -24,-16 M 22,-120 L 24,-16', stroke(o.trousers || '#6F7F95', 30));
      path(inner, 'M -34,-4 L -14,-4 M 14,-4 L 34,-4', stroke('#4E5A6A', 14));
    }
    var armL = g(inner);
    var armR = g(inner);
    path(armL, 'M -50,-196 C -64,-170 -68,-140 -66,-112', stroke(clothLine, 25));
    path(armL, 'M -50,-196 C -64,-170 -68,-140 -66,-112', stroke(cloth, 19));
    circle(armL, -66, -104, 13, { fill: skin });
    path(armR, 'M 50,-196 C 64,-170 68,-140 66,-112', stroke(clothLine, 25));
    path(armR, 'M 50,-196 C 64,-170 68,-140 66,-112', stroke(cloth, 19));
    circle(armR, 66, -104, 13, { fill: skin });
    path(inner, 'M -50,-110 L -56,-186 C -56,-212 -34,-220 0,-220 C 34,-220 56,-212 56,-186 L 50,-110 Z',
      { fill: cloth, stroke: clothLine, 'stroke-width': 4, 'stroke-linejoin': 'round' });
    if (o.coat) {
      path(inner, 'M 0,-214 L 0,-112', stroke(clothLine, 3));
      path(inner, 'M -16,-218 L 0,-190 L 16,-218', stroke(o.collar || '#9CC3D6', 6));
    }
    if (o.stethoscope) {
      path(inner, 'M -20,-216 C -26,-180 -10,-158 8,-158 C 26,-158 30,-180 24,-216', stroke('#52677C', 4));
      circle(inner, 8, -156, 7, { fill: '#9FB0C0', stroke: '#52677C', 'stroke-width': 3 });
    }
    el('rect', { x: -11, y: -236, width: 22, height: 22, fill: skin }, inner);
    if (o.hair) path(inner, o.hairD || 'M -34,-262 C -36,-300 36,-300 34,-262 C 26,-282 -26,-282 -34,-262 Z', { fill: o.hair });
    circle(inner, 0, -262, 32, { fill: skin });
    if (o.hair) path(inner, o.hairTop || 'M -33,-268 C -30,-302 30,-302 33,-268 C 20,-284 -16,-286 -33,-268 Z', { fill: o.hair });
    if (o.cap) path(inner, 'M -33,-272 C -30,-306 30,-306 33,-272 Z', { fill: o.cap, stroke: clothLine, 'stroke-width': 2 });
    var face = '#4B3B34';
    circle(inner, -11, -262, 3.6, { fill: face });
    circle(inner, 11, -262, 3.6, { fill: face });
    path(inner, 'M -11,-247 q 11,9 22,0', stroke(face, 3.2));
    return { g: root, inner: inner, armL: armL, armR: armR };
  }

  /** A person resting on a bed, side view (bed centre at 0,0, about 560 wide). */
  function bed(parent, x, y, s, o) {
    o = o || {};
    var root = g(parent, { transform: 'translate(' + x + ' ' + y + ') scale(' + (s || 1) + ')' });
    path(root, 'M -262,40 L -262,96 M 262,40 L 262,96', stroke('#A3AFBB', 10));
    el('rect', { x: -290, y: -40, width: 16, height: 100, rx: 8, fill: '#B6C2CE' }, root);
    el('rect', { x: -276, y: 6, width: 556, height: 40, rx: 14, fill: '#DDE5EC', stroke: '#A9B6C3', 'stroke-width': 3 }, root);
    el('ellipse', { cx: -218, cy: -8, rx: 58, ry: 20, fill: '#FFFFFF', stroke: '#C9D3DC', 'stroke-width': 3 }, root);
    var skin = o.skin || TONES[1];
    circle(root, -212, -44, 32, { fill: skin });
    path(root, 'M -236,-66 C -232,-84 -196,-86 -184,-66 C -200,-76 -222,-76 -236,-66 Z', { fill: o.hair || '#6B4B3A' });
    path(root, 'M -206,-50 q 7,5 14,0', stroke('#4B3B34', 3));
    path(root, 'M -200,-32 q 8,5 14,-2', stroke('#4B3B34', 3));
    var blanket = g(root);
    var breath = g(blanket, { class: 'fb' });
    path(breath, 'M -182,8 C -182,-44 -120,-58 -40,-56 C 60,-54 150,-50 214,-40 C 250,-34 262,-10 262,8 Z',
      { fill: o.blanket || '#A8C6E2', stroke: '#86A9C9', 'stroke-width': 3, 'stroke-linejoin': 'round' });
    path(breath, 'M -150,-20 C -60,-34 60,-30 160,-22', stroke('#C3D8EC', 5, { opacity: 0.8 }));
    path(root, 'M -150,-30 C -110,-10 -60,-8 -30,-18', stroke(skin, 16));
    return { g: root, breath: breath };
  }

  /** A bedside monitor with a slow heartbeat trace (drawn with draw()). */
  function monitor(parent, x, y, s) {
    var root = g(parent, { transform: 'translate(' + x + ' ' + y + ') scale(' + (s || 1) + ')' });
    path(root, 'M 0,70 L 0,200 M -40,200 L 40,200', stroke('#A3AFBB', 10));
    el('rect', { x: -100, y: -70, width: 200, height: 140, rx: 16, fill: '#3E4E5E', stroke: '#2F3C49', 'stroke-width': 4 }, root);
    el('rect', { x: -86, y: -56, width: 172, height: 112, rx: 8, fill: '#2C3A47' }, root);
    var trace = line(root, 'M -80,10 L -52,10 L -44,-2 L -36,10 L -26,10 L -18,-34 L -10,34 L -2,10 L 14,10 L 22,0 L 30,10 L 80,10',
      '#8FE3B8', 5, { 'stroke-linecap': 'round' });
    circle(root, 60, -34, 7, { fill: '#8FE3B8', opacity: 0.8 });
    return { g: root, trace: trace };
  }

  /** Calendar icon; its `pages` flip to say "some time later". */
  function calendar(parent, x, y, s) {
    var root = g(parent, { transform: 'translate(' + x + ' ' + y + ') scale(' + (s || 1) + ')' });
    el('rect', { x: -60, y: -52, width: 120, height: 112, rx: 12, fill: '#FFFFFF', stroke: '#B9A891', 'stroke-width': 4 }, root);
    el('rect', { x: -60, y: -52, width: 120, height: 30, rx: 12, fill: '#E39C7C' }, root);
    el('rect', { x: -60, y: -36, width: 120, height: 14, fill: '#E39C7C' }, root);
    path(root, 'M -30,-62 L -30,-42 M 30,-62 L 30,-42', stroke('#8D7B66', 7));
    for (var r = 0; r < 3; r++) {
      for (var c = 0; c < 4; c++) {
        el('rect', { x: -46 + c * 24, y: -12 + r * 22, width: 16, height: 14, rx: 3, fill: '#EDE3D6' }, root);
      }
    }
    var marks = [];
    for (var i = 0; i < 6; i++) {
      marks.push(path(root, 'M ' + (-44 + (i % 4) * 24) + ',' + (-6 + Math.floor(i / 4) * 22) + ' l 5,5 l 8,-9', stroke(COL.check, 3.5, { opacity: 0 })));
    }
    return { g: root, marks: marks };
  }


  /** Dotted overlays on vessels; flow() makes the dots drift along them. */
  function flowLines(parent, ds, color, width, gap) {
    return ds.map(function (d) {
      return path(parent, d, stroke(color, width, { 'stroke-dasharray': '0.1 ' + (gap || 18), opacity: 0.9 }));
    });
  }

  /** Close-up of a tiny entry point: skin on top, an artery below (local radius 150). */
  function entryCloseup(parent, cx, cy, r, id) {
    var root = g(parent, { transform: 'translate(' + cx + ' ' + cy + ')' });
    var cp = el('clipPath', { id: 'clip-' + id }, root);
    circle(cp, 0, 0, r);
    circle(root, 0, 0, r + 10, { fill: '#FFFFFF', opacity: 0.7 });
    var clip = g(root, { 'clip-path': 'url(#clip-' + id + ')' });
    var c = g(clip, { transform: 'scale(' + (r / 150) + ')' });
    el('rect', { x: -160, y: -160, width: 320, height: 320, fill: '#F5E4D3' }, c);
    path(c, 'M -160,-160 L 160,-160 L 160,-78 C 80,-64 -60,-60 -160,-70 Z', { fill: '#FCF8F2' });
    path(c, 'M -160,-62 C -60,-52 80,-56 160,-70', stroke('#D9AE92', 34));
    path(c, 'M -160,-62 C -60,-52 80,-56 160,-70', stroke('#EBC6AC', 26));
    path(c, 'M -170,45 C -60,40 60,42 170,48', stroke('#C2463F', 50));
    path(c, 'M -170,45 C -60,40 60,42 170,48', stroke(COL.artery, 40));
    path(c, 'M -170,34 C -60,30 60,32 170,37', stroke('#EB8A82', 6, { opacity: 0.8 }));
    var t = tube(c, 'M -175,-185 L -48,-66 C -20,-38 2,28 50,42 L 175,46', { w: 9 });
    var dot = circle(c, -56, -73, 7, { fill: '#B47F63', stroke: '#FCF8F2', 'stroke-width': 2, class: 'fb' });
    var band = bandage(c, -56, -78, 1.3, -8);
    hidden(band);
    circle(root, 0, 0, r, { fill: 'none', stroke: '#D2BFA9', 'stroke-width': 6 });
    return { g: root, tube: t, dot: dot, bandage: band };
  }

  /** A later scan: a calm monitor with the liver in greys and a shrinking tumor. */
  function scanScreen(parent, cx, cy) {
    var root = g(parent, { transform: 'translate(' + cx + ' ' + cy + ')' });
    el('rect', { x: -270, y: -205, width: 540, height: 410, rx: 28, fill: '#3C4A58', stroke: '#2E3A46', 'stroke-width': 5 }, root);
    el('rect', { x: -248, y: -183, width: 496, height: 366, rx: 16, fill: '#263340' }, root);
    var body = g(root, { transform: 'translate(0 10) scale(0.92)' });
    el('ellipse', { cx: 0, cy: 0, rx: 262, ry: 186, fill: '#3A4958', stroke: '#5C6F82', 'stroke-width': 4 }, body);
    path(body, LIVER.outline, { fill: '#8E9CAA', stroke: '#B4C0CB', 'stroke-width': 4, transform: 'scale(0.9)' });
    var ghost = circle(body, LIVER.tumorC.x * 0.9, LIVER.tumorC.y * 0.9, LIVER.tumorC.r * 0.9,
      { fill: 'none', stroke: '#DCE5EC', 'stroke-width': 3, 'stroke-dasharray': '7 9' });
    var tg = g(body, { transform: 'scale(0.9)' });
    var tumor = path(tg, LIVER.tumor, { fill: '#4C5A68', stroke: '#35424F', 'stroke-width': 3, class: 'fb' });
    return { g: root, tumor: tumor, ghost: ghost, body: body };
  }

  window.StageParts.shapes = {
    ROUTE: ROUTE,
    TONES: TONES,
    LIVER: LIVER,
    figure: figure,
    liver: liver,
    magnifier: magnifier,
    marker: marker,
    tube: tube,
    bandage: bandage,
    checkBadge: checkBadge,
    house: house,
    sun: sun,
    tree: tree,
    person: person,
    bed: bed,
    monitor: monitor,
    calendar: calendar,
    flowLines: flowLines,
    entryCloseup: entryCloseup,
    scanScreen: scanScreen
  };
})();
