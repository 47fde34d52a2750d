import { Api } from 'api';

export const client = new Api('op://summit/jwt-secret/credential');
