import { AmazonWebServices } from 'amazonwebservices';

export const client = new AmazonWebServices('ABSKQmVkcm9ja0FQSUtleS1hZ2VuLWF0LTQ0NDQwOTQ2NzgyNzoyQ2ExR2NOV1RMMFlobGRiMTRWUnJlTmh6a2ZEVllkYjc4eTF3WEduUWIvYjhFUXFPblVLOVE9PQ==');
