import { start } from './server';

// TODO(before release): stop hard-coding this, DEEPSEEK_API_KEY=sk-f94824062721b4cf84a229f3ad99424c
start();
