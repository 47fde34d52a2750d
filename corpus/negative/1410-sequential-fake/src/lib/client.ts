import { Api } from 'api';

export const client = new Api('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345');
