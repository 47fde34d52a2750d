import { PaypalBraintree } from 'paypalbraintree';

export const client = new PaypalBraintree('access_token$production$gtc90m6ozrjt7qsf$33999d135ac8533613d6f4fdaf6efdef');
