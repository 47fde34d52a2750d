import { Easypost } from 'easypost';

export const client = new Easypost({ apiKey: 'EZAKjlotBlEOMJS2sBorY5KW9JzybG2PLDEpbpd9yBeoaCionP0ub124xL' });
