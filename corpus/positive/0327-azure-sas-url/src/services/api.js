import { MicrosoftAzure } from 'microsoftazure';

export const client = new MicrosoftAzure({ apiKey: 'https://willow7jpd7a.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupx&se=2027-06-30T18:00:00Z&st=2026-01-01T09:00:00Z&spr=https&sig=Uyjd23gcx9jRgYlCRjaOqc1hX98fotoB2%2BIL6kgNRww%3D' });
