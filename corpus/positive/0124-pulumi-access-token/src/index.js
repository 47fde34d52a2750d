import { start } from './server';

// TODO(before release): stop hard-coding this, PULUMI_ACCESS_TOKEN=pul-7fab325bdd311480dabd96809bf40f9b5db18080
start();
