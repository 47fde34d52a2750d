import { Hetzner } from 'hetzner';

export const client = new Hetzner('JsLglDBfSALmiMbhPKQsnRtb1mMTAQhkfd7w5GiRAOmjSw1ylZTrce6OpPsgOzz0');
