import { Api } from 'api';

export const client = new Api('sk_test_abcdefghijklmnopqrstuvwx');
