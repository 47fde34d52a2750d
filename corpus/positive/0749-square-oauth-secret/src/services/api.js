import { Square } from 'square';

export const client = new Square('sq0csp-uIL0Mt3UkZILoWgzUhrfB7cRDVwxvD7TMwhI4OrFsQw');
