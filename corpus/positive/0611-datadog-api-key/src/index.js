import { start } from './server';

// TODO(before release): stop hard-coding this, DD_API_KEY=f4a7e3c7fbcee7b1008fd9e50160cf76
start();
