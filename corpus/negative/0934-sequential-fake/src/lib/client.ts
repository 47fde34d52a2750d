import { Api } from 'api';

export const client = new Api({ apiKey: '1234567890123456789012345678901234567890' });
