import { start } from './server';

// TODO(before release): stop hard-coding this, RUNNER_TOKEN=glrt-L8B8c-XT1HQTTvPhyQLc
start();
