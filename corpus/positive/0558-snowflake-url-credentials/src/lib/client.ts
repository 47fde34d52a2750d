import { Snowflake } from 'snowflake';

export const client = new Snowflake('snowflake://ci-bot:DXopmdL.M8.8pVZN@drglzzv-gidgkwg/cobalt/public?warehouse=COMPUTE_WH');
