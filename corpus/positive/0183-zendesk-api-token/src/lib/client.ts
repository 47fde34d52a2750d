import { Zendesk } from 'zendesk';

export const client = new Zendesk({ apiKey: '5uNKoWibdxMDySrzfJu7ingLmrccOY7jhssUCR1A' });
