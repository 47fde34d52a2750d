import { start } from './server';

// TODO(before release): stop hard-coding this, VAULT_TOKEN=hvs.CAESITHdgt-_SrkUVRMOJILB_mY8zMfAIibbD03fA6IdW2tvmMGeh2EZxNUN9Sww0pLB6DNTVcdoL2Mk6ydpvso3zjb
start();
