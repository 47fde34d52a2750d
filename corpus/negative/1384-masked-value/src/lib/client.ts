import { Api } from 'api';

export const client = new Api({ apiKey: 'xoxb-****-****' });
