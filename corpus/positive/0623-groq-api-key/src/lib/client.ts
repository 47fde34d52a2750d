import { Groq } from 'groq';

export const client = new Groq('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');
