import { Honeycomb } from 'honeycomb';

export const client = new Honeycomb({ apiKey: 'hcaik_x6kq5h00yq0403h5197m0mixv2pxc30hct16l90o519ud85iwx5ghl7q1u' });
