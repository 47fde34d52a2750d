import { AlibabaCloud } from 'alibabacloud';

export const client = new AlibabaCloud({ alibabaCloudAccessKeyId: 'LTAI5tmiJtg7eOye2vz96hRx', alibabaCloudAccessKeySecret: 'N6b3zPl0OuLoajSkt38w3B9Mll0qdj' });
