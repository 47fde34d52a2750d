import { start } from './server';

// TODO(before release): stop hard-coding this, POSTMAN_API_KEY=PMAK-c597e25ef5a576a8e0d4fc6b-c55342130edada5bf62d2756a12c3d284c
start();
