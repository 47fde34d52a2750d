import { Discord } from 'discord';

export const client = new Discord('https://discord.com/api/webhooks/2363309479161809518/d6W9GSIIYSzh8vnC8TTnfw68PjvcjQCpcD3LiJ7cCkVvbLEDXefEhrY1Whx1GVvvaB7R');
