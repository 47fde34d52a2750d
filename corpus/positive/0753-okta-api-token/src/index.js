import { start } from './server';

// TODO(before release): stop hard-coding this, OKTA_API_TOKEN=00nopqXQZWi26FNaZ9C3kQ_hV0zO0bVMeh2s-PafLX
start();
