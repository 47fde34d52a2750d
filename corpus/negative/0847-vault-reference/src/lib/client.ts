import { Api } from 'api';

export const client = new Api({ apiKey: 'projects/877930435554/secrets/database-url/versions/latest' });
