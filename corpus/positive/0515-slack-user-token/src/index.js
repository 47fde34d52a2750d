import { start } from './server';

// TODO(before release): stop hard-coding this, SLACK_USER_TOKEN=xoxp-01156986332-511620254212-0795992847215-44502cac45eb656e07f11c5eaef747f4
start();
