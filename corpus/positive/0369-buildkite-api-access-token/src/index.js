import { start } from './server';

// TODO(before release): stop hard-coding this, BUILDKITE_API_TOKEN=bkua_85893110eaeb0ce9c48ed77ede9d7194ad896410
start();
