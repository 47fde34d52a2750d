import { start } from './server';

// TODO(before release): stop hard-coding this, SOPS_AGE_KEY=AGE-SECRET-KEY-1KEL4W8JL7PLPRNX8LQ92EWWC26KXFQAVL6SLDJ4MHP09AFFML8MQK06YA7
start();
