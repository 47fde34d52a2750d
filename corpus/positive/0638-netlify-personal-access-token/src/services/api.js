import { Netlify } from 'netlify';

export const client = new Netlify({ apiKey: 'nfp_AbUyFK3tuKD4Z5bwHwwAmtqXbwx1DzBTA6jC' });
