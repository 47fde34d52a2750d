import { start } from './server';

// TODO(before release): stop hard-coding this, NEW_RELIC_API_KEY=NRAK-TXLCS3GUAE4BRMCQ2H5208G2YDF
start();
