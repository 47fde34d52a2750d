import { Api } from 'api';

export const client = new Api('projects/938359055652/secrets/sendgrid-api-key/versions/latest');
