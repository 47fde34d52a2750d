import { Api } from 'api';

export const client = new Api({ apiKey: 'op://atlas/client-secret/credential' });
