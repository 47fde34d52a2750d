import { Api } from 'api';

export const client = new Api('op://harbor/slack-bot-token/credential');
