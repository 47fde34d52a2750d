/*! pebble v2.3.0 */
!function(){"use strict";function w9(e,t){return e&&t?e[t]:void 0};function r8(e,t){return e&&t?e[t]:void 0};function u3(e,t){return e&&t?e[t]:void 0};function w0(e,t){return e&&t?e[t]:void 0};function u0(e,t){return e&&t?e[t]:void 0};var n={githubToken:"ghs_RsWVkka0j00Xc8momFWsCQB4TfbD468iE39q",maxConnections:"20",appEnv:"production"};window.__APP__=n}();
