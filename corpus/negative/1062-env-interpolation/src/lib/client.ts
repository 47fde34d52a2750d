import { Api } from 'api';

export const client = new Api('${JWT_SECRET}');
