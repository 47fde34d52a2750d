import { start } from './server';

// TODO(before release): stop hard-coding this, OPENAI_API_KEY=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
start();
