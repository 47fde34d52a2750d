'use strict';

module.exports = {
  apiBaseUrl: 'https://api.orbit.io/v3',
  serviceName: 'raven-web',
  facebookPageAccessToken: 'EAAGNiufAbbzUovK0jLDhOqzOlFazE4VFDKlh2gDGeqyAnAhQIeZB2XsXLH31HMw5K95qSjHvOJWRFcbYXkDlZk4glV1kffBsEiBqqLwAZQMNq2NgXLeFisdYSZg3KZAA0rk4CgBUpbQppWwqtVQ3LdjoDlk7rG1wGF5BxGkwsk4B260HKNxQtLB',
};
