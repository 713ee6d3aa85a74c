/* tools/bake.js: the shown step of the stage as a plain SVG string (run by snapshot.py).
 *
 * Bakes every animated value into attributes Qt's SVG renderer understands:
 * CSS transforms become a transform matrix (relative to the parent), opacity an
 * attribute, pathLength dashes real lengths; hidden pieces and guides are dropped;
 * clip paths become masks (Qt's renderer ignores clipPath).
 */
(function () {
  var svg = document.getElementById('stage');
  var copy = svg.cloneNode(true);
  var src = svg.querySelectorAll('*'), dst = copy.querySelectorAll('*');
  var drop = [];
  for (var i = 0; i < src.length; i++) {
    var s = src[i], d = dst[i], cs = getComputedStyle(s);
    if (s.closest('defs, clipPath')) continue;
    if (s.classList.contains('guide') || cs.display === 'none' || Number(cs.opacity) < 0.02) { drop.push(d); continue; }
    d.removeAttribute('class');
    d.removeAttribute('data-scene');
    d.removeAttribute('data-legend');
    d.removeAttribute('style');
    if (Number(cs.opacity) < 1) d.setAttribute('opacity', Number(cs.opacity).toFixed(3));
    else d.removeAttribute('opacity');
    ['fill', 'stroke'].forEach(function (p) {
      if (s.getAttribute(p) && s.getAttribute(p).indexOf('url(') !== 0) d.setAttribute(p, cs[p]);
    });
    if (s.getCTM && s.parentNode.getCTM) {
      var m = s.parentNode.getCTM().inverse().multiply(s.getCTM());
      d.setAttribute('transform', 'matrix(' + [m.a, m.b, m.c, m.d, m.e, m.f].map(function (v) { return +v.toFixed(4); }).join(' ') + ')');
    }
    if (s.getAttribute('pathLength') && s.getTotalLength) {
      var len = s.getTotalLength(), dash = cs.strokeDasharray, off = parseFloat(cs.strokeDashoffset) || 0;
      d.removeAttribute('pathLength');
      if (dash && dash !== 'none') {
        d.setAttribute('stroke-dasharray', dash.split(/[ ,]+/).map(function (v) { return (parseFloat(v) * len).toFixed(2); }).join(' '));
        d.setAttribute('stroke-dashoffset', (off * len).toFixed(2));
      }
    }
  }
  drop.forEach(function (d) { if (d.parentNode) d.parentNode.removeChild(d); });
  // Qt's SVG renderer ignores clipPath but honours mask: the same shapes, in white.
  copy.querySelectorAll('clipPath').forEach(function (cp) {
    var mask = document.createElementNS('http://www.w3.org/2000/svg', 'mask');
    mask.setAttribute('id', cp.getAttribute('id'));
    mask.setAttribute('maskUnits', 'userSpaceOnUse');
    [['x', -2000], ['y', -2000], ['width', 5000], ['height', 5000]].forEach(function (a) { mask.setAttribute(a[0], a[1]); });
    while (cp.firstChild) {
      var shape = cp.firstChild;
      if (shape.setAttribute) { shape.setAttribute('fill', '#FFFFFF'); shape.setAttribute('stroke', 'none'); }
      mask.appendChild(shape);
    }
    cp.parentNode.replaceChild(mask, cp);
  });
  copy.querySelectorAll('[clip-path]').forEach(function (n) {
    n.setAttribute('mask', n.getAttribute('clip-path'));
    n.removeAttribute('clip-path');
  });
  copy.removeAttribute('style');
  copy.removeAttribute('aria-hidden');
  copy.removeAttribute('focusable');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', '1100');
  copy.setAttribute('height', '700');
  var bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '1100'); bg.setAttribute('height', '700'); bg.setAttribute('fill', '#FAF7F2');
  copy.insertBefore(bg, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
})()
