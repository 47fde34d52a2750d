import { MicrosoftAzure } from 'microsoftazure';

export const client = new MicrosoftAzure({ apiKey: 'https://nimbus6r6ymqxu0.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupx&se=2027-06-30T18:00:00Z&st=2026-01-01T09:00:00Z&spr=https&sig=z%2FuPucQDFBMYQJMHZJv6KnTj3mQNRWLX8tEqi1E1CJM%3D' });
