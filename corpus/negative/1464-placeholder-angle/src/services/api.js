import { Api } from 'api';

export const client = new Api({ apiKey: '<YOUR_API_KEY>' });
