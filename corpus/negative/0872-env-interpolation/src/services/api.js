import { Api } from 'api';

export const client = new Api('${env:ANTHROPIC_API_KEY}');
