/* stage/api.js: what the page exposes; loaded after the other stage files, before the procedures.
 *
 * window.Stage = {register, kit} for the procedure scripts: kit is the motion
 * kit, the drawing kit and the shared scenes in one object (what build and show
 * get). window.stage = {load, goTo, play, pause, setReducedMotion, state,
 * procedures} for the app and the tests (README.md). Then, once every
 * procedure script has registered, it opens the web channel.
 */
(function () {
  'use strict';

  var parts = window.StageParts;
  var svg = parts.svg;
  var shapes = parts.shapes;
  var scenes = parts.scenes;
  var motion = parts.motion;
  var engine = parts.engine;

  var art = {
    COL: svg.COL,
    ROUTE: shapes.ROUTE,
    TONES: shapes.TONES,
    el: svg.el,
    g: svg.g,
    path: svg.path,
    circle: svg.circle,
    stroke: svg.stroke,
    line: svg.line,
    guide: svg.guide,
    hidden: svg.hidden,
    defs: svg.defs,
    figure: shapes.figure,
    liver: shapes.liver,
    magnifier: shapes.magnifier,
    marker: shapes.marker,
    tube: shapes.tube,
    bandage: shapes.bandage,
    checkBadge: shapes.checkBadge,
    house: shapes.house,
    sun: shapes.sun,
    tree: shapes.tree,
    person: shapes.person,
    bed: shapes.bed,
    monitor: shapes.monitor,
    calendar: shapes.calendar,
    scanRing: scenes.scanRing,
    anatomy: scenes.anatomy,
    catheterScene: scenes.catheterScene,
    catheterSteps: scenes.catheterSteps,
    join: svg.join,
    flowLines: shapes.flowLines,
    entryCloseup: shapes.entryCloseup,
    scanScreen: shapes.scanScreen,
    LIVER: shapes.LIVER
  };

  var kit = Object.assign({
    tl: motion.tl,
    set: motion.set,
    loop: motion.loop,
    follow: motion.follow,
    slide: motion.slide,
    draw: motion.draw,
    fadeIn: motion.fadeIn,
    fadeOut: motion.fadeOut,
    flow: motion.flow,
    rand: motion.rand,
    at: motion.at,
    reduced: engine.reduced,
    // scene(el, name) in build marks a layer; scene(name, ...) first in a step shows only those.
    scene: function (first) {
      if (first && typeof first === 'object') return engine.markScene(first, arguments[1]);
      return engine.showScene(Array.prototype.slice.call(arguments));
    },
    key: engine.keyAt
  }, art);
  engine.useKit(kit);

  window.Stage = { register: engine.register, kit: kit };
  window.stage = engine.stage;
  // Open the channel once the procedure scripts after this one have registered.
  var connectBridge = parts.channel.connectBridge;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', connectBridge);
  else connectBridge();
})();
