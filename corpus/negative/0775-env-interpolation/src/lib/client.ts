import { Api } from 'api';

export const client = new Api({ apiKey: 'postgres://app:${DB_PASSWORD}@maple-db.internal.cedar.io:5432/app' });
