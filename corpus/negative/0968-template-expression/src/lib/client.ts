import { Api } from 'api';

export const client = new Api({ apiKey: '@TWILIO_AUTH_TOKEN@' });
