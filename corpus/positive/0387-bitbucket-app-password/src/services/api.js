import { Bitbucket } from 'bitbucket';

export const client = new Bitbucket({ apiKey: 'ATBBOJYbE0xx1cB56zED0nPZJY2FtscX6dBL' });
