import { Deepl } from 'deepl';

export const client = new Deepl('40eb007c-c280-4ff8-a8e4-e46d29866860:fx');
