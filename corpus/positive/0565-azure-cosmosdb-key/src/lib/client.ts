import { MicrosoftAzure } from 'microsoftazure';

export const client = new MicrosoftAzure({ apiKey: 'AccountEndpoint=https://maple-iigrn.documents.azure.com:443/;AccountKey=BSYPwzSapOMA7Bhi1hQpIFfeSzajp4X6jjeORY+m8PPblbbN2Ed1751uiAgHoCl6V3S+gSC4PksnnWAptXSuGg==;' });
