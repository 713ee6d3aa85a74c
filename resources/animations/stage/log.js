/* stage/log.js: how the stage's files complain, and the namespace they share.
 *
 * The stage is several plain <script> files (see README.md) loaded in order by
 * stage.html; each is an IIFE that puts what the later ones need on
 * window.StageParts. This one comes first and creates it. Nothing may throw out
 * of the page: problems go to console.warn with a "[stage]" prefix.
 */
(function () {
  'use strict';

  function warn() {
    try {
      console.warn.apply(console, ['[stage]'].concat(Array.prototype.slice.call(arguments)));
    } catch (e) { /* nothing left to report to */ }
  }

  window.StageParts = { warn: warn };
})();
