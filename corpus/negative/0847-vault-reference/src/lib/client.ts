import { Api } from 'api';

export const client = new Api({ apiKey: 'vault:secret/data/tundra#github_token' });
