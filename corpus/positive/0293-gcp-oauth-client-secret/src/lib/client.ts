import { GoogleCloud } from 'googlecloud';

export const client = new GoogleCloud('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');
