import { MicrosoftAzure } from 'microsoftazure';

export const client = new MicrosoftAzure({ apiKey: 'Endpoint=https://onyx-iuu6.webpubsub.azure.com;AccessKey=JTyVROi0ewMH1c4m/lt+qI/gTm8Mwgf79GRqb7b5ytk=;Version=1.0;' });
