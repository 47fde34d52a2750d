import { Postman } from 'postman';

export const client = new Postman({ apiKey: 'PMAK-75b569f640f924b04c8fdcc3-0ef7bf7658180cd6212eb805cc1333c32d' });
