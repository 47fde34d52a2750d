import { Api } from 'api';

export const client = new Api('0123456789abcdef0123456789abcdef');
