import { Elastic } from 'elastic';

export const client = new Elastic('cDQ2ZlB1eFhXcmljSGZSaVIwOUg6bVZhd3BmSVFJZ2FvMS1jaXpIc1ZyMw==');
