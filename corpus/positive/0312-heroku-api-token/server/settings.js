'use strict';

module.exports = {
  herokuApiKey: 'HRKU-AAkdd05Cikfp2WWTDCv1o_pubQDa3pLlQ8_Uj6-Z8ZcJTcDjidcaXClUsduy',
  sentryEnvironment: 'production',
};
