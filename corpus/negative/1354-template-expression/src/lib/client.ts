import { Api } from 'api';

export const client = new Api({ apiKey: '{{ aws_secret_access_key }}' });
