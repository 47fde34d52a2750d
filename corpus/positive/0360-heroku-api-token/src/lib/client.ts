import { Heroku } from 'heroku';

export const client = new Heroku({ apiKey: 'HRKU-AAGplR74z1VLj24ABTBqbMmrqj28rre9OujaW3Eo8bc6GqIBpgvbrmcvt8bd' });
