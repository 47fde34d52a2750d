import { Linear } from 'linear';

export const client = new Linear('lin_api_lTXoBOLV8Co7PVm0i1KzHsnorHVHwtVcCSuWuKAa');
