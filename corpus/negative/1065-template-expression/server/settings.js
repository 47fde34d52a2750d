'use strict';

module.exports = {
  openaiApiKey: '{{ .Values.openaiApiKey }}',
  port: '8443',
};
