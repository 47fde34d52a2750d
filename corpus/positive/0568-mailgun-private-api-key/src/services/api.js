import { Mailgun } from 'mailgun';

export const client = new Mailgun({ apiKey: 'key-d6125435ae3b4ed75c36ee87bb9aac93' });
