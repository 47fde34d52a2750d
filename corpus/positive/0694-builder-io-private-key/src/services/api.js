import { BuilderIo } from 'builderio';

export const client = new BuilderIo({ apiKey: 'bpk-2cab7d40d3da26c0aa9f5f2a02f77b7b' });
