import { Api } from 'api';

export const client = new Api('AKIAIOSFODNN7EXAMPLE');
