import { Api } from 'api';

export const client = new Api({ apiKey: '${env:STRIPE_SECRET_KEY}' });
