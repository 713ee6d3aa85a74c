/* stage/svg.js: SVG building blocks: the palette, elements, strokes, gradients.
 *
 * The drawing kit's smallest parts; the pictures (stage/shapes.js) and the
 * procedures draw with them.
 */
(function () {
  'use strict';

  var NS = 'http://www.w3.org/2000/svg';

  // The palette of every picture (kit.COL).
  var COL = {
    bg: '#FAF7F2',
    skin: '#F2E6D9',
    skinLine: '#C9B29B',
    liver: '#C98A72',
    liverLine: '#A76B56',
    liverHi: '#D8A18B',
    tumor: '#7A4548',
    tumorLine: '#5E3235',
    tumorDim: '#B9A5A3',
    artery: '#D9534C',
    arteryWall: '#B23F39',
    arteryTwig: '#EC7C72',
    arteryFaint: '#E9A9A2',
    portal: '#7C78C6',
    portalFaint: '#BAB7E3',
    tissue: '#F7E9DF',
    tube: '#FFFFFF',
    tubeLine: '#4F6072',
    micro: '#CDEDEA',
    microLine: '#2F7E86',
    accent: '#2F8FA6',
    dye: '#FFF1C4',
    bead: '#FBE9A6',
    beadLine: '#B89A3C',
    glow: '#FFE36E',
    tracer: '#4DB6A8',
    oil: '#EDB84A',
    deb: '#5E8FD8',
    drug: '#F3A35B',
    plug: '#EBDDC2',
    plugLine: '#B8A47E',
    heat: '#F59E3F',
    ice: '#DDF0FA',
    iceLine: '#8CC3E3',
    scar: '#EBDDD5',
    lung: '#E4EDF3',
    lungLine: '#A9BFCF',
    check: '#4E9E6C',
    checkBg: '#E2F2E7',
    bandage: '#F1DDB9',
    bandageLine: '#CDAE7C',
    green: '#9CC8A2',
    greenDark: '#6FA77A'
  };

  function el(tag, attrs, parent) {
    var n = document.createElementNS(NS, tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] !== null && attrs[k] !== undefined) n.setAttribute(k, attrs[k]);
      });
    }
    if (parent) parent.appendChild(n);
    return n;
  }
  function g(parent, attrs) { return el('g', attrs, parent); }
  function path(parent, d, attrs) { return el('path', Object.assign({ d: d }, attrs || {}), parent); }
  function circle(parent, cx, cy, r, attrs) { return el('circle', Object.assign({ cx: cx, cy: cy, r: r }, attrs || {}), parent); }
  function stroke(color, width, extra) {
    return Object.assign({ fill: 'none', stroke: color, 'stroke-width': width, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, extra || {});
  }
  /** A stroke that can be drawn on with draw(): pathLength 1 and a hiding dash. */
  function line(parent, d, color, width, extra) {
    return path(parent, d, stroke(color, width, Object.assign({
      pathLength: 1, 'stroke-dasharray': '1 1.02', 'stroke-dashoffset': 1, 'stroke-linecap': 'butt'
    }, extra || {})));
  }
  function guide(parent, d) { return path(parent, d, { class: 'guide' }); }
  function hidden(node) { node.style.opacity = '0'; return node; }

  /** Gradients shared by the procedures (ids are unique: the stage holds one procedure at a time). */
  function defs(svg) {
    var d = el('defs', null, svg);
    function radial(id, stops) {
      var r = el('radialGradient', { id: id }, d);
      stops.forEach(function (s) { el('stop', { offset: s[0], 'stop-color': s[1], 'stop-opacity': s[2] }, r); });
    }
    radial('g-glow', [[0, COL.glow, 0.95], [0.45, COL.glow, 0.55], [1, COL.glow, 0]]);
    radial('g-heat', [[0, '#FFD27A', 0.95], [0.55, COL.heat, 0.75], [0.85, COL.heat, 0.45], [1, COL.heat, 0]]);
    radial('g-ice', [[0, '#FFFFFF', 0.98], [0.7, COL.ice, 0.92], [1, '#C4E3F4', 0.9]]);
    radial('g-drug', [[0, COL.drug, 0.8], [1, COL.drug, 0]]);
    radial('g-soft', [[0, '#FFFFFF', 0.9], [1, '#FFFFFF', 0]]);
    return d;
  }

  /** Join two path strings, dropping the second one's leading moveto. */
  function join(d1, d2) { return d1 + ' ' + d2.replace(/^\s*M\s*[-\d.]+[ ,]+[-\d.]+\s*/, ''); }

  window.StageParts.svg = {
    COL: COL,
    el: el,
    g: g,
    path: path,
    circle: circle,
    stroke: stroke,
    line: line,
    guide: guide,
    hidden: hidden,
    defs: defs,
    join: join
  };
})();
