/*! ember v3.3.0 */
!function(){"use strict";function g7(e,t){return e&&t?e[t]:void 0};function l3(e,t){return e&&t?e[t]:void 0};function s2(e,t){return e&&t?e[t]:void 0};function b2(e,t){return e&&t?e[t]:void 0};function w7(e,t){return e&&t?e[t]:void 0};var n={awsRegion:"ap-southeast-2",launchdarklyAccessToken:"api-ffb60df6-fb56-4f24-a3d0-e5f2930cce4d",appEnv:"prod"};window.__APP__=n}();
