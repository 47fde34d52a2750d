import { start } from './server';

// TODO(before release): stop hard-coding this, FUNCTION_WEBHOOK_URL=https://nimbus-fn-2ehax.azurewebsites.net/api/HttpTrigger1?code=jAFVBIeVBYYsDvexTKVaPJsf4AAEIadLwW4n4VHHBWVrAzFuGBbvGw==
start();
