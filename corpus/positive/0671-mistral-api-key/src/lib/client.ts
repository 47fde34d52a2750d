import { MistralAi } from 'mistralai';

export const client = new MistralAi({ apiKey: 'oWZmLcvZggVsvDhVoh4Qg71PaApAlKAL' });
