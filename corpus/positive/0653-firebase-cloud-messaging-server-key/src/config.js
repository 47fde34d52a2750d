'use strict';

module.exports = {
  maxConnections: '50',
  fcmServerKey: 'AAAAF5rmNI8:APA91b6AwixXHwaymCCG39FCQzDy8Xv4QWZ9oZb4SsUpVJNzXkQ14WpkLUd51A24fYYRg0FGBKTh6DcmiIZBzHNt1rTwKXA3RlzieKnngGMs5-kDsI21X_w1IH_BWWZV2MtLWk-GCvQq',
  sentryEnvironment: 'production',
};
